# Sourced by test.sh and bench.sh: sets SUDO ("" when root) and install_missing PACKAGE..., which installs the Debian
# packages not yet installed (after an apt-get update) and returns 1 when nothing was missing. Safe without a terminal.
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

install_missing() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 1
  fi
  echo "Installing: ${missing[*]}"
  # Explicit exits: set -e does not apply inside a function called as an if condition.
  $SUDO apt-get update -qq </dev/null || { echo "apt-get update failed" >&2; exit 1; }
  $SUDO apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null || { echo "Installing ${missing[*]} failed" >&2; exit 1; }
}
