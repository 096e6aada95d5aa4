"""The example corpus analysed once for the store tests (``store_target`` and the PostgreSQL fixtures
are in the root conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


@pytest.fixture(scope="session")
def seeds_case(tmp_path_factory):
    """The folder ``annalyst analyze examples/seeds`` wrote: dossier.json and the SQLite store."""
    from annalyst.api import analyze

    case = tmp_path_factory.mktemp("seeds")
    analyze(SEEDS, case)
    return case
