#!/usr/bin/env bash
# The container's entrypoint: turns SMSIM_* environment variables into `smsim serve` flags (a
# GitHub Actions service container can set environment variables but not a command) and execs
# smsim, so it is PID 1 and gets Docker's SIGTERM directly.
#
#   SMSIM_HOST (0.0.0.0)   SMSIM_PORT (4580)   SMSIM_LOG_LEVEL   SMSIM_LOG_FORMAT
#   SMSIM_ACCOUNT_ID       SMSIM_REGION        SMSIM_JOURNAL_CAPACITY   SMSIM_JOURNAL_MAX_BYTES
#   SMSIM_OUTBOX_CAPACITY  SMSIM_INBOUND_LOG_CAPACITY  SMSIM_DELIVERY_HISTORY_CAPACITY
#   SMSIM_DELIVERY_QUEUE_CAPACITY  SMSIM_SCENARIO_NUMBER_STATES  SMSIM_MAX_CONNECTIONS
#   SMSIM_REQUEST_TIMEOUT
#   SMSIM_SCENARIOS        scenario files to load, separated by commas or spaces; a directory
#                          stands for every *.yaml and *.yml in it, in name order
#
# Arguments starting with `-` are appended to `smsim serve`; any other command runs as given
# (`docker run IMAGE smsim --version`).
set -euo pipefail

if (($#)) && [[ $1 != -* ]]; then
  exec "$@"
fi

args=(serve --host "${SMSIM_HOST:-0.0.0.0}" --port "${SMSIM_PORT:-4580}")
declare -A flag_of_variable=(
  [SMSIM_LOG_LEVEL]=--log-level [SMSIM_LOG_FORMAT]=--log-format
  [SMSIM_ACCOUNT_ID]=--account-id [SMSIM_REGION]=--region
  [SMSIM_JOURNAL_CAPACITY]=--journal-capacity [SMSIM_JOURNAL_MAX_BYTES]=--journal-max-bytes
  [SMSIM_OUTBOX_CAPACITY]=--outbox-capacity [SMSIM_INBOUND_LOG_CAPACITY]=--inbound-log-capacity
  [SMSIM_DELIVERY_HISTORY_CAPACITY]=--delivery-history-capacity
  [SMSIM_DELIVERY_QUEUE_CAPACITY]=--delivery-queue-capacity
  [SMSIM_SCENARIO_NUMBER_STATES]=--scenario-number-states
  [SMSIM_MAX_CONNECTIONS]=--max-connections [SMSIM_REQUEST_TIMEOUT]=--request-timeout
)
for variable in SMSIM_LOG_LEVEL SMSIM_LOG_FORMAT SMSIM_ACCOUNT_ID SMSIM_REGION \
  SMSIM_JOURNAL_CAPACITY SMSIM_JOURNAL_MAX_BYTES SMSIM_OUTBOX_CAPACITY SMSIM_INBOUND_LOG_CAPACITY \
  SMSIM_DELIVERY_HISTORY_CAPACITY SMSIM_DELIVERY_QUEUE_CAPACITY SMSIM_SCENARIO_NUMBER_STATES \
  SMSIM_MAX_CONNECTIONS SMSIM_REQUEST_TIMEOUT; do
  if [[ -n ${!variable:-} ]]; then
    args+=("${flag_of_variable[$variable]}" "${!variable}")
  fi
done

IFS=', ' read -r -a scenario_entries <<<"${SMSIM_SCENARIOS:-}"
for entry in "${scenario_entries[@]}"; do
  [[ -n $entry ]] || continue
  if [[ -d $entry ]]; then
    mapfile -t files < <(find "$entry" -maxdepth 1 -type f \( -name '*.yaml' -o -name '*.yml' \) |
      LC_ALL=C sort)
    if ((${#files[@]} == 0)); then
      echo "smsim-entrypoint: SMSIM_SCENARIOS names $entry, which holds no *.yaml file" >&2
      exit 2
    fi
    for file in "${files[@]}"; do args+=(--scenario "$file"); done
  else
    args+=(--scenario "$entry")
  fi
done

exec smsim "${args[@]}" "$@"
