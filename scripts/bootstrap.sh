#!/usr/bin/env bash
# Installs every Debian package that Plugin Studio needs to build, test and run plugins
# (Debian 12 bookworm and 13 trixie).
# Works as root or through sudo. Prints what it installs.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates
  # Qt 6 and friends
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-svg-dev qt6-image-formats-plugins
  libqscintilla2-qt6-dev qtkeychain-qt6-dev libgl-dev
  # parsers, archives, crypto, storage
  libyaml-dev nlohmann-json3-dev libssl-dev libsqlite3-dev
  libdeflate-dev zlib1g-dev
  # plugin runtime
  python3 python3-venv python3-pip
  # tests: offscreen/Xvfb GUI, archive interop
  xvfb xauth zip unzip procps
  # tests: a real Secret Service for the OS keychain (tst_keychain, under dbus-run-session)
  gnome-keyring dbus-daemon
  # desktop integration checks
  desktop-file-utils appstream
  # a CJK font, so the zh_Hans and ja_JP interface renders (also in Xvfb screenshots)
  fonts-wqy-microhei
)
# Names that differ between releases.
. /etc/os-release 2>/dev/null || true
case "${VERSION_CODENAME:-}" in
  bookworm)
    # the format check of changed lines (scripts/format.sh) uses clang-format-14, which only
    # Debian 12 has (13's clang-format 19 formats some constructs differently).
    PACKAGES+=(clang-format-14) ;;
  *) ;;
esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "bootstrap: run as root or install sudo" >&2; exit 1; fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi
echo "bootstrap: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "bootstrap: done"
