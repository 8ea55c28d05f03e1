#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (dist/chronik/) and prove it works.
#
#   packaging/build.sh                 # uses $VENV (default: .venv), creates it if missing
#   VENV=/tmp/buildenv packaging/build.sh
#
# Steps: venv (create + `pip install ".[build]"` only when missing), pyinstaller,
# `dist/chronik/chronik --selftest` offscreen, then build time and bundle size
# (du -sh and tar.gz).  Exit status is non-zero when any step fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3.11}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
cd "$ROOT"

if [ ! -x "$VENV/bin/python" ]; then
    echo "== creating $VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --upgrade pip
    "$VENV/bin/python" -m pip install ".[build]"
elif ! "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null; then
    echo "== installing PyInstaller into $VENV"
    "$VENV/bin/python" -m pip install "pyinstaller>=6.10,<7"
fi

echo "== pyinstaller ($("$VENV/bin/python" -m PyInstaller --version))"
start=$(date +%s.%N)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/chronik.spec"
end=$(date +%s.%N)
build_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')

BUNDLE="$DIST/chronik"
echo "== selftest: $BUNDLE/chronik --selftest"
# A clean environment: no source checkout on the path, no display.
set +e
( cd /tmp && env -u DISPLAY -u WAYLAND_DISPLAY -u PYTHONPATH -u CHRONIK_RESOURCES \
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$BUNDLE/chronik" --selftest ) | tee "$DIST/selftest.txt"
selftest_rc=${PIPESTATUS[0]}
set -e

tarball="$DIST/chronik-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$tarball" chronik
echo "== figures"
echo "build time:   ${build_s} s"
echo "bundle size:  $(du -sh "$BUNDLE" | cut -f1) (du -sh $BUNDLE)"
echo "tar.gz size:  $(du -h "$tarball" | cut -f1) ($tarball)"
echo "selftest:     exit ${selftest_rc}"
exit "$selftest_rc"
