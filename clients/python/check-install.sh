#!/usr/bin/env bash
# Installs this package as a user would, with one command and nothing downloaded (Debian's
# python3, pip and setuptools; pytest and boto3 from python3-pytest and python3-boto3), into a
# scratch virtual environment, then runs its tests there: pytest finds the `smsim` fixture through
# the installed entry point, and the fixture starts the smsim binary given.
#   usage: check-install.sh SMSIM_BINARY
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# No pip inside the environment (creating one costs half a minute): Debian's pip installs into it.
/usr/bin/python3 -m venv --without-pip --system-site-packages "$scratch/venv"
cp -r "$here" "$scratch/source"  # pip builds in the source tree; keep the repository's clean
/usr/bin/python3 -m pip --python "$scratch/venv/bin/python" install --quiet --no-index --no-deps \
  --no-build-isolation "$scratch/source"
cd "$scratch"
SMSIM_BINARY=$binary "$scratch/venv/bin/python" -m pytest -q -p no:cacheprovider \
  "$here/tests"
