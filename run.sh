#!/usr/bin/env bash
# Install (first time) and start Chronik. Usage: ./run.sh [chronik arguments]
set -e
cd "$(dirname "$0")"
bash scripts/system-deps.sh
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
if ! .venv/bin/python -c "import desktop, PySide6, pyqtgraph, dateparser" >/dev/null 2>&1 || [ pyproject.toml -nt .venv/.installed ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e .
  touch .venv/.installed
fi
exec .venv/bin/chronik "$@"
