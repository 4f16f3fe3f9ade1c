#!/usr/bin/env bash
# The image's HEALTHCHECK: GET /_smsim/health through bash's /dev/tcp, so the slim image needs no
# curl or wget (and none of their libraries). Healthy means a 200 with "status":"ok".
#   SMSIM_PORT (4580)   the port smsim listens on inside the container
set -euo pipefail

readonly port=${SMSIM_PORT:-4580}
readonly timeout_seconds=${SMSIM_HEALTHCHECK_TIMEOUT:-2}

exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /_smsim/health HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&3
response=
# read returns non-zero at end of input, which is how a Connection: close response ends.
IFS= read -r -d '' -t "$timeout_seconds" response <&3 || true
exec 3<&-

if [[ $response == "HTTP/1.1 200 "* && $response == *'"status":"ok"'* ]]; then
  exit 0
fi
echo "smsim-healthcheck: unhealthy: ${response%%$'\r'*}" >&2
exit 1
