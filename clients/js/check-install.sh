#!/usr/bin/env bash
# Installs this package as a user would (`npm install PATH`, nothing downloaded: it has no
# dependencies) into a scratch project, then runs its node:test tests there against the smsim
# binary given. The AWS SDK the tests also use comes from tests/clients/js (`npm ci` by
# .ci/install-deps --test), linked into the scratch project.
#   usage: check-install.sh SMSIM_BINARY
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
sdk_modules=$here/../../tests/clients/js/node_modules
[[ -d $sdk_modules ]] || { echo "FAIL: $sdk_modules is missing: run .ci/install-deps --test" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cd "$scratch"
echo '{"name": "scratch", "private": true, "type": "module"}' >package.json
npm install --offline --no-audit --no-fund --silent "$here"
for module in "$sdk_modules"/* "$sdk_modules"/.package-lock.json; do
  [[ -e node_modules/$(basename "$module") ]] || ln -s "$module" node_modules/
done
cp -r "$here/test" test
SMSIM_BINARY=$binary node --test test/
