"""SQLite backend: one file, schema migrations by ``PRAGMA user_version``, FTS5 over documents.

The file opens as is in Datasette: besides the tables it holds the views
``entity_mentions``, ``quotes_with_speakers``, ``claims_with_holders`` and
``latest_run`` (``docs/storage.md``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import SearchHit
from .sql import SCHEMA_VERSION, SQLStore, column, migrations

_BUSY_SECONDS = 300  # how long a save waits for another process's save into the same file


def _statements(script: str) -> list[str]:
    """The statements of an SQL script, triggers' bodies kept whole."""
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending)
            pending = ""
    return out


class _Tx:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def run(self, sql: str, params: dict[str, Any] | None = None) -> None:
        self.conn.execute(sql, params or {})

    def many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if rows:
            names = ", ".join(column(c) for c in columns)
            self.conn.executemany(f"INSERT INTO {table}({names}) VALUES ({', '.join('?' * len(columns))})", rows)

    def insert_run(self, row: dict[str, Any]) -> int:
        cur = self.conn.execute('INSERT INTO runs("user", started, format) VALUES (:user, :started, :format)', row)
        return int(cur.lastrowid or 0)


class SQLiteStore(SQLStore):
    """The store in one SQLite file. Use as a context manager; each ``save`` is one transaction.

    ``readonly=True`` opens the file with SQLite's ``mode=ro`` (nothing can change it) and
    does not migrate: a store written by an older annalyst is refused with a hint.
    """

    dialect = "sqlite"
    _UPSERT = ("INSERT INTO documents(id, sha256, source, title, author, published, text, data) "
               "VALUES (:id, :sha256, :source, :title, :author, :published, :text, :data) "
               "ON CONFLICT(sha256) DO UPDATE SET source=excluded.source, title=excluded.title, "
               "author=excluded.author, published=excluded.published, data=excluded.data "
               "WHERE documents.data IS NOT excluded.data")

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        self.where = str(self.path)
        try:
            if readonly:
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                            check_same_thread=False, isolation_level=None)
            else:
                self.conn = sqlite3.connect(self.path, timeout=_BUSY_SECONDS, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if readonly:
                self._check_version()
            else:
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot read the store: {exc} "
                             f"(is it an annalyst database? move it away to start afresh)") from exc

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _check_version(self) -> None:
        version = self.schema_version
        if version < 1:
            raise StoreError(f"{self.path}: not an annalyst store (schema version 0): "
                             "pass the folder 'annalyst analyze' wrote")
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: the store has schema version {version}, this annalyst reads "
                             f"{SCHEMA_VERSION}: upgrade it by running 'annalyst show --store {self.path}' once")

    def _migrate(self) -> None:
        if all(version <= self.schema_version for version, _ in migrations(self.dialect)):
            return
        self.conn.execute("BEGIN IMMEDIATE")  # one transaction: a failed migration leaves the previous version
        try:
            current = self.schema_version  # another process may have migrated while this one waited
            for version, script in migrations(self.dialect):
                if version > current:
                    for statement in _statements(script):  # executescript would commit first
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        return self.conn.execute(sql, params or {}).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[_Tx]:
        self.conn.execute("BEGIN IMMEDIATE")  # take the write lock now: two writers wait, never deadlock
        try:
            yield _Tx(self.conn)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _error(self, exc: Exception) -> bool:
        return isinstance(exc, sqlite3.Error)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 search over the latest run's documents; a query FTS5 cannot parse is searched as a phrase."""
        sql = ("SELECT d.id, d.title, d.source, snippet(documents_fts, 1, '[', ']', '…', 12) "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH :q AND d.id IN (SELECT id FROM run_documents WHERE run = :run) "
               "ORDER BY rank LIMIT :limit")
        run = self.latest_run()
        try:
            found = self.rows(sql, {"q": query, "run": run, "limit": limit})
        except sqlite3.OperationalError:
            found = self.rows(sql, {"q": '"' + query.replace('"', '""') + '"', "run": run, "limit": limit})
        return [SearchHit(doc=r[0], title=r[1], source=r[2], snippet=r[3]) for r in found]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
