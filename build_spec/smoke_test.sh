#!/usr/bin/env bash
# Smoke-test a frozen build (dist/parallax): the headless commands on the demo articles, a GUI
# start offscreen that waits for an analysis from the worker processes, and the desktop entry.
# Usage: build_spec/smoke_test.sh dist/parallax [SOURCE_PYTHON]
# With SOURCE_PYTHON (the venv's python), the frozen analysis must equal the source's.
set -euo pipefail
dist=$(cd "${1:?usage: smoke_test.sh DIST_FOLDER [SOURCE_PYTHON]}" && pwd)
source_python=${2:-}
# Relative to where we were called from (the script works in a temporary folder); the venv's
# python is a link that must stay unresolved.
[ -z "$source_python" ] || [[ $source_python == /* ]] || source_python="$PWD/$source_python"
exe="$dist/parallax"
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
samples="$dist/_internal/resources/samples"
# The frozen program must not lean on the source tree or on a venv: run it from elsewhere,
# with no Python paths that could leak in, and with a fresh user data folder.
cd "$out"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV PARALLAX_WORKER PARALLAX_FONT_DIR
# A crash in native code prints every thread's Python stack (rthook_faulthandler.py).
export PARALLAX_HOME="$out/home" QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
step() { printf '%-30s' "$1"; started=$EPOCHREALTIME; }
done_step() { printf 'ok %6.1f s  %s\n' "$(awk "BEGIN { print $EPOCHREALTIME - $started }")" "${1:-}"; }
# Run a command with its output in $log and $err; on failure show their ends and stop.
log="$out/run.out" err="$out/run.err"
run() { "$@" > "$log" 2> "$err" || { status=$?; tail -n 60 "$log" "$err" >&2; fail "$* exited $status"; }; }
# A JSON field's length, read with whichever Python the machine has (the build itself needs none).
count() { python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))[sys.argv[2]]))' "$1" "$2"; }

[ -x "$exe" ] || fail "no executable at $exe"
[ -d "$samples" ] || fail "the demo articles are not bundled ($samples)"

step "inspect --json"
run "$exe" inspect --json "$samples"
cp "$log" "$out/inspect.json"
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$out/inspect.json" || fail "inspect wrote no JSON"
# A date only dateparser reads (its language data must be bundled), in an article of our own.
printf -- '---\ntitle: Essai\ndate: 12 mars 2026\n---\n\nThe mayor said the bridge would reopen.\n' > "$out/fr.md"
run "$exe" inspect --json "$out/fr.md"
grep -q '"date": "2026-03-12"' "$log" || fail "dateparser did not read '12 mars 2026'"
done_step "dateparser ok"

step "analyze --json"
run "$exe" analyze --json "$out/analysis.json" "$samples"
articles=$(count "$out/analysis.json" articles)
topics=$(count "$out/analysis.json" topics)
claims=$(count "$out/analysis.json" claims)
[ "$articles" -eq 4 ] || fail "analyze read $articles articles, expected 4"
[ "$topics" -gt 0 ] || fail "analyze found no topics"
[ "$claims" -gt 0 ] || fail "analyze found no competing claims"
if [ -n "$source_python" ]; then
  # The same articles by the same path: the JSON must match byte for byte.
  run "$source_python" "$here/../main.py" analyze --json "$out/source.json" "$samples"
  cmp -s "$out/analysis.json" "$out/source.json" || fail "the frozen analysis differs from the source's"
  same=", identical to the source's"
fi
done_step "$articles articles, $topics topics, $claims claims${same:-}"

step "brief -o demo.pdf"
run "$exe" brief -o "$out/demo.pdf" --title "Smoke test" "$samples"/*
head -c 5 "$out/demo.pdf" | grep -q '%PDF-' || fail "the brief is not a PDF"
size=$(stat -c %s "$out/demo.pdf")
[ "$size" -gt 30000 ] || fail "the brief is only $size bytes"
if command -v pdffonts > /dev/null; then
  fonts=$(pdffonts "$out/demo.pdf" | tail -n +3)
  echo "$fonts" | awk '$(NF-4) == "yes"' | grep -q . || fail "no font embedded in the brief"
  echo "$fonts" | awk '$(NF-4) != "yes"' | grep . && fail "a font of the brief is not embedded"
  family=$(echo "$fonts" | awk '{print $1}' | sed 's/^[A-Z]*+//' | sort -u | paste -sd, -)
else
  family="(pdffonts missing: fonts unchecked)"
fi
done_step "$((size / 1024)) KB, fonts $family"

step "GUI --demo (offscreen)"
PARALLAX_SMOKE_EXIT_MS=1500 PARALLAX_SMOKE_AWAIT_ANALYSIS=1 run timeout 180 "$exe" --demo
ready=$(grep -o 'smoke: analysis ready: .*' "$err") || { tail -n 20 "$err" >&2; fail "no analysis arrived"; }
echo "$ready" | grep -q '(worker processes' || fail "the analysis ran in-thread: $ready"
grep -q 'worker processes unavailable' "$err" && fail "worker processes did not start"
[ -s "$PARALLAX_HOME/config/settings.json" ] || fail "the GUI did not save its settings on closing"
done_step "${ready#smoke: analysis ready: }"

# The worker processes end with the application.
for pid in $(echo "$ready" | grep -o 'worker processes \[[0-9, ]*\]' | tr -dc '0-9 '); do
  ! kill -0 "$pid" 2> /dev/null || fail "worker process $pid outlived the application"
done

# On a real X server when there is one to start (the xcb plugin and the bundled X libraries).
if command -v xvfb-run > /dev/null; then
  step "GUI start and quit (X, 1.5 s)"
  QT_QPA_PLATFORM=xcb PARALLAX_SMOKE_EXIT_MS=1500 run timeout 60 xvfb-run -a "$exe"
else
  step "GUI start and quit (1.5 s)"
  PARALLAX_SMOKE_EXIT_MS=1500 run timeout 60 "$exe"
fi
grep -q 'smoke: closing the window' "$err" || fail "the GUI did not close itself"
done_step

step "desktop entry and icons"
run "$here/install.sh" "$dist" "$out/prefix"
entry="$out/prefix/share/applications/parallax.desktop"
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$entry" || fail "desktop-file-validate rejected $entry"
  checked="validated"
else
  checked="not validated (no desktop-file-validate)"
fi
icon=$(sed -n 's/^Icon=//p' "$entry")
for size in 16 24 32 48 64 128 256 512; do
  [ -s "$out/prefix/share/icons/hicolor/${size}x${size}/apps/$icon.png" ] || fail "no ${size}px icon $icon"
done
[ -s "$out/prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon $icon"
run "$out/prefix/bin/parallax" inspect --help
done_step "$checked, Icon=$icon"

echo "smoke test passed: $exe ($(du -sh "$dist" | cut -f1))"
