"""The dossier as flat tables: one per section, for CSV files, spreadsheets and pandas.

Every row that comes from the text keeps its evidence columns (``doc``,
``start``, ``end``, ``text``). Lists (aliases, ``about``...) stay Python lists
in :func:`dossier_tables` and :func:`to_pandas`; in CSV they are written as
JSON arrays (``["Ana", "A. Ruiz"]``), which a spreadsheet shows as they are
and ``json.loads`` reads back.

Tables: ``documents``, ``entities``, ``mentions`` (of entities and of events),
``timexes``, ``events``, ``participants``, ``quotes``, ``claims``, ``links``,
``findings``, ``failures``. ``documents.csv`` leaves the full text out (a
spreadsheet cell holds at most 32,767 characters; ``dossier.json`` and
:func:`to_pandas` keep it).
"""

from __future__ import annotations

import csv
import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from ..model import Claim, Dossier, Failure, Finding, Link, Quote, Timex

# A cell a spreadsheet would run as a formula ("=HYPERLINK(...)" in a quoted text): CSV files get a
# leading apostrophe on such text cells (the OWASP advice); to_pandas keeps the text as it is.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _columns(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


def _rows(records) -> list[dict[str, Any]]:
    return [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(r).items()} for r in records]


def dossier_tables(d: Dossier, *, text: bool = True) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """``{table: (columns, rows)}``; ``text=False`` leaves the documents' full text out."""
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    doc_columns = ["id", "source", "title", "author", "published", "url", "sha256", "length"]
    tables["documents"] = (doc_columns + (["text"] if text else []), [
        {"id": doc.id, "source": doc.source, "title": doc.title, "author": doc.author, "published": doc.published,
         "url": doc.url, "sha256": doc.sha256, "length": len(doc.text), **({"text": doc.text} if text else {})}
        for doc in d.documents])
    tables["entities"] = (
        ["id", "name", "type", "aliases", "descriptors", "mentions", "sources"],
        [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "descriptors": list(e.descriptors),
          "mentions": len(e.mentions), "sources": len({m.doc for m in e.mentions})} for e in d.entities])
    mentions: list[dict[str, Any]] = []
    for e in d.entities:
        mentions += [{"of": e.id, "kind": "entity", "type": e.type, "id": None, "doc": m.doc, "start": m.start,
                      "end": m.end, "text": m.text} for m in e.mentions]
    for v in d.events:
        ids = v.mention_ids or (v.id,) * len(v.mentions)
        mentions += [{"of": v.id, "kind": "event", "type": v.type, "id": mid, "doc": m.doc, "start": m.start,
                      "end": m.end, "text": m.text} for m, mid in zip(v.mentions, ids, strict=True)]
    tables["mentions"] = (["of", "kind", "type", "id", "doc", "start", "end", "text"], mentions)
    tables["timexes"] = (_columns(Timex), _rows(d.timexes))
    tables["events"] = (
        ["id", "type", "label", "date", "date_end", "place", "participants", "mentions", "sources", "date_source",
         "extractor", "confidence", "merged_from"],
        [{"id": v.id, "type": v.type, "label": v.label, "date": v.date, "date_end": v.date_end, "place": v.place,
          "participants": [p.entity for p in v.participants], "mentions": len(v.mentions),
          "sources": len({m.doc for m in v.mentions}), "date_source": v.date_source, "extractor": v.extractor,
          "confidence": v.confidence, "merged_from": list(v.merged_from)} for v in d.events])
    tables["participants"] = (["event", "entity", "role"], [
        {"event": v.id, "entity": p.entity, "role": p.role} for v in d.events for p in v.participants])
    tables["quotes"] = (_columns(Quote), _rows(d.quotes))
    tables["claims"] = (_columns(Claim), _rows(d.claims))
    tables["links"] = (_columns(Link), _rows(d.links))
    tables["findings"] = (_columns(Finding), _rows(d.findings))
    tables["failures"] = (_columns(Failure), _rows(d.failures))
    return tables


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(d: Dossier, folder: str | Path) -> dict[str, int]:
    """One UTF-8 CSV file with a header per table in ``folder``; returns the rows written per table."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, (columns, rows) in dossier_tables(d, text=False).items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        counts[name] = len(rows)
    return counts


def to_pandas(d: Dossier) -> dict[str, Any]:
    """``{table: pandas.DataFrame}``, the same tables as the CSV export, with the documents' text.

    pandas is an optional dependency: ``pip install 'annalyst[pandas]'``.
    """
    try:
        import pandas as pd
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "to_pandas needs pandas, an optional dependency: pip install 'annalyst[pandas]' "
            "(or pip install pandas)", name="pandas") from exc
    return {name: pd.DataFrame(rows, columns=columns) for name, (columns, rows) in dossier_tables(d).items()}
