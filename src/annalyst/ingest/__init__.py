"""Ingest: from files, folders or stdin to :class:`~annalyst.model.Document` records.

:func:`read_sources` walks the given paths and yields one ``Document`` per
document found (a JSON Lines file or a TEI volume holds many), or a
:class:`~annalyst.model.Failure` for a source that cannot be read, so that one
bad file never stops a run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document, Failure
from .text import read_text_document

__all__ = ["read_sources", "document_id"]


def document_id(sha256: str) -> str:
    return "d" + sha256[:12]


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            yield p


def read_sources(paths: Iterable[str | Path]) -> Iterator[Document | Failure]:
    for path in _files(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Failure(str(path), f"{path}: cannot read: {exc.strerror or exc}", "ingest")
            continue
        sha = hashlib.sha256(data).hexdigest()
        try:
            yield read_text_document(data, source=str(path), doc_id=document_id(sha), sha256=sha)
        except InputError as exc:
            yield Failure(str(path), str(exc), "ingest")
