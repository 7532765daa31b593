#!/usr/bin/env bash
# Smoke-test a frozen build: a headless brief of the demo articles, then a GUI start offscreen.
set -euo pipefail
dist=${1:?usage: smoke_test.sh DIST_FOLDER}
exe="$dist/parallax"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
samples="$dist/_internal/resources/samples"
[ -d "$samples" ] || samples="$(dirname "$0")/../resources/samples"
"$exe" inspect --json "$samples" > "$out/inspect.json"
"$exe" brief -o "$out/demo.pdf" --title "Smoke test" "$samples"
test -s "$out/demo.pdf"
head -c 5 "$out/demo.pdf" | grep -q '%PDF-'
PARALLAX_HOME="$out/home" QT_QPA_PLATFORM=offscreen PARALLAX_SMOKE_EXIT_MS=1500 "$exe" --demo
echo "smoke test passed: $exe"
