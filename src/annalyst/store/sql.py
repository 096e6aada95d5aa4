"""What the SQLite and PostgreSQL stores share: one schema, and ``save``/``load`` written once.

Why plain SQL files per dialect rather than one SQLAlchemy ``MetaData``: the
parts that make each store useful are the parts the dialects do differently
(FTS5 tables and triggers against a tsvector column with a GIN index; views
that read JSON with ``json_extract`` against ``->>``), so a ``MetaData`` would
cover only the plain tables and the rest would be DDL strings anyway. Two
short migration folders (``migrations/sqlite``, ``migrations/postgresql``),
numbered alike and read side by side, keep the schema reviewable as the SQL a
Datasette user sees; ``tests/store`` checks that both backends have the same
tables, columns and views. The statements below use only SQL both dialects
speak, with ``:name`` parameters (which ``sqlite3`` and SQLAlchemy's ``text``
both take), so the code that writes and reads a dossier exists once.

Runs: each ``save`` is one transaction that adds a ``runs`` row (id, user,
started, finished, format) and tags every row it writes with that id. A
document's text is stored once, shared by every run that read it
(``documents``, keyed by sha256); ``run_documents`` records which documents a
run read and that run's contract form of each. Two saves therefore never
write the same derived row, so concurrent runs by different users both
succeed and each loads back exactly what it saved. ``load()`` returns the
latest finished run (or the run asked for).
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from importlib import resources
from typing import Any, Protocol

from ..errors import StoreError
from ..export.dossier import FORMAT, dossier_parts
from ..model import Dossier
from .base import Run, SearchHit

SCHEMA_VERSION = 2
# tables holding one run's records, with the columns besides (run, n) and how each row is made
_TABLES: dict[str, tuple[str, ...]] = {
    "timexes": ("id", "doc", "start", "end", "type", "value"),
    "events": ("id", "type", "date", "date_end"),
    "quotes": ("id", "doc", "start", "end", "speaker"),
    "claims": ("id", "doc", "start", "end", "holder", "stance"),
    "links": ("id", "kind", "a", "b"),
    "findings": ("kind", "doc"),
    "failures": ("source", "stage"),
}
_LATEST = "SELECT id FROM runs WHERE finished IS NOT NULL ORDER BY finished DESC, id DESC LIMIT 1"
_CHUNK = 500  # ids per IN (...) list


def migrations(dialect: str) -> list[tuple[int, str]]:
    """``[(version, sql), ...]`` for ``dialect`` ("sqlite" or "postgresql"), oldest first."""
    folder = resources.files(__package__).joinpath("migrations", dialect)
    return sorted((int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8"))
                  for f in folder.iterdir() if f.name.endswith(".sql"))


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def now() -> str:
    """UTC, ISO 8601 with microseconds: sorts as text the same in both backends."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def column(name: str) -> str:
    return f'"{name}"' if name in ("end", "user") else name


def in_list(prefix: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """``(":p0, :p1", {"p0": ..., "p1": ...})`` for an ``IN (...)`` both dialects accept."""
    names = [f"{prefix}{i}" for i in range(len(values))]
    return ", ".join(f":{n}" for n in names), dict(zip(names, values, strict=True))


def chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


class Writer(Protocol):
    """One transaction: statements with ``:name`` parameters."""

    def run(self, sql: str, params: dict[str, Any] | None = None) -> None: ...

    def many(self, sql: str, rows: list[dict[str, Any]]) -> None: ...

    def insert(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
        """Append rows to a table (PostgreSQL uses COPY: several times faster than INSERTs)."""


    def insert_run(self, row: dict[str, Any]) -> int: ...


class SQLStore:
    """``save``, ``load``, ``runs`` over a backend that provides ``rows``, ``_transaction`` and ``_UPSERT``."""

    dialect: str
    where: str  # the database, as error messages name it
    _UPSERT: str  # insert a document, or refresh its metadata when the text is stored already

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        """Rows of a read-only statement with ``:name`` parameters."""
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[Writer]:
        raise NotImplementedError

    def _error(self, exc: Exception) -> bool:
        """Whether ``exc`` is this backend's database error (wrapped as :class:`StoreError`)."""
        raise NotImplementedError

    # -- runs
    def latest_run(self) -> int | None:
        """The latest finished run's id (``None`` in an empty store)."""
        found = self.rows(_LATEST)
        return found[0][0] if found else None

    def runs(self) -> list[Run]:
        """Every finished run, oldest first."""
        return [Run(*r) for r in self.rows(
            'SELECT id, "user", started, finished, documents, format FROM runs WHERE finished IS NOT NULL '
            "ORDER BY finished, id")]

    def _run(self, run: int | None) -> int | None:
        if run is None:
            return self.latest_run()
        if not self.rows("SELECT 1 FROM runs WHERE id = :run AND finished IS NOT NULL", {"run": run}):
            known = ", ".join(str(r.id) for r in self.runs()) or "none yet"
            raise StoreError(f"{self.where}: no run {run} in this store (runs: {known})")
        return run

    # -- write
    def save(self, dossier: Dossier, *, replace: bool = False) -> int:
        """Write ``dossier`` as a new run in one transaction; returns the run id.

        ``replace``: in the same transaction, delete every other run (and the texts only they read),
        so the store holds this run alone: what a case folder's own ``annalyst.db`` wants, where each
        ``analyze`` or correction supersedes the last. A shared store keeps every run.
        """
        try:
            with self._transaction() as tx:
                run = tx.insert_run({"user": _user(), "started": now(), "format": FORMAT})
                self._write(tx, run, dossier)
                tx.run("UPDATE runs SET finished = :finished, documents = :documents WHERE id = :run",
                       {"finished": now(), "documents": len(dossier.documents), "run": run})
                if replace:  # the other runs' rows go with them (ON DELETE CASCADE)
                    tx.run("DELETE FROM runs WHERE id <> :run", {"run": run})
                    tx.run("DELETE FROM documents WHERE id NOT IN (SELECT id FROM run_documents)")
        except Exception as exc:
            if self._error(exc):
                raise StoreError(f"{self.where}: cannot write the dossier: {exc}") from exc
            raise
        return run

    def _write(self, tx: Writer, run: int, dossier: Dossier) -> None:
        # each table's rows are made one by one as they are written (a corpus's dossier is never held whole
        # as JSON objects); only the documents' small forms are kept, their texts are the dossier's own
        def part(key: str) -> Iterator[dict[str, Any]]:
            return dict(dossier_parts(dossier))[key]

        # documents in sha256 order: concurrent saves lock shared rows in the same order (no deadlock)
        d = {"documents": list(part("documents"))}
        docs = sorted(d["documents"], key=lambda doc: doc["sha256"])
        forms = {doc["id"]: dump({k: v for k, v in doc.items() if k != "text"}) for doc in docs}
        tx.many(self._UPSERT, [
            {"id": doc["id"], "sha256": doc["sha256"], "source": doc["source"], "title": doc["title"],
             "author": doc["author"], "published": doc["published"], "text": doc["text"], "data": forms[doc["id"]]}
            for doc in docs])
        tx.insert("run_documents", ("run", "n", "id", "data"),
                  [(run, n, doc["id"], forms[doc["id"]]) for n, doc in enumerate(d["documents"])])
        tx.insert("entities", ("run", "n", "id", "name", "type", "data"),
                  ((run, n, e["id"], e["name"], e["type"], dump({k: v for k, v in e.items() if k != "mentions"}))
                   for n, e in enumerate(part("entities"))))
        mentions = ((e["id"], m) for e in part("entities") for m in e["mentions"])
        tx.insert("mentions", ("run", "n", "entity", "doc", "start", "end", "text"),
                  ((run, n, entity, m["doc"], m["start"], m["end"], m["text"])
                   for n, (entity, m) in enumerate(mentions)))
        for table, cols in _TABLES.items():
            tx.insert(table, ("run", "n", *cols, "data"),
                      ((run, n, *(item.get(c) for c in cols), dump(item)) for n, item in enumerate(part(table))))

    # -- read
    def load(self, run: int | None = None) -> dict[str, Any]:
        """A run's record as a ``dossier.json`` dict (``annalyst.dossier/1``): the latest run by default."""
        run = self._run(run)
        out: dict[str, Any] = {"format": FORMAT}
        p = {"run": run}
        out["documents"] = [{**json.loads(data), "text": text} for data, text in self.rows(
            "SELECT r.data, d.text FROM run_documents r JOIN documents d ON d.id = r.id WHERE r.run = :run "
            "ORDER BY r.n", p)]
        mentions: dict[str, list] = {}
        for entity, doc, start, end, text in self.rows(
                'SELECT entity, doc, start, "end", text FROM mentions WHERE run = :run ORDER BY n', p):
            mentions.setdefault(entity, []).append({"doc": doc, "start": start, "end": end, "text": text})
        out["entities"] = [{**json.loads(data), "mentions": mentions.get(eid, [])} for eid, data in self.rows(
            "SELECT id, data FROM entities WHERE run = :run ORDER BY n", p)]
        for table in _TABLES:
            out[table] = [json.loads(data) for (data,) in self.rows(
                f"SELECT data FROM {table} WHERE run = :run ORDER BY n", p)]
        return out


def _user() -> str | None:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers): the run is still recorded
        return None


__all__ = ["SCHEMA_VERSION", "SQLStore", "SearchHit", "chunks", "column", "dump", "in_list", "migrations", "now"]
