# shellcheck shell=bash
# Assertions shared by the tests/docker scripts (sourced, not run).
checks_passed=0

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# expect DESCRIPTION COMMAND...: runs COMMAND, fails the test when it fails.
expect() {
  local description=$1
  shift
  if ! "$@"; then fail "$description"; fi
  checks_passed=$((checks_passed + 1))
  echo "ok: $description"
}

# expect_equal DESCRIPTION ACTUAL EXPECTED
expect_equal() {
  if [[ $2 != "$3" ]]; then
    fail "$1"$'\n'"  expected: $3"$'\n'"  actual:   $2"
  fi
  checks_passed=$((checks_passed + 1))
  echo "ok: $1"
}

finish() {
  ((checks_passed > 0)) || fail "no check ran"
  echo "$checks_passed checks passed"
}
