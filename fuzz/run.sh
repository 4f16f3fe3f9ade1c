#!/usr/bin/env bash
# Runs fuzz targets of the asan build: `fuzz/run.sh NAME [SECONDS]` one target (default 60 s),
# `fuzz/run.sh --all [SECONDS]` every target, two at a time. New inputs go to a scratch folder so
# the committed seed corpus stays small; a crash leaves its input in build/asan/fuzz-artifacts/.
# Exits non-zero when any target finds a crash, a leak, undefined behaviour or a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SMSIM_FUZZ_BUILD:-build/asan}

run_one() {
  local name=$1 seconds=$2 scratch
  scratch=$(mktemp -d)
  mkdir -p "$build/fuzz-artifacts"
  local log="$build/fuzz-artifacts/$name.log"
  if "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -dict="fuzz/dict/$name.dict" -artifact_prefix="$build/fuzz-artifacts/$name-" \
      -print_final_stats=1 "$scratch" "fuzz/corpus/$name" >"$log" 2>&1; then
    echo "fuzz $name: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions in ${seconds} s, no crash"
    rm -rf "$scratch"
  else
    echo "fuzz $name: FAILED (log: $log)"
    tail -n 40 "$log"
    rm -rf "$scratch"
    return 1
  fi
}

if [[ "${1:-}" == "--all" ]]; then
  seconds=${2:-60}
  status=0
  names=()
  for source in fuzz/targets/*.cpp; do names+=("$(basename "$source" .cpp)"); done
  for ((i = 0; i < ${#names[@]}; i += 2)); do
    pids=()
    for name in "${names[@]:i:2}"; do
      run_one "$name" "$seconds" &
      pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  done
  exit $status
fi
run_one "${1:?usage: fuzz/run.sh NAME [SECONDS] | --all [SECONDS]}" "${2:-60}"
