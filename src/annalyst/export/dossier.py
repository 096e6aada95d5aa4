"""``dossier.json``: the public contract (``shared/contract/dossier.md``, format ``annalyst.dossier/1``).

Required fields are written exactly as the contract names them; extra fields
(``mod`` on timexes, ``reported_by`` on quotes, ``citations`` on quotes and
claims, ``extractor`` and ``confidence`` everywhere, ``findings`` and
``failures`` at the top level) are allowed by the contract and help a reader
check the evidence.

:func:`dossier_from_dict` is the inverse of :func:`dossier_to_dict`: it turns a
``dossier.json`` back into records, so ``dossier_to_dict(dossier_from_dict(x)) == x``
for a file annalyst wrote. Fields a newer writer added are ignored; fields an
older writer left out take the record's default.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import MISSING, asdict, fields
from pathlib import Path
from typing import IO, Any, TypeVar

from ..errors import InputError
from ..model import (
    Citation,
    Claim,
    Document,
    Dossier,
    Entity,
    Event,
    Failure,
    Finding,
    Link,
    Note,
    Participant,
    Quote,
    Span,
    Timex,
)
from .atomic import write_atomic

R = TypeVar("R")

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


def dossier_parts(d: Dossier) -> Iterator[tuple[str, Any]]:
    """``(key, value)`` of the top-level object, each list as a stream of its items' JSON objects."""
    yield "format", FORMAT
    yield "documents", (
        {"id": doc.id, "source": doc.source, "title": doc.title, "author": doc.author,
         "published": doc.published, "text": doc.text, "sha256": doc.sha256, **({"url": doc.url} if doc.url else {})}
        for doc in d.documents)
    yield "entities", (
        {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
         "descriptors": list(e.descriptors), "mentions": [_span(m) for m in e.mentions]}
        for e in d.entities)
    yield "timexes", (_plain(asdict(t)) for t in d.timexes)
    yield "events", (
        {"id": e.id, "type": e.type, "label": e.label, "date": e.date, "date_end": e.date_end,
         "participants": [{"entity": p.entity, "role": p.role} for p in e.participants],
         "place": e.place,
         "mentions": [{**_span(m), "id": mid} for m, mid in
                      zip(e.mentions, e.mention_ids or (e.id,) * len(e.mentions), strict=True)],
         "extractor": e.extractor, "confidence": e.confidence, "date_source": e.date_source,
         "merged_from": list(e.merged_from)}
        for e in d.events)
    for key in ("quotes", "claims", "links", "findings", "failures"):
        yield key, (_plain(asdict(x)) for x in getattr(d, key))


def dossier_to_dict(d: Dossier) -> dict[str, Any]:
    return {key: value if isinstance(value, str) else list(value) for key, value in dossier_parts(d)}


def _dump(value: Any, depth: int) -> str:
    """``value`` as ``json.dump(..., indent=1)`` writes it ``depth`` levels deep (a JSON string never holds a
    raw line break, so indenting every line break indents every line)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


def _stream(d: Dossier, f: IO[str]) -> None:
    """The bytes ``json.dump(dossier_to_dict(d), f, ensure_ascii=False, indent=1)`` writes, one record at a
    time: a corpus's dossier is never held whole in memory as JSON objects."""
    f.write("{")
    for n, (key, value) in enumerate(dossier_parts(d)):
        f.write(("," if n else "") + "\n " + json.dumps(key, ensure_ascii=False) + ": ")
        if isinstance(value, str):
            f.write(json.dumps(value, ensure_ascii=False))
            continue
        empty = True
        for item in value:
            f.write(("[" if empty else ",") + "\n  " + _dump(item, 2))
            empty = False
        f.write("[]" if empty else "\n ]")
    f.write("\n}")


def write_dossier(d: Dossier, path: str | Path) -> Path:
    """Write ``dossier.json`` atomically (an interrupted run never leaves half a file), as a stream."""
    return write_atomic(path, lambda f: _stream(d, f))


def _record(cls: type[R], data: dict[str, Any], where: str) -> R:
    """One record from its JSON object: lists become tuples, unknown keys are ignored."""
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            value = data[f.name]
            values[f.name] = tuple(value) if isinstance(value, list) else value
        elif f.default is MISSING and f.default_factory is MISSING:
            raise InputError(where, f"the field {f.name!r} is missing",
                             "the file was not written by annalyst, or was edited by hand")
    return cls(**values)


def _spans(items: list[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span(m["doc"], m["start"], m["end"], m["text"]) for m in items)


def _event(data: dict[str, Any], where: str) -> Event:
    mentions = data.get("mentions", [])
    plain = {k: v for k, v in data.items() if k not in ("participants", "mentions")}
    return _record(Event, {
        **plain,
        "participants": [Participant(p["entity"], p["role"]) for p in data.get("participants", [])],
        "mentions": list(_spans(mentions)),
        "mention_ids": [m.get("id", data["id"]) for m in mentions],
    }, where)


def _cited(data: dict[str, Any]) -> dict[str, Any]:
    """A quote's or claim's JSON object with its ``citations`` as records (absent in older dossiers)."""
    if not data.get("citations"):
        return data
    return {**data, "citations": [
        Citation(c["mark"], c["start"], c["end"],
                 Note(c["note"]["start"], c["note"]["end"], c["note"]["text"]) if c.get("note") else None,
                 c.get("source"))
        for c in data["citations"]]}


def dossier_from_dict(data: dict[str, Any], where: str = "dossier") -> Dossier:
    """Records from a ``dossier.json`` object (``where`` names it in error messages)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise InputError(where, f"not an annalyst dossier (format {found!r}, expected {FORMAT!r})",
                         "pass the dossier.json that 'annalyst analyze' wrote, or its folder")
    try:
        return Dossier(
            documents=tuple(_record(Document, d, where) for d in data["documents"]),
            entities=tuple(
                _record(Entity, {**e, "mentions": list(_spans(e.get("mentions", [])))}, where)
                for e in data.get("entities", [])),
            timexes=tuple(_record(Timex, t, where) for t in data.get("timexes", [])),
            events=tuple(_event(e, where) for e in data.get("events", [])),
            quotes=tuple(_record(Quote, _cited(q), where) for q in data.get("quotes", [])),
            claims=tuple(_record(Claim, _cited(c), where) for c in data.get("claims", [])),
            links=tuple(_record(Link, link, where) for link in data.get("links", [])),
            findings=tuple(_record(Finding, f, where) for f in data.get("findings", [])),
            failures=tuple(_record(Failure, f, where) for f in data.get("failures", [])),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(where, f"a record is malformed ({type(exc).__name__}: {exc})",
                         "the file was not written by annalyst, or was edited by hand") from exc


def read_dossier(path: str | Path) -> Dossier:
    """Records from ``path``: a ``dossier.json`` or the folder ``annalyst analyze`` wrote it into."""
    path = Path(path)
    if path.is_dir():
        path = path / "dossier.json"
    if not path.exists():
        raise InputError(str(path), "no dossier here", f"run 'annalyst analyze PATH --out {path.parent}' first")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not valid UTF-8 JSON ({exc})",
                         "pass the dossier.json that 'annalyst analyze' wrote") from exc
    return dossier_from_dict(data, str(path))
