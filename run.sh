#!/usr/bin/env bash
# Install (first time) and start Chronik. Usage: ./run.sh [chronik arguments]
# Installs the system libraries the window needs when missing (scripts/system-deps.sh), creates
# .venv and installs Chronik into it; a machine that has everything pays nothing.
set -e
cd "$(dirname "$0")"
bash scripts/system-deps.sh
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
if ! .venv/bin/python -c "import desktop, PySide6, pyqtgraph, dateparser" >/dev/null 2>&1 || [ pyproject.toml -nt .venv/.installed ]; then
  echo "installing Chronik into .venv (first run: about a minute) ..." >&2
  log=.venv/install.log
  # pip's and setuptools' notices go to the log; it is shown only when the install fails
  if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e .; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "installing Chronik failed (full log: $log)" >&2
    exit 1
  fi
  touch .venv/.installed
fi
exec .venv/bin/chronik "$@"
