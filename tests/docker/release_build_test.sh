#!/usr/bin/env bash
# The Dockerfile's build stage on the host: copy the tree the way `COPY . .` does (without what
# docker/Dockerfile.dockerignore leaves out) and run `docker/build-steps.sh build` in the copy.
# The copy's build/ is kept between runs, so a second run only rebuilds what changed.
set -euo pipefail
source_dir=$1
work_dir=$2
source "$(dirname "$0")/test_lib.sh"

copy=$work_dir/src
mkdir -p "$copy"
find "$copy" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
tar -C "$source_dir" --exclude=./.git --exclude=./build --exclude=node_modules \
  --exclude=__pycache__ -cf - . | tar -C "$copy" -xf -

expect "build-steps.sh build succeeds in a copy of the tree" \
  bash "$copy/docker/build-steps.sh" build "$copy"
binary=$copy/build/release/simulator/smsim
expect "the build leaves the binary where the Dockerfile copies it from" test -x "$binary"
version=$("$binary" --version)
expect "the binary runs: $version" grep -q '^smsim [0-9]' <<<"$version"
expect "it is a Release build (the preset's CMAKE_BUILD_TYPE)" \
  grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$copy/build/release/CMakeCache.txt"
finish
