#!/usr/bin/env bash
# Install (first time) and run the test suite, headless. Usage: ./test.sh [pytest arguments]
set -e
cd "$(dirname "$0")"
CHRONIK_WINDOW_DEPS=0 bash scripts/system-deps.sh
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
if ! .venv/bin/python -c "import desktop, PySide6, pyqtgraph, pytest, pytestqt, hypothesis, PyInstaller" >/dev/null 2>&1 || [ ! -x .venv/bin/ruff ] || [ ! -x .venv/bin/mypy ] || [ pyproject.toml -nt .venv/.installed-test ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  touch .venv/.installed-test
fi
.venv/bin/lint-imports
.venv/bin/ruff check desktop tests bench scripts packaging
.venv/bin/mypy  # desktop/core and desktop/session, disallow_untyped_defs ([tool.mypy])
exec .venv/bin/python -m pytest "$@"
