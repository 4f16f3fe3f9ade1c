#!/usr/bin/env bash
# The steps of docker/Dockerfile, kept in one script so CI runs the very same steps on the host
# (tests/docker) and they can't rot while no Docker engine is around to build the image.
#
#   build-steps.sh build [SOURCE_DIR]
#       The README's build command: Debian packages, then the `release` CMake preset.
#       Leaves the binary at SOURCE_DIR/build/release/simulator/smsim.
#   build-steps.sh runtime-packages BINARY
#       Prints the Debian packages that hold the shared libraries BINARY loads (ldd + dpkg -S),
#       one a line: the runtime stage installs exactly these, so the list can't go stale.
#   build-steps.sh runtime-setup PACKAGE_LIST [ROOT]
#       Installs the packages of PACKAGE_LIST that are missing, and creates the non-root `smsim`
#       user and the /scenarios mount point under ROOT (default /).
set -euo pipefail

readonly RELEASE_BINARY=build/release/simulator/smsim
readonly SMSIM_USER=smsim
readonly SMSIM_UID=10001
readonly SCENARIOS_DIR=/scenarios

die() {
  echo "build-steps.sh: $*" >&2
  exit 1
}

build() {
  local source_dir=${1:-.}
  cd "$source_dir"
  bash .ci/install-deps && cmake --preset release && cmake --build --preset release -j 2
  [[ -x $RELEASE_BINARY ]] || die "the build did not produce $RELEASE_BINARY"
}

# The package owning a library path; with merged /usr, ldd and dpkg may name different aliases.
package_of_library() {
  local library=$1 candidate owner
  for candidate in "$library" "/usr$library" "$(readlink -f "$library")" \
    "${library#/usr}"; do
    owner=$(dpkg-query -S "$candidate" 2>/dev/null | head -n 1) || continue
    [[ -n $owner ]] && { echo "${owner%%:*}"; return 0; }
  done
  die "no Debian package holds $library"
}

runtime_packages() {
  local binary=${1:?usage: build-steps.sh runtime-packages BINARY}
  [[ -x $binary ]] || die "$binary is not an executable"
  local ldd_output
  ldd_output=$(ldd "$binary") || die "ldd failed on $binary"
  if grep -q "not found" <<<"$ldd_output"; then
    die "unresolved libraries: $(grep "not found" <<<"$ldd_output" | tr -s ' \t\n' ' ')"
  fi
  local library
  # "libfoo.so.1 => /lib/.../libfoo.so.1 (0x...)" and the loader's own "/lib64/ld-linux... (0x...)".
  awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' <<<"$ldd_output" |
    while read -r library; do package_of_library "$library"; done | sort -u
}

runtime_setup() {
  local package_list=${1:?usage: build-steps.sh runtime-setup PACKAGE_LIST [ROOT]}
  local root=${2:-/}
  local packages=() missing=() package
  mapfile -t packages < <(grep -v '^[[:space:]]*$' "$package_list")
  ((${#packages[@]})) || die "$package_list names no package"
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
      missing+=("$package")
  done
  if ((${#missing[@]})); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    rm -rf /var/lib/apt/lists/*
  fi

  # A fixed numeric id, so `runAsNonRoot` and volume permissions can name it.
  if ! grep -q "^$SMSIM_USER:" "$root/etc/passwd"; then
    groupadd --prefix "$root" --gid "$SMSIM_UID" "$SMSIM_USER"
    useradd --prefix "$root" --uid "$SMSIM_UID" --gid "$SMSIM_UID" --no-log-init \
      --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SMSIM_USER"
  fi
  mkdir -p "$root$SCENARIOS_DIR"
}

command=${1:-}
shift || true
case "$command" in
  build) build "$@" ;;
  runtime-packages) runtime_packages "$@" ;;
  runtime-setup) runtime_setup "$@" ;;
  *) die "usage: build-steps.sh build|runtime-packages|runtime-setup ..." ;;
esac
