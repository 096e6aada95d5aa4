"""SQLite store (minimal; schema and migrations come with the store module)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..model import Dossier


class SQLiteStore:
    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path)

    def save(self, dossier: Dossier) -> None:
        pass

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
