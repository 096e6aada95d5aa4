"""The storage interface every backend implements.

It is deliberately narrow: a backend stores and returns a whole dossier (in
its contract form, see :mod:`annalyst.export.dossier`) and answers full-text
searches over documents. The web app, the exporters and user corrections will
build on these calls, so SQLite and PostgreSQL stay interchangeable.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..model import Dossier


class SearchHit(dict):
    """``{"doc": id, "title": ..., "source": ..., "snippet": ...}``"""


class Store(Protocol):
    def save(self, dossier: Dossier) -> None:
        """Store a dossier. Documents are keyed by sha256 (re-saving the same corpus changes nothing);
        derived records (entities, timexes, events, quotes, claims, links) mirror the latest dossier."""

    def load(self) -> dict[str, Any]:
        """The stored record as a ``dossier.json`` dict (``annalyst.dossier/1``)."""

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over document titles and texts, best first."""

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
