"""``dossier.json``: the public contract (``shared/contract/dossier.md``, format ``annalyst.dossier/1``).

Required fields are written exactly as the contract names them; extra fields
(``mod`` on timexes, ``reported_by`` on quotes, ``extractor`` and
``confidence`` everywhere, ``findings`` and ``failures`` at the top level) are
allowed by the contract and help a reader check the evidence.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..model import Dossier

FORMAT = "annalyst.dossier/1"


def _plain(obj: Any) -> Any:
    """JSON's shapes: tuples become lists, at any depth (records keep tuples to stay immutable)."""
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


def _span(s) -> dict[str, Any]:
    return {"doc": s.doc, "start": s.start, "end": s.end, "text": s.text}


def dossier_to_dict(d: Dossier) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "documents": [
            {"id": doc.id, "source": doc.source, "title": doc.title, "author": doc.author,
             "published": doc.published, "text": doc.text, "sha256": doc.sha256,
             **({"url": doc.url} if doc.url else {})}
            for doc in d.documents
        ],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
             "descriptors": list(e.descriptors), "mentions": [_span(m) for m in e.mentions]}
            for e in d.entities
        ],
        "timexes": [_plain(asdict(t)) for t in d.timexes],
        "events": [
            {"id": e.id, "type": e.type, "label": e.label, "date": e.date, "date_end": e.date_end,
             "participants": [{"entity": p.entity, "role": p.role} for p in e.participants],
             "place": e.place,
             "mentions": [{**_span(m), "id": mid} for m, mid in
                          zip(e.mentions, e.mention_ids or (e.id,) * len(e.mentions), strict=True)],
             "extractor": e.extractor, "confidence": e.confidence, "date_source": e.date_source,
             "merged_from": list(e.merged_from)}
            for e in d.events
        ],
        "quotes": [_plain(asdict(q)) for q in d.quotes],
        "claims": [_plain(asdict(c)) for c in d.claims],
        "links": [_plain(asdict(link)) for link in d.links],
        "findings": [_plain(asdict(f)) for f in d.findings],
        "failures": [_plain(asdict(f)) for f in d.failures],
    }


def write_dossier(d: Dossier, path: str | Path) -> Path:
    """Write ``dossier.json`` atomically: an interrupted run never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".dossier-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(dossier_to_dict(d), f, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
