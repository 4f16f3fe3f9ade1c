#!/usr/bin/env bash
# smsim's benchmark, in one command: installs the load tools (Debian's wrk, nginx, valgrind),
# builds smsim in Release with the `release` preset, builds the bare cpp-httplib server and the
# small measuring client, and runs bench.py. Not part of CTest: it needs a quiet machine and
# minutes, and reports figures rather than pass/fail.
#
#   bench/run.sh [--out DIR] [bench.py options, e.g. --duration 5 --only put seed]
#
# BENCH_BUILD_DIR (default build/release, the preset's) holds the Release build.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${TMPDIR:-/tmp}/smsim-bench
if [[ ${1:-} == --out ]]; then
  out=$2
  shift 2
fi
build_dir=${BENCH_BUILD_DIR:-build/release}

tools=(wrk nginx valgrind iproute2)
missing=()
for package in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  # The nginx package would start a system nginx on port 80; only ours should run.
  printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee /usr/sbin/policy-rc.d >/dev/null
  "${sudo_cmd[@]}" chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  "${sudo_cmd[@]}" rm -f /usr/sbin/policy-rc.d
fi

bash .ci/install-deps
cmake --preset release -B "$build_dir" >/dev/null
cmake --build "$build_dir" -j 2

mkdir -p "$out"
for tool in bare_httplib_server bench_client; do
  # shellcheck disable=SC2046 # pkg-config prints several flags
  g++ -std=c++20 -O2 -Wall -Wextra -o "$out/$tool" "bench/$tool.cpp" \
    $(pkg-config --cflags --libs cpp-httplib) -pthread
done

python3 bench/bench.py --smsim "$build_dir/simulator/smsim" --bare "$out/bare_httplib_server" \
  --client "$out/bench_client" --out "$out" "$@"
