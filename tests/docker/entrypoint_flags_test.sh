#!/usr/bin/env bash
# docker/entrypoint.sh turns SMSIM_* variables into `smsim serve` flags. A stand-in `smsim` on
# PATH prints the arguments it gets, one a line.
set -euo pipefail
source_dir=$1
source "$(dirname "$0")/test_lib.sh"
entrypoint=$source_dir/docker/entrypoint.sh

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin" "$scratch/scenarios" "$scratch/empty"
# shellcheck disable=SC2016 # the stand-in's own "$@", not ours
printf '#!/bin/sh\nfor argument in "$@"; do echo "$argument"; done\n' >"$scratch/bin/smsim"
chmod +x "$scratch/bin/smsim"
touch "$scratch/scenarios/b.yaml" "$scratch/scenarios/a.yml" "$scratch/scenarios/notes.txt"
touch "$scratch/extra.yaml"

# Runs the entrypoint with only the given variables set; prints the arguments on one line.
run() { env -i PATH="$scratch/bin:/usr/bin:/bin" "$@" | tr '\n' ' ' | sed 's/ $//'; }

expect_equal "defaults: all interfaces, port 4580" \
  "$(run bash "$entrypoint")" "serve --host 0.0.0.0 --port 4580"
expect_equal "each SMSIM_ variable becomes its flag" \
  "$(run SMSIM_HOST=127.0.0.1 SMSIM_PORT=9000 SMSIM_LOG_LEVEL=warn SMSIM_LOG_FORMAT=json \
    SMSIM_ACCOUNT_ID=111122223333 SMSIM_REGION=eu-west-1 SMSIM_JOURNAL_CAPACITY=50 \
    SMSIM_JOURNAL_MAX_BYTES=4096 bash "$entrypoint")" \
  "serve --host 127.0.0.1 --port 9000 --log-level warn --log-format json --account-id 111122223333 --region eu-west-1 --journal-capacity 50 --journal-max-bytes 4096"
expect_equal "the budgets and connection limits too" \
  "$(run SMSIM_OUTBOX_CAPACITY=1 SMSIM_INBOUND_LOG_CAPACITY=2 SMSIM_DELIVERY_HISTORY_CAPACITY=3 \
    SMSIM_DELIVERY_QUEUE_CAPACITY=4 SMSIM_SCENARIO_NUMBER_STATES=5 SMSIM_MAX_CONNECTIONS=6 \
    SMSIM_REQUEST_TIMEOUT=7 bash "$entrypoint")" \
  "serve --host 0.0.0.0 --port 4580 --outbox-capacity 1 --inbound-log-capacity 2 --delivery-history-capacity 3 --delivery-queue-capacity 4 --scenario-number-states 5 --max-connections 6 --request-timeout 7"
expect_equal "a directory in SMSIM_SCENARIOS loads its *.yaml and *.yml files in name order" \
  "$(run SMSIM_SCENARIOS="$scratch/scenarios" bash "$entrypoint")" \
  "serve --host 0.0.0.0 --port 4580 --scenario $scratch/scenarios/a.yml --scenario $scratch/scenarios/b.yaml"
expect_equal "files and directories mix, separated by commas or spaces" \
  "$(run SMSIM_SCENARIOS="$scratch/extra.yaml, $scratch/scenarios/b.yaml" bash "$entrypoint")" \
  "serve --host 0.0.0.0 --port 4580 --scenario $scratch/extra.yaml --scenario $scratch/scenarios/b.yaml"
expect "a directory without scenario files is an error, not a silent empty start" \
  bash -c "! env -i PATH='$scratch/bin:/usr/bin:/bin' SMSIM_SCENARIOS='$scratch/empty' bash '$entrypoint' >/dev/null 2>&1"
expect_equal "arguments starting with - are appended to smsim serve" \
  "$(run bash "$entrypoint" --log-level debug)" \
  "serve --host 0.0.0.0 --port 4580 --log-level debug"
expect_equal "any other command runs as given" \
  "$(run bash "$entrypoint" smsim --version)" "--version"
finish
