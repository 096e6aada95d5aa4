"""Applying corrections to a :class:`~annalyst.model.Dossier`: the one function the pipeline and
``annalyst correct`` both use.

Corrections apply in their order, each to the dossier the earlier ones left,
which replays what the reviewer saw when making them. Each target is looked up
by its key (:mod:`.corrections`), not by the id it had: an entity by the most
mentions it shares with the recorded sample (then by name, then by id), a
quote or claim by its span (then by id), an event by its per-document mention
ids, a link by its id (then by kind and ends). What no longer matches is
reported in the :class:`Outcome`, never skipped silently.

Every reference follows a merge or a split: quote speakers, addressees and
reporters, claim holders and subjects, event participants and places, and the
refs of findings. A rejected quote, claim or event leaves the dossier with the
links that end on it; claims stop naming it as a subject or target.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..model import ENTITY_TYPES, Claim, Dossier, Entity, Event, Link, Participant, Quote, Span
from .corrections import Correction, Target, parse_span_key

STATUSES = ("applied", "partial", "unmatched", "undone", "invalid")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one correction on one run."""

    correction: Correction
    status: str  # applied partial unmatched undone invalid
    note: str = ""

    @property
    def applies(self) -> bool:
        return self.status in ("applied", "partial")


# --- finding what a key names -------------------------------------------------------------------

def _spans(keys: Iterable[str]) -> set[tuple[str, int, int]]:
    return {s for s in map(parse_span_key, keys) if s is not None}


def find_entity(d: Dossier, t: Target) -> Entity | None:
    """The entity that holds most of the recorded mentions; by name and id when none is left."""
    wanted = _spans(t.mentions)
    best, best_rank = None, (0, False, False)
    for e in d.entities:
        shared = sum((m.doc, m.start, m.end) in wanted for m in e.mentions)
        rank = (shared, e.name == t.label, e.id == t.id)
        if shared and rank > best_rank:
            best, best_rank = e, rank
    if best is None:
        best = next((e for e in d.entities if e.id == t.id and e.name == t.label), None)
    return best


def _find_span_record(items: Iterable[Quote | Claim], t: Target) -> Quote | Claim | None:
    items = list(items)
    return (next((x for x in items if (x.doc, x.start, x.end) == (t.doc, t.start, t.end)), None)
            or next((x for x in items if x.id == t.id), None))


def _event_ids(e: Event) -> set[str]:
    return {e.id, *e.mention_ids, *e.merged_from}


def find_event(d: Dossier, t: Target) -> Event | None:
    wanted = set(t.mentions) | {t.id}
    best, best_shared = None, 0
    for e in d.events:
        shared = len(_event_ids(e) & wanted)
        if shared > best_shared:
            best, best_shared = e, shared
    return best


def find_link(d: Dossier, t: Target) -> Link | None:
    ends = {t.a, t.b}
    return (next((x for x in d.links if x.id == t.id), None)
            or next((x for x in d.links if x.kind == t.type and {x.a, x.b} == ends), None))


def find(d: Dossier, t: Target) -> Entity | Quote | Claim | Event | Link | None:
    """The record a target names in ``d`` now, or None."""
    if t.kind == "entity":
        return find_entity(d, t)
    if t.kind == "quote":
        return _find_span_record(d.quotes, t)
    if t.kind == "claim":
        return _find_span_record(d.claims, t)
    if t.kind == "event":
        return find_event(d, t)
    return find_link(d, t)


def _gone(t: Target) -> str:
    return f"no {t.kind} matches {t.describe()} any more"


# --- rewriting references -----------------------------------------------------------------------

def _participants(parts: Iterable[Participant], mapping: dict[str, str]) -> tuple[Participant, ...]:
    roles: dict[str, str] = {}
    for p in parts:
        entity = mapping.get(p.entity, p.entity)
        if roles.get(entity, "other") == "other":  # a merge keeps the most telling role
            roles[entity] = p.role
    return tuple(Participant(k, v) for k, v in roles.items())


def _refs(mapping: dict[str, str], ref: str | None) -> str | None:
    return None if ref is None else mapping.get(ref, ref)


def _rewrite(d: Dossier, mapping: dict[str, str], docs: set[str] | None = None) -> Dossier:
    """Every entity reference through ``mapping``; only in documents ``docs`` when given (events: only
    those all of whose mentions are in ``docs``)."""
    if not mapping:
        return d

    def here(doc: str) -> bool:
        return docs is None or doc in docs

    quotes = tuple(replace(q, speaker=_refs(mapping, q.speaker), addressee=_refs(mapping, q.addressee),
                           reported_by=_refs(mapping, q.reported_by)) if here(q.doc) else q for q in d.quotes)
    claims = tuple(replace(c, holder=_refs(mapping, c.holder),
                           about=tuple(dict.fromkeys(mapping.get(x, x) for x in c.about))) if here(c.doc) else c
                   for c in d.claims)
    events = tuple(replace(e, participants=_participants(e.participants, mapping), place=_refs(mapping, e.place))
                   if all(here(m.doc) for m in e.mentions) else e for e in d.events)
    findings = tuple(replace(f, refs=tuple(dict.fromkeys(mapping.get(r, r) for r in f.refs)))
                     if docs is None else f for f in d.findings)
    return replace(d, quotes=quotes, claims=claims, events=events, findings=findings)


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "x"


def _new_entity_id(d: Dossier, etype: str, name: str) -> str:
    used = {e.id for e in d.entities}
    base = f"{etype.lower()}:{_slug(name)}"
    eid, n = base, 1
    while eid in used:
        n += 1
        eid = f"{base}-{n}"
    return eid


def _in_order(d: Dossier, spans: Iterable[Span]) -> tuple[Span, ...]:
    order = {doc.id: n for n, doc in enumerate(d.documents)}
    unique = {(s.doc, s.start, s.end): s for s in spans}
    return tuple(sorted(unique.values(), key=lambda s: (order.get(s.doc, len(order)), s.doc, s.start, s.end)))


# --- the operations -----------------------------------------------------------------------------

Result = tuple[Dossier, str, str]  # the dossier after, the status, a note


def merge_entities(d: Dossier, ids: list[str]) -> Dossier:
    """One entity of ``ids``: the first keeps its id, name and type and takes every mention, alias and
    descriptor of the others; every reference to the others now names it."""
    by_id = {e.id: e for e in d.entities}
    group = [by_id[i] for i in dict.fromkeys(ids)]
    keep, others = group[0], group[1:]
    merged = replace(keep, aliases=tuple(dict.fromkeys(a for e in group for a in e.aliases)),
                     descriptors=tuple(dict.fromkeys(x for e in group for x in e.descriptors)),
                     mentions=_in_order(d, (m for e in group for m in e.mentions)))
    gone = {e.id for e in others}
    entities = tuple(merged if e.id == keep.id else e for e in d.entities if e.id not in gone)
    return _rewrite(replace(d, entities=entities), {e.id: keep.id for e in others})


def _merge(d: Dossier, c: Correction) -> Result:
    found = [find_entity(d, t) for t in c.targets]
    missing = [t for t, e in zip(c.targets, found, strict=True) if e is None]
    ids = list(dict.fromkeys(e.id for e in found if e is not None))
    note = "; ".join(_gone(t) for t in missing)
    if len(ids) < 2:
        if missing:
            return d, "unmatched", note + "; nothing left to merge"
        return d, "applied", "the analysis already holds them as one entity"
    return merge_entities(d, ids), "partial" if missing else "applied", note


def _split(d: Dossier, c: Correction) -> Result:
    t = c.targets[0]
    entity = find_entity(d, t)
    if entity is None:
        return d, "unmatched", _gone(t)
    wanted = _spans(c.mentions)
    moved = [m for m in entity.mentions if (m.doc, m.start, m.end) in wanted]
    if not moved:
        return _split_already(d, c, entity, wanted)
    note = (f"{len(wanted) - len(moved)} of the {len(wanted)} mention(s) no longer belong to {entity.id}"
            if len(moved) < len(wanted) else "")
    status = "partial" if note else "applied"
    kept = [m for m in entity.mentions if (m.doc, m.start, m.end) not in wanted]
    if not kept:  # every mention goes: the entity itself is what the reviewer described
        changed = replace(entity, name=c.name or entity.name, type=c.type or entity.type)
        return (replace(d, entities=tuple(changed if e.id == entity.id else e for e in d.entities)), status,
                "; ".join(x for x in (note, "every mention moved: the entity itself was renamed") if x))
    texts = Counter(m.text for m in moved)
    name = c.name or max(texts, key=lambda x: (texts[x], len(x), x))
    etype = c.type or entity.type
    new = Entity(id=_new_entity_id(d, etype, name), name=name, type=etype,
                 aliases=tuple(dict.fromkeys(m.text for m in moved)), descriptors=(), mentions=tuple(moved))
    still = {m.text for m in kept}
    left = replace(entity, mentions=tuple(kept),
                   aliases=tuple(a for a in entity.aliases if a in still or a not in texts))
    entities = tuple(x for e in d.entities for x in ((left, new) if e.id == entity.id else (e,)))
    docs = {m.doc for m in moved} - {m.doc for m in kept}  # documents that now speak of the new entity only
    return _rewrite(replace(d, entities=entities), {entity.id: new.id}, docs), status, note


def _split_already(d: Dossier, c: Correction, entity: Entity, wanted: set[tuple[str, int, int]]) -> Result:
    """A split whose mentions the analysis itself now keeps apart, all in one other entity: that entity is
    the one the reviewer made (it takes the name and type given); elsewhere, the split no longer applies."""
    holders = {e.id: e for e in d.entities for m in e.mentions if (m.doc, m.start, m.end) in wanted}
    if len(holders) != 1:
        return d, "unmatched", f"none of the {len(wanted)} mention(s) to split off belongs to {entity.id} any more"
    (other,) = holders.values()
    changed = replace(other, name=c.name or other.name, type=c.type or other.type)
    return (replace(d, entities=tuple(changed if e.id == other.id else e for e in d.entities)), "applied",
            f"the analysis already keeps them apart, in {other.id}")


def _change_entity(d: Dossier, c: Correction, **changes: str) -> Result:
    t = c.targets[0]
    entity = find_entity(d, t)
    if entity is None:
        return d, "unmatched", _gone(t)
    changed = replace(entity, **changes)
    return replace(d, entities=tuple(changed if e.id == entity.id else e for e in d.entities)), "applied", ""


def _rename(d: Dossier, c: Correction) -> Result:
    if not c.name or not c.name.strip():
        return d, "invalid", "a rename needs a name"
    return _change_entity(d, c, name=c.name.strip())


def _retype(d: Dossier, c: Correction) -> Result:
    if c.type not in ENTITY_TYPES:
        return d, "invalid", f"{c.type!r} is not an entity type (one of {' '.join(ENTITY_TYPES)})"
    return _change_entity(d, c, type=c.type)


def remove_items(d: Dossier, ids: set[str]) -> Dossier:
    """``d`` without the quotes, claims, events and links whose id is in ``ids``, without the links that end
    on them and the findings that refer to them; claims no longer name them as subject or target."""
    events = [e for e in d.events if e.id in ids]
    gone = set(ids).union(*(_event_ids(e) for e in events))
    return replace(
        d,
        events=tuple(e for e in d.events if e.id not in gone),
        quotes=tuple(q for q in d.quotes if q.id not in gone),
        claims=tuple(replace(c, about=tuple(x for x in c.about if x not in gone),
                             target=None if c.target in gone else c.target)
                     for c in d.claims if c.id not in gone),
        links=tuple(x for x in d.links if x.id not in gone and x.a not in gone and x.b not in gone),
        findings=tuple(f for f in d.findings if not gone.intersection(f.refs)),
    )


def _reject(d: Dossier, c: Correction) -> Result:
    t = c.targets[0]
    if t.kind == "entity":
        return d, "invalid", "an entity is not rejected: merge, split, rename or retype it"
    item = find(d, t)
    if item is None:
        return d, "unmatched", _gone(t)
    return remove_items(d, {item.id}), "applied", ""


def _accept(d: Dossier, c: Correction) -> Result:
    if c.undoes is not None:  # the reject it cancels was skipped (apply_corrections)
        return d, "applied", ""
    t = c.targets[0]
    if find(d, t) is None:
        return d, "unmatched", _gone(t)
    return d, "applied", "reviewed"


_OPERATIONS: dict[str, Callable[[Dossier, Correction], Result]] = {
    "merge": _merge, "split": _split, "rename": _rename, "retype": _retype, "reject": _reject, "accept": _accept,
}


def apply_corrections(d: Dossier, corrections: Iterable[Correction]) -> tuple[Dossier, list[Outcome]]:
    """``d`` with every correction applied in order, and what became of each."""
    corrections = list(corrections)
    undone = {c.undoes: c.n for c in corrections if c.op == "accept" and c.undoes is not None}
    outcomes = []
    for c in corrections:
        if c.n in undone:
            outcomes.append(Outcome(c, "undone", f"undone by #{undone[c.n]}"))
            continue
        d, status, note = _OPERATIONS[c.op](d, c)
        outcomes.append(Outcome(c, status, note))
    return d, outcomes
