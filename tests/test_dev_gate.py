"""Quality gate on real documents: each development set of ``../shared/dev`` meets its floors.

The sets, their scorers and their floors are in ``bench/dev.py`` (the harness a
developer runs by hand too). Like the seeds' gate, a set's floors are raised
as its figures rise and never lowered silently. Without ``shared/`` the gate is
skipped on a user's machine and fails in CI (``CI=true``), where it must be.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("annalyst_dev_harness", ROOT / "bench" / "dev.py")
dev = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = dev  # dataclasses look their module up there
_spec.loader.exec_module(dev)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name", [s.name for s in dev.SETS])
def test_dev_set_meets_its_floors(name, tmp_path, capsys):
    if not dev.DEV.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"development sets missing under {dev.DEV}")
        pytest.skip(f"development sets not found under {dev.DEV} (set ANNALYST_SHARED)")
    (the_set,) = [s for s in dev.SETS if s.name == name]
    rows, _seconds = dev.run_set(the_set, tmp_path, workers=int(os.environ.get("ANNALYST_DEV_WORKERS", "1")))
    low = [f"{r.figure} = {r.value} (floor {r.floor}, ceiling {r.ceiling})" for r in rows if not r.ok]
    assert not low, f"{name}: " + "; ".join(low)
