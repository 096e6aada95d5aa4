"""The dossier as FollowTheMoney entities (JSON Lines), the model Aleph imports.

Entities are made with the ``followthemoney`` library's own model, so every
property is checked and cleaned by it (an optional dependency:
``pip install 'annalyst[export]'``). What is written:

* each source document as ``PlainText`` (title, author, ``publishedAt``,
  ``fileName``, ``sourceUrl``, and ``bodyText``: the text every offset refers to,
  with the control and invisible characters FollowTheMoney deletes made spaces
  so that no offset moves; a consumer that cleans it again, as Aleph does, may
  still trim its ends or normalise it to NFC);
* people as ``Person``, organisations as ``Organization``, places (``GPE``,
  ``LOC``, ``FAC``) as ``Address``, with their aliases, descriptors
  (``description``) and ``proof`` (the documents that name them). Other kinds
  (nationalities, laws, works...) have no schema that fits and are left out;
* each event as ``Event``: ``date`` or ``startDate``/``endDate``, ``involved``
  (the people and organisations taking part), ``organizer`` (those among them
  that act), ``location``/``addressEntity`` (its place), ``namesMentioned``
  (participants without a FollowTheMoney schema), ``keywords`` (its type);
* per entity and document, a ``Mention`` (the names used in that document;
  people and organisations only, as the schema wants) and, for every entity
  and event, a ``Documentation`` linking it to the document, whose
  ``description`` lists the evidence: each span's text and character offsets.

Ids are the dossier's, prefixed with their kind (``annalyst-event-...``) and
rewritten to the characters FollowTheMoney allows (a short hash keeps two
rewritten ids apart). Dates the library cannot take (``"XXXX-09-11"``, a
decade) are kept as text in ``notes``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path, PurePath
from typing import IO, Any

from .. import __version__
from ..model import Dossier, Span

SCHEMAS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Address", "LOC": "Address", "FAC": "Address"}
_UNSAFE = re.compile(r"[^0-9A-Za-z.-]+")
_MAX_EVIDENCE = 200  # spans listed per Documentation; the rest are counted


def _model():
    try:
        from followthemoney import model
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "the FollowTheMoney export needs the followthemoney library, an optional dependency: "
            "pip install 'annalyst[export]'", name="followthemoney") from exc
    return model


def ftm_id(kind: str, raw: str) -> str:
    """A FollowTheMoney id (letters, digits, ``.`` and ``-``) for a dossier id.

    ``ftm_id("entity", "person:ana-ruiz") == "annalyst-entity-person.ana-ruiz"``
    """
    safe = _UNSAFE.sub("-", raw.replace(":", ".")).strip(".-")
    if safe != raw.replace(":", "."):
        safe += "-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]
    return f"annalyst-{kind}-{safe}"


def _evidence(spans: list[Span]) -> str:
    listed = "; ".join(f"“{s.text}” at {s.start}–{s.end}" for s in spans[:_MAX_EVIDENCE])
    more = len(spans) - _MAX_EVIDENCE
    return f"In document {spans[0].doc}: {listed}" + (f"; and {more} more" if more > 0 else "")


def _same_length(text: str) -> str:
    """``text`` with the characters FollowTheMoney would delete (controls, invisible formatting) made spaces.

    Deleting them would shift every offset after them; a space keeps each span where the dossier says.
    """
    from followthemoney.util import sanitize_text

    unsafe = {c: " " for c in set(text) if c not in " \n\r\t" and sanitize_text(c) is None}
    return text.translate(str.maketrans(unsafe)) if unsafe else text


def _date(value: str | None) -> str | None:
    from followthemoney import registry

    return registry.date.clean(value) if value else None


def ftm_entities(d: Dossier) -> Iterator[Any]:
    """The FollowTheMoney entity proxies of a dossier, documents first."""
    model = _model()
    docs: dict[str, str] = {}
    for doc in d.documents:
        proxy = model.make_entity("PlainText")
        proxy.id = ftm_id("document", doc.id)
        proxy.add("title", doc.title or PurePath(doc.source).name)
        proxy.add("fileName", PurePath(doc.source.split("#")[0]).name)
        proxy.add("author", doc.author)
        proxy.add("publishedAt", doc.published)
        proxy.add("sourceUrl", doc.url)
        proxy.add("processingAgent", f"annalyst {__version__}")
        proxy.add("notes", f"annalyst document {doc.id}, read from {doc.source} (sha256 {doc.sha256})")
        proxy.add("bodyText", _same_length(doc.text), cleaned=True)
        docs[doc.id] = proxy.id
        yield proxy

    def documentation(thing: Any, raw: str, role: str, spans: list[Span]) -> Iterator[Any]:
        by_doc: dict[str, list[Span]] = defaultdict(list)
        for s in spans:
            by_doc[s.doc].append(s)
        for doc, found in by_doc.items():
            if doc not in docs:
                continue
            link = model.make_entity("Documentation")
            link.id = ftm_id("documentation", f"{raw}@{doc}")
            link.add("document", docs[doc])
            link.add("entity", thing.id)
            link.add("role", role)
            link.add("summary", f"{len(found)} {role} in document {doc}")
            link.add("description", _evidence(found))
            yield link

    made: dict[str, Any] = {}
    names = {e.id: e.name for e in d.entities}
    for e in d.entities:
        schema = SCHEMAS.get(e.type)
        if schema is None:
            continue
        proxy = model.make_entity(schema)
        proxy.id = ftm_id("entity", e.id)
        proxy.add("name", e.name)
        proxy.add("alias", [a for a in e.aliases if a != e.name])
        proxy.add("description", "; ".join(e.descriptors) or None)
        if schema == "Address":
            proxy.add("full", e.name)
        if e.type == "GPE":  # a country's name gives its code; a city's gives none
            proxy.add("country", e.name)
        proxy.add("proof", sorted({docs[m.doc] for m in e.mentions if m.doc in docs}))
        proxy.add("notes", f"annalyst entity {e.id} ({e.type})")
        made[e.id] = proxy
        yield proxy
        if proxy.schema.is_a("LegalEntity"):
            surface: dict[str, list[str]] = defaultdict(list)
            for m in e.mentions:
                surface[m.doc].append(m.text)
            for doc, texts in surface.items():
                if doc not in docs:
                    continue
                mention = model.make_entity("Mention")
                mention.id = ftm_id("mention", f"{e.id}@{doc}")
                mention.add("document", docs[doc])
                mention.add("resolved", proxy.id)
                mention.add("name", sorted(set(texts)))
                mention.add("detectedSchema", schema)
                yield mention
        yield from documentation(proxy, e.id, "mentions", list(e.mentions))

    for v in d.events:
        proxy = model.make_entity("Event")
        proxy.id = ftm_id("event", v.id)
        proxy.add("name", v.label)
        proxy.add("keywords", v.type)
        proxy.add("recordId", v.id)
        start, end = _date(v.date), _date(v.date_end)
        if v.date_end:
            proxy.add("startDate", start)
            proxy.add("endDate", end)
        else:
            proxy.add("date", start)
        if (v.date and not start) or (v.date_end and not end):
            proxy.add("notes", "date as the sources give it: " + (v.date or "?")
                      + (f" to {v.date_end}" if v.date_end else ""))
        for p in v.participants:
            other = made.get(p.entity)
            if other is not None and other.schema.is_a("LegalEntity"):
                proxy.add("involved", other.id)
                if p.role == "agent":
                    proxy.add("organizer", other.id)
            else:
                proxy.add("namesMentioned", names.get(p.entity))
        place = made.get(v.place) if v.place else None
        if place is not None:
            proxy.add("addressEntity", place.id)
            proxy.add("location", place.get("full"))
        proxy.add("proof", sorted({docs[m.doc] for m in v.mentions if m.doc in docs}))
        yield proxy
        yield from documentation(proxy, v.id, "reports", list(v.mentions))


def write_ftm(d: Dossier, out: str | Path | IO[str]) -> dict[str, int]:
    """JSON Lines, one entity per line (``id`` first), for ``alephclient write-entities`` or ``ftm`` tools."""
    counts: dict[str, int] = defaultdict(int)
    with ExitStack() as stack:
        f = stack.enter_context(Path(out).open("w", encoding="utf-8")) if isinstance(out, (str, Path)) else out
        for proxy in ftm_entities(d):
            data = proxy.to_dict()
            f.write(json.dumps({"id": data.pop("id"), **data}, ensure_ascii=False) + "\n")
            counts[proxy.schema.name] += 1
    order = ("PlainText", "Person", "Organization", "Address", "Event", "Mention", "Documentation")
    return {name: counts[name] for name in order if counts[name]}
