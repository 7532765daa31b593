#!/usr/bin/env bash
# Install a frozen build for one user (or system-wide with PREFIX=/usr/local, as root):
#   PREFIX/lib/parallax/            the one-folder build
#   PREFIX/bin/parallax             a link to its executable
#   PREFIX/share/applications/parallax.desktop
#   PREFIX/share/icons/hicolor/{16..512}x*/apps/parallax.png and scalable/apps/parallax.svg
# Usage: build_spec/install.sh [DIST_FOLDER [PREFIX]]   (defaults: dist/parallax ~/.local)
set -euo pipefail
dist=$(cd "${1:-dist/parallax}" && pwd)
prefix=${2:-$HOME/.local}
resources="$dist/_internal/resources"
[ -x "$dist/parallax" ] || { echo "install: no frozen build in $dist (run make dist)" >&2; exit 1; }

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications"
prefix=$(cd "$prefix" && pwd)
rm -rf "$prefix/lib/parallax"
cp -a "$dist" "$prefix/lib/parallax"
ln -sfn "$prefix/lib/parallax/parallax" "$prefix/bin/parallax"

# The menu entry names the installed program by its full path: $prefix/bin need not be on
# the PATH of the desktop session.
sed -e "s|^Exec=parallax |Exec=$prefix/bin/parallax |" -e "s|^TryExec=parallax$|TryExec=$prefix/bin/parallax|" \
  "$resources/parallax.desktop" > "$prefix/share/applications/parallax.desktop"

icons="$prefix/share/icons/hicolor"
for png in "$resources"/icons/app/parallax-*.png; do
  size=${png##*-}
  size=${size%.png}
  install -D -m 644 "$png" "$icons/${size}x${size}/apps/parallax.png"
done
install -D -m 644 "$resources/icons/app/parallax.svg" "$icons/scalable/apps/parallax.svg"

# Refresh the caches when the tools are there (desktop environments also notice by themselves).
command -v update-desktop-database > /dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache > /dev/null && gtk-update-icon-cache -q -t "$icons" 2> /dev/null || true
echo "installed Parallax in $prefix (run: $prefix/bin/parallax)"
