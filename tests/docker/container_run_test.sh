#!/usr/bin/env bash
# Starts the Release binary the way the container does: through docker/entrypoint.sh with the
# image's environment (0.0.0.0), then checks the image's HEALTHCHECK command against it, serves an
# API call, and stops on SIGTERM (what `docker stop` sends to PID 1).
set -euo pipefail
source_dir=$1
binary=$2
source "$(dirname "$0")/test_lib.sh"

scratch=$(mktemp -d)
server_pid=
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# The image puts smsim on PATH at /usr/local/bin; here a scratch bin directory does.
mkdir -p "$scratch/bin"
ln -s "$binary" "$scratch/bin/smsim"
export PATH=$scratch/bin:$PATH
healthcheck=$source_dir/docker/healthcheck.sh

# SMSIM_HOST stays the image's 0.0.0.0; port 0 instead of 4580, so parallel runs can't collide.
coproc SMSIM {
  exec env SMSIM_HOST=0.0.0.0 SMSIM_PORT=0 SMSIM_SCENARIOS= \
    bash "$source_dir/docker/entrypoint.sh" 2>"$scratch/stderr"
}
server_pid=$SMSIM_PID
IFS= read -r -t 30 first_line <&"${SMSIM[0]}" || fail "smsim printed no first line: $(cat "$scratch/stderr")"
expect "the entrypoint listens on all interfaces: $first_line" \
  grep -Eq '^smsim listening on http://0\.0\.0\.0:[0-9]+$' <<<"$first_line"
port=${first_line##*:}
expect_equal "the entrypoint execs smsim, so smsim is PID 1 in the container" \
  "$(cat "/proc/$server_pid/comm")" "smsim"

expect "the HEALTHCHECK command passes against the running server" \
  env SMSIM_PORT="$port" bash "$healthcheck"
response=$(curl -sS -X POST "http://127.0.0.1:$port/" \
  -H 'Content-Type: application/x-amz-json-1.0' \
  -H 'X-Amz-Target: PinpointSMSVoiceV2.PutOptedOutNumber' \
  -d '{"OptOutListName":"Default","OptedOutNumber":"+14155550100"}')
expect "it serves the AWS API: $response" grep -q '"OptedOutNumber":"+14155550100"' <<<"$response"

kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
expect_equal "SIGTERM stops it cleanly (exit status)" "$status" "0"
expect "the HEALTHCHECK command fails once it is gone" \
  bash -c "! SMSIM_PORT=$port bash '$healthcheck' 2>/dev/null"
finish
