#!/usr/bin/env bash
# The container's entrypoint. smsim reads its SMSIM_* variables itself (SMSIM_HOST and SMSIM_PORT
# come from the image's ENV), so all that is left here is Docker's conventions:
#   - arguments starting with `-` are appended to `smsim serve`; any other command runs as given
#     (`docker run IMAGE smsim --version`);
#   - SMSIM_SCENARIOS, the image's name for the scenario files since its first release, separated
#     by commas or spaces, becomes smsim's own SMSIM_SCENARIO (commas) unless that is set.
# It execs smsim, so smsim is PID 1 and gets Docker's SIGTERM directly.
set -euo pipefail

if (($#)) && [[ $1 != -* ]]; then
  exec "$@"
fi

if [[ -z ${SMSIM_SCENARIO:-} && -n ${SMSIM_SCENARIOS:-} ]]; then
  IFS=', ' read -r -a entries <<<"$SMSIM_SCENARIOS"
  joined=
  for entry in "${entries[@]}"; do
    [[ -n $entry ]] && joined+=${joined:+,}$entry
  done
  export SMSIM_SCENARIO=$joined
fi

exec smsim serve "$@"
