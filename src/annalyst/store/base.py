"""The storage interface every backend implements.

It is deliberately narrow: a backend stores a whole dossier (in its contract
form, see :mod:`annalyst.export.dossier`) as one run, returns a run's dossier,
and answers full-text searches over documents. The web app, the exporters and
user corrections build on these calls, so SQLite and PostgreSQL stay
interchangeable. ``rows`` runs a read-only SQL statement with ``:name``
parameters, for readers (the web app) that query the tables directly; the
schema is the same in both backends (``docs/storage.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class SearchHit(dict):
    """``{"doc": id, "title": ..., "source": ..., "snippet": ...}``"""


@dataclass(frozen=True, slots=True)
class Run:
    """One ``save``: who ran it, when it started and finished (UTC, ISO 8601), how many documents."""

    id: int
    user: str | None
    started: str | None
    finished: str
    documents: int
    format: str


class Store(Protocol):
    dialect: str  # "sqlite" or "postgresql"
    where: str  # the database, as messages name it (a URL without its password)

    def save(self, dossier: Any, *, replace: bool = False) -> int:
        """Store a dossier as a new run, in one transaction; returns the run id. A document's text is
        stored once however many runs read it (keyed by sha256); every other row carries the run id.
        ``replace`` deletes every other run in the same transaction."""

    def load(self, run: int | None = None) -> dict[str, Any]:
        """A run's record as a ``dossier.json`` dict (``annalyst.dossier/1``); the latest run by default."""

    def runs(self) -> list[Run]:
        """Every finished run, oldest first."""

    def latest_run(self) -> int | None: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over the latest run's document titles and texts, best first."""

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
