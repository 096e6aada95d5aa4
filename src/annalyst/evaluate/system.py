"""The system's side: a ``dossier.json`` read as plain JSON and indexed for matching against gold.

Scoring reads the output contract (``docs/dossier.md``), not annalyst's own
records, so that any dossier in that format can be measured, whichever
version of annalyst wrote it. Gold documents are found by file name: the base
name of a document's ``source``, or for one record of a JSON Lines file
(``FILE#ID``) its id.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from .gold import Gold
from .match import date_compatible, find_region, fold_name, item_span, overlaps


def read_dossier(path: str | Path) -> dict:
    """The JSON of a dossier: ``path`` is a ``dossier.json`` or the folder ``annalyst analyze`` wrote."""
    path = Path(path)
    if path.is_dir():
        path = path / "dossier.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EvaluationError(str(path), "no dossier here",
                              f"run 'annalyst analyze PATH --out {path.parent}' first") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(str(path), f"not valid UTF-8 JSON ({exc})",
                              "pass the dossier.json that 'annalyst analyze' wrote") from exc
    except OSError as exc:
        raise EvaluationError(str(path), f"cannot be read ({exc.strerror})") from exc
    check_dossier(data, str(path))
    return data


def check_dossier(data: Any, source: str = "dossier") -> None:
    """Refuse what is not a dossier at all (a gold file given in its place, say) before scoring it."""
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise EvaluationError(source, "not a dossier: no list of 'documents'",
                              "the first argument is the dossier, the second the gold file")
    docs = data["documents"]
    if "format" not in data and docs and all(isinstance(d, dict) and "file" in d and "id" not in d for d in docs):
        raise EvaluationError(source, "this looks like a gold file, not a dossier",
                              "the first argument is the dossier, the second the gold file")
    for n, doc in enumerate(docs):
        if not isinstance(doc, dict) or "id" not in doc or not isinstance(doc.get("text"), str):
            raise EvaluationError(source, f"documents[{n}] has no 'id' or no 'text'",
                                  "pass the dossier.json that 'annalyst analyze' wrote")
    for layer in ("entities", "timexes", "events", "quotes", "claims", "links"):
        items = data.get(layer, [])
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            raise EvaluationError(source, f"'{layer}' is not a list of objects")
        if layer != "links" and any("id" not in x for x in items):
            raise EvaluationError(source, f"an item of '{layer}' has no 'id'")


def file_name(source: str) -> str:
    """The name a gold file uses for a document with this ``source``."""
    if "#" in source:  # one record of a JSON Lines file: FILE#ID
        return source.rsplit("#", 1)[1]
    return os.path.basename(source.rstrip("/"))


def sample_of(dossier: dict, files) -> dict:
    """The dossier cut down to the documents named ``files`` (an annotated sample of a larger analysis).

    Items of other documents go; entities and events keep their mentions in the
    sample (and go when none is left); links stay between items that stay. The
    reference scorer counts every document of the dossier, so that a whole
    archive's items count against precision: cut it first to score a sample.
    """
    files = set(files)
    docs = [doc for doc in dossier.get("documents", []) if file_name(str(doc.get("source", ""))) in files]
    kept = {doc["id"] for doc in docs}
    out = {**dossier, "documents": docs}
    for layer in ("timexes", "quotes", "claims"):
        if layer in dossier:
            out[layer] = [x for x in dossier[layer] if x.get("doc") in kept]
    for layer in ("entities", "events"):
        if layer in dossier:
            out[layer] = [{**x, "mentions": mentions} for x in dossier[layer]
                          if (mentions := [m for m in x.get("mentions", []) if m.get("doc") in kept])]
    ids = {x.get("id") for layer in ("entities", "events", "quotes", "claims", "timexes") for x in out.get(layer, [])}
    if "links" in dossier:
        out["links"] = [link for link in dossier["links"] if link.get("a") in ids and link.get("b") in ids]
    return out


@dataclass
class System:
    """A dossier indexed for one gold file: which document each gold file is, and entity name forms.

    ``problems`` collects what the gold names but the dossier lacks (a file, a
    date's words in a text); each is reported once.
    """

    dossier: dict
    gold: Gold
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        d = self.dossier
        self.docs: dict[str, dict] = {doc["id"]: doc for doc in d.get("documents", [])}
        self.file_to_doc: dict[str, str] = {file_name(str(doc.get("source", ""))): doc["id"]
                                            for doc in self.docs.values()}
        self.mapped: set[str] = set(self.file_to_doc.values())
        for gdoc in self.gold.documents:
            if gdoc.file not in self.file_to_doc:
                self.problem(f"no document with source named {gdoc.file}")
        self.entities: dict[str, dict] = {e["id"]: e for e in d.get("entities", [])}
        self.entity_forms: dict[str, set[str]] = {
            eid: {fold_name(e.get("name"))} | {fold_name(a) for a in e.get("aliases", [])}
            for eid, e in self.entities.items()}
        self.entity_docs: dict[str, set] = {eid: {m.get("doc") for m in e.get("mentions", [])}
                                            for eid, e in self.entities.items()}
        self.gold_forms: dict[str, set[str]] = {ge.name: {fold_name(a) for a in ge.aliases}
                                                for ge in self.gold.entities}
        self._regions: dict[str, tuple[int, int] | None] = {}

    def problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def layer(self, name: str) -> list[dict]:
        return self.dossier.get(name, [])

    def doc_ids(self, files) -> set[str]:
        """The dossier documents of these gold files (those found)."""
        return {self.file_to_doc[f] for f in files if f in self.file_to_doc}

    # -- entities
    def entity_matches(self, entity_id: str | None, gold_name: str | None) -> bool:
        """The system entity bears one of the gold entity's names (a name not in the gold: itself)."""
        if not entity_id or not gold_name or entity_id not in self.entities:
            return False
        forms = self.gold_forms.get(gold_name) or {fold_name(gold_name)}
        return bool(self.entity_forms[entity_id] & forms)

    def holder_matches(self, holder: str | None, gold_holder: str, doc_id: str | None) -> bool:
        """A claim's holder is the gold one; for ``author``, the system may name the author as an entity."""
        if gold_holder == "author":
            if holder == "author":
                return True
            author = fold_name(self.docs.get(doc_id or "", {}).get("author"))
            return bool(author) and holder in self.entities and author in self.entity_forms[holder]
        return self.entity_matches(holder, gold_holder)

    # -- events
    def event_hits(self, gold_event, file: str) -> list[dict]:
        """System events mentioned in ``file`` with a compatible date and a gold participant (or place)."""
        doc_id = self.file_to_doc.get(file)
        hits = []
        for ev in self.layer("events"):
            if doc_id not in {m.get("doc") for m in ev.get("mentions", [])}:
                continue
            if not date_compatible(ev.get("date"), gold_event.date):
                continue
            if gold_event.participants:
                ids = [p.get("entity") for p in ev.get("participants", [])]
                if ev.get("place"):
                    ids.append(ev["place"])
                if not any(self.entity_matches(i, name) for i in ids for name in gold_event.participants):
                    continue
            hits.append(ev)
        return hits

    # -- claims
    def claim_hits(self, gold_claim) -> list[dict]:
        """System claims of the gold claim's document whose span overlaps its words."""
        doc_id = self.file_to_doc.get(gold_claim.file)
        if doc_id is None:
            return []
        if gold_claim.key not in self._regions:
            self._regions[gold_claim.key] = find_region(self.docs[doc_id]["text"], gold_claim.overlaps)
        region = self._regions[gold_claim.key]
        if region is None:
            self.problem(f"gold claim region {gold_claim.key} not found")
            return []
        return [c for c in self.layer("claims") if c.get("doc") == doc_id and overlaps(item_span(c), region)]
