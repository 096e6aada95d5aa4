"""Check this set's gold.json against its corpus with the shared checker (bench/heldout/check_gold.py).

    python3 bench/heldout2/check_gold.py [--show]
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.argv[1:1] = [str(HERE)]
    runpy.run_path(str(HERE.parent / "heldout" / "check_gold.py"), run_name="__main__")
