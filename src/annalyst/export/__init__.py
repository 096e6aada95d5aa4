"""Exports of a dossier: the ``dossier.json`` contract, and the formats of the tools people already use.

========== ============================================ =========================
format     for                                          written by
========== ============================================ =========================
ftm        Aleph and FollowTheMoney tools (JSON Lines)  :mod:`.ftm`
gexf       Gephi (dynamic edges for its timeline)       :mod:`.graph`
graphml    yEd, Cytoscape, igraph                       :mod:`.graph`
timelinejs TimelineJS 3 (JSON)                          :mod:`.timelinejs`
csv        spreadsheets and pandas (one file per table) :mod:`.tables`
========== ============================================ =========================
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from ..model import Dossier
from .dossier import dossier_from_dict, dossier_to_dict, read_dossier, write_dossier

FORMATS = ("ftm", "gexf", "graphml", "timelinejs", "csv")
DEFAULT_NAMES = {"ftm": "entities.ftm.json", "gexf": "graph.gexf", "graphml": "graph.graphml",
                 "timelinejs": "timeline.json", "csv": "tables"}
BINARY = ("gexf", "graphml")  # written as bytes (XML); the others as UTF-8 text


def export_dossier(d: Dossier, fmt: str, out: str | Path | IO[Any]) -> dict[str, int]:
    """Write ``d`` in format ``fmt`` (one of :data:`FORMATS`) to ``out``; returns what was written, counted.

    ``out`` is a path (a folder for ``csv``) or an open file: binary for ``gexf`` and
    ``graphml``, text for ``ftm`` and ``timelinejs``.
    """
    if fmt == "ftm":
        from .ftm import write_ftm

        return write_ftm(d, out)
    if fmt in ("gexf", "graphml"):
        from . import graph

        return graph.write_gexf(d, out) if fmt == "gexf" else graph.write_graphml(d, out)
    if fmt == "timelinejs":
        from .timelinejs import write_timelinejs

        return write_timelinejs(d, out)
    if fmt == "csv":
        if not isinstance(out, (str, Path)):
            raise ValueError("the csv export writes one file per table: give a folder, not an open file")
        from .tables import write_csv

        return write_csv(d, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["DEFAULT_NAMES", "FORMATS", "dossier_from_dict", "dossier_to_dict", "export_dossier", "read_dossier",
           "write_dossier"]
