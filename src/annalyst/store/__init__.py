"""Storage behind one narrow interface: SQLite (a file) or PostgreSQL (a URL), the same schema in both."""

from __future__ import annotations

from pathlib import Path

from .base import Run, Store
from .sqlite import SQLiteStore

__all__ = ["Run", "SQLiteStore", "Store", "is_url", "open_store"]


def is_url(target: str | Path) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a SQLite file."""
    return str(target).startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def open_store(target: str | Path, *, readonly: bool = False) -> Store:
    """Open the store at ``target``: a SQLite file path, or ``postgresql://USER@HOST[:PORT]/DB``.

    A new store is created and an older one migrated, unless ``readonly``.
    """
    if is_url(target):
        from .postgres import PostgresStore

        return PostgresStore(str(target), readonly=readonly)
    return SQLiteStore(Path(target), readonly=readonly)
