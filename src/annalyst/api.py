"""The dossier as the Python API hands it out: the record of a run, with its ways in and out.

:class:`Dossier` is :class:`annalyst.model.Dossier` (the same fields, frozen)
with methods to load, save and convert it::

    import annalyst

    d = annalyst.analyze(["sources/"], out="case")     # or annalyst.Dossier.load("case")
    d.entities[0].mentions[0]                           # Span(doc=..., start=..., end=..., text=...)
    tables = d.to_pandas()                              # {"entities": DataFrame, ...}
    d.export("gexf", "case/graph.gexf")
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import IO, Any

from . import model
from .export.dossier import dossier_to_dict, read_dossier, write_dossier


@dataclass(frozen=True, slots=True)
class Dossier(model.Dossier):
    """Everything a run found, as typed records; see ``docs/dossier.md`` for every field."""

    @classmethod
    def of(cls, record: model.Dossier) -> Dossier:
        """The same records, with this class's methods."""
        if isinstance(record, cls):
            return record
        return cls(**{f.name: getattr(record, f.name) for f in fields(record)})

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Dossier:
        """Read a ``dossier.json``, or the folder ``annalyst analyze`` wrote it into."""
        return cls.of(read_dossier(path))

    def to_dict(self) -> dict[str, Any]:
        """The ``dossier.json`` object (format ``annalyst.dossier/1``)."""
        return dossier_to_dict(self)

    def to_json(self, indent: int | None = 1) -> str:
        """The ``dossier.json`` text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write ``dossier.json`` to ``path`` (atomically)."""
        return write_dossier(self, path)

    def to_pandas(self) -> dict[str, Any]:
        """One pandas DataFrame per table (documents, entities, mentions, timexes, events, participants,
        quotes, claims, links, findings, failures); needs ``pip install 'annalyst[pandas]'``."""
        from .export.tables import to_pandas

        return to_pandas(self)

    def export(self, fmt: str, out: str | os.PathLike[str] | IO[Any]) -> dict[str, int]:
        """Write one of the export formats (``ftm gexf graphml timelinejs csv``) to ``out``."""
        from .export import export_dossier

        return export_dossier(self, fmt, Path(out) if isinstance(out, os.PathLike) else out)


def analyze(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
            out: str | os.PathLike[str] = "annalyst-out", *, workers: int = 1, batch_size: int = 32,
            model: str | None = None, cluster: str | None = None) -> Dossier:
    """Analyse files or folders as ``annalyst analyze`` does and return the dossier.

    ``out`` receives ``dossier.json``, ``annalyst.db`` and ``report.html``, and the checkpoint that
    lets a second call reuse what the first one analysed. Sources that failed are listed in
    ``dossier.failures``. ``cluster="tcp://HOST:8786"`` (an existing Dask scheduler) or
    ``cluster="local:N"`` (N worker processes here) runs the per-document stage on Dask; needs
    ``pip install 'annalyst[dask]'``.
    """
    from .pipeline import analyse

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    dossier, _ = analyse([os.fspath(p) for p in paths], out, workers=workers, batch_size=batch_size, model=model,
                         cluster=cluster)
    return Dossier.of(dossier)
