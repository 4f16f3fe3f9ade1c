#!/usr/bin/env bash
# The Dockerfile's runtime stage on the host: the packages the release binary needs (ldd + dpkg),
# then `runtime-setup` against a scratch root holding copies of /etc's user databases.
set -euo pipefail
source_dir=$1
binary=$2
source "$(dirname "$0")/test_lib.sh"
steps=$source_dir/docker/build-steps.sh

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

bash "$steps" runtime-packages "$binary" >"$scratch/runtime-packages.txt"
echo "runtime packages: $(tr '\n' ' ' <"$scratch/runtime-packages.txt")"
for required in libc6 libstdc++6 libcpp-httplib0.11 libssl3; do
  expect "the runtime packages include $required" \
    grep -qx "$required" "$scratch/runtime-packages.txt"
done
expect "no build-only package slips into the runtime image" \
  bash -c "! grep -E -- '-dev$|^(gcc|g\+\+|cmake)' '$scratch/runtime-packages.txt'"
while read -r package; do
  expect "$package is an installed Debian package" \
    bash -c "dpkg-query -W -f='\${Status}' '$package' | grep -q 'ok installed'"
done <"$scratch/runtime-packages.txt"
expect "runtime-packages refuses a path that is no executable" \
  bash -c "! bash '$steps' runtime-packages '$scratch/missing' 2>/dev/null"

root=$scratch/root
mkdir -p "$root/etc"
cp /etc/passwd /etc/group /etc/shadow /etc/gshadow "$root/etc/"
expect "runtime-setup succeeds" bash "$steps" runtime-setup "$scratch/runtime-packages.txt" "$root"
expect_equal "it creates the non-root smsim user with the Dockerfile's USER id" \
  "$(grep '^smsim:' "$root/etc/passwd" | cut -d: -f3,4,7)" "10001:10001:/usr/sbin/nologin"
expect "and the /scenarios mount point" test -d "$root/scenarios"
expect "running it again changes nothing" \
  bash "$steps" runtime-setup "$scratch/runtime-packages.txt" "$root"
expect_equal "the user exists once" "$(grep -c '^smsim:' "$root/etc/passwd")" "1"
finish
