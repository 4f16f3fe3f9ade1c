#!/usr/bin/env bash
# Lints what ships in docker/ (and the shell scripts around it) without a Docker engine:
# dockerfile-utils on the Dockerfile, shellcheck on the scripts, a structural check of
# compose.yaml, and that the Dockerfile runs the steps CI runs (docker/build-steps.sh).
set -euo pipefail
source_dir=$1
test_dir=$(cd "$(dirname "$0")" && pwd)
source "$test_dir/test_lib.sh"
dockerfile=$source_dir/docker/Dockerfile

linter=$test_dir/lint/node_modules/.bin/dockerfile-utils
[[ -x $linter ]] || fail "dockerfile-utils is not installed: run bash .ci/install-deps --test"
lint_output=$("$linter" lint "$dockerfile" 2>&1) || true
expect "dockerfile-utils finds nothing in docker/Dockerfile${lint_output:+:$'\n'$lint_output}" \
  test -z "$lint_output"

scripts=("$source_dir"/docker/*.sh "$test_dir"/*.sh)
if [[ -d $source_dir/bench ]]; then
  mapfile -t -O "${#scripts[@]}" scripts < <(find "$source_dir/bench" -name '*.sh' | sort)
fi
for script in "${scripts[@]}"; do
  expect "shellcheck: ${script#"$source_dir"/}" shellcheck -x -P SCRIPTDIR "$script"
done

expect "compose.yaml" python3 "$test_dir/check_compose.py" "$source_dir/docker/compose.yaml"

# The image must be built by the steps that CI runs, not by steps only the Dockerfile has.
for step in "build-steps.sh build" "build-steps.sh runtime-packages" "build-steps.sh runtime-setup"; do
  expect "the Dockerfile runs '$step'" grep -q "$step" "$dockerfile"
done
expect "the runtime stage is Debian bookworm slim" grep -q '^FROM debian:bookworm-slim' "$dockerfile"
expect "it runs as a non-root user" grep -Eq '^USER [1-9][0-9]*' "$dockerfile"
expect "it exposes smsim's port" grep -q '^EXPOSE 4580$' "$dockerfile"
expect "its HEALTHCHECK is the script container_run_test.sh checks" \
  grep -q '^HEALTHCHECK .*CMD \["smsim-healthcheck"\]' "$dockerfile"
expect "smsim-healthcheck is docker/healthcheck.sh" \
  grep -q '^COPY docker/healthcheck.sh /usr/local/bin/smsim-healthcheck$' "$dockerfile"
expect "the entrypoint is docker/entrypoint.sh" \
  grep -q '^COPY docker/entrypoint.sh /usr/local/bin/smsim-entrypoint$' "$dockerfile"
finish
