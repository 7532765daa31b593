#!/usr/bin/env bash
# Install the Debian packages the suite and the app need, when running as root and missing.
# Qt's xcb platform plugin needs the X11 libraries; screenshots need xvfb; PDF checks need
# poppler-utils (pdftoppm, pdffonts); the brief embeds DejaVu fonts; the packaging test
# validates the desktop entry (desktop-file-utils).
set -euo pipefail
packages=(
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-randr0
  libxcb-shape0 libxcb-xkb1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 libglib2.0-0 xvfb xauth poppler-utils fonts-dejavu-core desktop-file-utils
)
command -v dpkg >/dev/null 2>&1 || { echo "sysdeps: not a Debian system, skipping"; exit 0; }
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "sysdeps: missing Debian packages (run as root to install): ${missing[*]}" >&2
  exit 0
fi
echo "sysdeps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || true
apt-get install -y -qq --no-install-recommends "${missing[@]}"
