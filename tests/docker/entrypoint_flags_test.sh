#!/usr/bin/env bash
# docker/entrypoint.sh leaves SMSIM_* variables to smsim (which reads them itself), maps the
# image's SMSIM_SCENARIOS to SMSIM_SCENARIO, appends `-` arguments to `smsim serve` and runs any
# other command as given. A stand-in `smsim` on PATH prints its arguments, then the SMSIM_
# variables it was given, one a line.
set -euo pipefail
source_dir=$1
source "$(dirname "$0")/test_lib.sh"
entrypoint=$source_dir/docker/entrypoint.sh

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin"
# shellcheck disable=SC2016 # the stand-in's own "$@", not ours
printf '#!/bin/sh\nfor argument in "$@"; do echo "$argument"; done\nenv | grep "^SMSIM_" | LC_ALL=C sort\n' \
  >"$scratch/bin/smsim"
chmod +x "$scratch/bin/smsim"

# Runs the entrypoint with only the given variables set; prints what smsim got on one line.
run() { env -i PATH="$scratch/bin:/usr/bin:/bin" "$@" | tr '\n' ' ' | sed 's/ $//'; }

expect_equal "no arguments: smsim serve, nothing added" \
  "$(run bash "$entrypoint")" "serve"
expect_equal "SMSIM_ variables reach smsim untouched (it reads them itself)" \
  "$(run SMSIM_HOST=0.0.0.0 SMSIM_PORT=9000 SMSIM_LOG_FORMAT=json bash "$entrypoint")" \
  "serve SMSIM_HOST=0.0.0.0 SMSIM_LOG_FORMAT=json SMSIM_PORT=9000"
expect_equal "SMSIM_SCENARIOS, separated by commas or spaces, becomes SMSIM_SCENARIO" \
  "$(run SMSIM_SCENARIOS="/s/a.yaml, /s/dir /s/b.yaml" bash "$entrypoint")" \
  "serve SMSIM_SCENARIO=/s/a.yaml,/s/dir,/s/b.yaml SMSIM_SCENARIOS=/s/a.yaml, /s/dir /s/b.yaml"
expect_equal "SMSIM_SCENARIO, smsim's own name, wins over it" \
  "$(run SMSIM_SCENARIO=/s/c.yaml SMSIM_SCENARIOS=/s/a.yaml bash "$entrypoint")" \
  "serve SMSIM_SCENARIO=/s/c.yaml SMSIM_SCENARIOS=/s/a.yaml"
expect_equal "arguments starting with - are appended to smsim serve" \
  "$(run bash "$entrypoint" --log-level debug)" "serve --log-level debug"
expect_equal "any other command runs as given" \
  "$(run bash "$entrypoint" smsim --version)" "--version"
finish
