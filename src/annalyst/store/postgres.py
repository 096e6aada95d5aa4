"""PostgreSQL backend: ``postgresql://USER@HOST[:PORT]/DB``, the same schema as SQLite.

Needs ``pip install 'annalyst[postgres]'`` (SQLAlchemy Core over psycopg 3).
SQLAlchemy gives the URL parsing, the connection pool and one error type;
the statements are the shared ones of :mod:`.sql` (``text`` with ``:name``
parameters) plus the full-text search below: a generated ``tsvector`` column
with a GIN index, ``websearch_to_tsquery`` for the query (words, "phrases",
``or``, ``-word``) and ``ts_headline`` for the snippet.

The schema version is kept in the table ``annalyst_schema``; migrations run
under an advisory lock, so two first runs against a new database do not both
create the tables. Each ``save`` is one READ COMMITTED transaction; saves by
different users touch disjoint rows (every row carries its run id) apart from
the shared document texts, which are upserted in sha256 order.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from .base import SearchHit
from .sql import SCHEMA_VERSION, SQLStore, column, migrations

_LOCK = 0x616E6E61  # advisory lock key held while migrating ("anna")
_HINT = ("is the server running and the URL right? a throwaway server for trying things: "
         "scripts/postgres start DIR")


def _engine(url: str, readonly: bool) -> Any:
    try:
        import sqlalchemy
    except ModuleNotFoundError as exc:
        raise StoreError(f"a PostgreSQL store needs {exc.name}: pip install 'annalyst[postgres]'") from exc
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    options = "-c default_transaction_read_only=on" if readonly else ""
    try:
        return sqlalchemy.create_engine(url, pool_pre_ping=True,
                                        connect_args={"options": options, "connect_timeout": 10})
    except (sqlalchemy.exc.ArgumentError, ModuleNotFoundError) as exc:
        raise StoreError(f"{url}: not a PostgreSQL URL the store can use ({exc}): "
                         "write postgresql://USER@HOST[:PORT]/DB") from exc


class _Tx:
    def __init__(self, conn: Any):
        from sqlalchemy import text

        self.conn = conn
        self.text = text

    def run(self, sql: str, params: dict[str, Any] | None = None) -> None:
        self.conn.execute(self.text(sql), params or {})

    def many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(self.text(sql), rows)

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if rows:
            names = ", ".join(column(c) for c in columns)
            cursor = self.conn.connection.driver_connection.cursor()  # the transaction's own connection
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def insert_run(self, row: dict[str, Any]) -> int:
        return int(self.conn.execute(self.text(
            'INSERT INTO runs("user", started, format) VALUES (:user, :started, :format) RETURNING id'),
            row).scalar_one())


class PostgresStore(SQLStore):
    """The store in a PostgreSQL database. ``readonly=True`` opens read-only transactions and does not migrate."""

    dialect = "postgresql"
    # A transaction-scoped lock on the document's sha256 first: ON CONFLICT arbitrates only the sha256
    # index, so two saves inserting the same new document at once would otherwise collide on its id.
    _UPSERT = ("WITH locked AS (SELECT pg_advisory_xact_lock(hashtextextended(:sha256, 0))) "
               "INSERT INTO documents(id, sha256, source, title, author, published, text, data) "
               "SELECT :id, :sha256, :source, :title, :author, :published, :text, :data FROM locked "
               "ON CONFLICT(sha256) DO UPDATE SET source=excluded.source, title=excluded.title, "
               "author=excluded.author, published=excluded.published, data=excluded.data "
               "WHERE documents.data IS DISTINCT FROM excluded.data")

    def __init__(self, url: str, *, readonly: bool = False):
        import sqlalchemy

        self.engine = _engine(url, readonly)
        self.where = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=True)
        self._text = sqlalchemy.text
        import psycopg

        self._errors = (sqlalchemy.exc.SQLAlchemyError, psycopg.Error)  # COPY speaks to psycopg directly
        try:
            if readonly:
                self._check_version()
            else:
                self._migrate()
        except sqlalchemy.exc.OperationalError as exc:
            raise StoreError(f"{self.where}: cannot connect: {exc.orig} ({_HINT})") from exc
        except sqlalchemy.exc.SQLAlchemyError as exc:
            raise StoreError(f"{self.where}: cannot open the store: {exc}") from exc

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as c:
            if c.execute(self._text("SELECT to_regclass('annalyst_schema')")).scalar() is None:
                return 0
            return int(c.execute(self._text("SELECT max(version) FROM annalyst_schema")).scalar() or 0)

    def _check_version(self) -> None:
        version = self.schema_version
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.where}: the store has schema version {version}, this annalyst reads "
                             f"{SCHEMA_VERSION}: open it once with 'annalyst show --store URL' to create "
                             "or upgrade it")

    def _migrate(self) -> None:
        if self.schema_version >= SCHEMA_VERSION:
            return
        with self.engine.begin() as c:
            c.execute(self._text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})
            c.execute(self._text("CREATE TABLE IF NOT EXISTS annalyst_schema (version INTEGER NOT NULL)"))
            current = int(c.execute(self._text("SELECT max(version) FROM annalyst_schema")).scalar() or 0)
            for version, script in migrations(self.dialect):
                if version > current:
                    c.exec_driver_sql(script)  # several statements: psycopg sends them as one simple query
                    c.execute(self._text("INSERT INTO annalyst_schema(version) VALUES (:v)"), {"v": version})

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        with self.engine.connect() as c:
            return [tuple(r) for r in c.execute(self._text(sql), params or {})]

    @contextmanager
    def _transaction(self) -> Iterator[_Tx]:
        with self.engine.begin() as c:
            yield _Tx(c)

    def _error(self, exc: Exception) -> bool:
        return isinstance(exc, self._errors)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search with ``websearch_to_tsquery`` (never a syntax error), best first."""
        sql = ("SELECT d.id, d.title, d.source, ts_headline('english', d.text, q, "
               "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') "
               "FROM documents d, websearch_to_tsquery('english', :q) q "
               "WHERE d.search @@ q AND d.id IN (SELECT id FROM run_documents WHERE run = :run) "
               "ORDER BY ts_rank(d.search, q) DESC, d.id LIMIT :limit")
        try:
            found = self.rows(sql, {"q": query, "run": self.latest_run(), "limit": limit})
        except self._errors as exc:
            raise StoreError(f"{self.where}: cannot search for {query!r}: {exc}") from exc
        return [SearchHit(doc=r[0], title=r[1], source=r[2], snippet=r[3]) for r in found]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
