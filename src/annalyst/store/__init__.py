"""Storage behind one narrow interface (SQLite now; PostgreSQL later through the same interface)."""

from __future__ import annotations

from pathlib import Path

from .base import Store
from .sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "open_store"]


def open_store(target: str | Path) -> Store:
    """Open the store at ``target``: a SQLite file path (``postgresql://`` URLs later)."""
    return SQLiteStore(Path(target))
