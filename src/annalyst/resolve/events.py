"""Merging event mentions within and across documents into events.

Two mentions are one event when they have the same class, compatible dates
(equal, or one refines the other: ``1962-09`` and ``1962-09-11``) and share a
participant or the place (through the global entity ids the entity resolver
gave them). A mention with no date of its own joins an event only when it
shares two participants with it. Mentions that agree on everything but the
date (same class, the same two or more participants, each dated by its own
timex, in different documents) are one event that the sources date
differently: they merge, and a ``date_conflict`` finding says so.

A "strike" by a state, a people or an armed force, or on a place, is an
attack, not a work stoppage (:func:`_armed_strikes`). A later report that names
an attack without a date of its own (the narrative's date, often the report's)
is the one attack of that family another source dates in the fortnight before
the report, when exactly one such is known and no participant clashes
(:func:`_reported`): a memorandum of Friday speaking of "the raid" means the
raid a cable dates to Sunday, not a new one on Friday.

The clustering is greedy and blocked, in the manner of record-linkage systems
(Christen, *Data Matching*, 2012): the best-dated mentions go first and found
events; each later mention is compared only with the events sharing its class
and year or its class and one participant, so the work stays close to linear
in the number of mentions.

Every merged event keeps, parallel to its ``mentions``, the per-document event
id each mention came from (``mention_ids``, exported as the ``id`` of each
entry of ``mentions`` in ``dossier.json``). A ``same_event`` link joins two of
those mention ids, one in each document, so both ends of the link are ids a
reader finds in the dossier; ``merged_from`` lists the same ids once each.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as _date

from ..language.armed import is_armed
from ..language.event_labels import make_label
from ..model import Entity, Event, Finding, Link, Participant
from ..unionfind import UnionFind
from .dates import interval

_SOURCE_RANK = {"timex": 0, "sentence": 1, "narrative": 2, None: 3}


@dataclass
class _Cluster:
    members: list[Event] = field(default_factory=list)
    date: str | None = None
    dated_by: dict[str, set[str]] = field(default_factory=dict)  # date -> docs that give it by a timex
    entities: dict[str, str] = field(default_factory=dict)  # entity id -> role
    docs: set[str] = field(default_factory=set)
    conflict: bool = False


def _docs(event: Event) -> set[str]:
    return {m.doc for m in event.mentions}


def _mention_ids(event: Event) -> tuple[str, ...]:
    """The per-document event id of each of ``event``'s mentions (a record fresh from extraction is its own)."""
    return event.mention_ids or (event.id,) * len(event.mentions)


def _entities(event: Event, described: frozenset[str] = frozenset()) -> set[str]:
    """The entities ``event`` names (participants and place), less those only ``described`` ("gunmen")."""
    ids = {p.entity for p in event.participants} - described
    if event.place:
        ids.add(event.place)
    return ids


def _relation(a: str | None, b: str | None) -> str:
    """``same``, ``refines`` (one is a prefix of the other), ``none`` (one is undated) or ``conflict``."""
    if not a or not b:
        return "none"
    a, b = a.split("/")[0], b.split("/")[0]
    if a == b:
        return "same"
    if "X" in a or "X" in b:
        # "XXXX-09-11" and "1962-09-11" agree where both are known
        if len(a) == len(b) and all(x == y or "X" in (x, y) for x, y in zip(a, b, strict=True)):
            return "refines"
        return "conflict"
    if a.startswith(b) or b.startswith(a):
        return "refines"
    x, y = interval(a), interval(b)
    if x and y and ((x[0] <= y[0] and y[1] <= x[1]) or (y[0] <= x[0] and x[1] <= y[1])):
        return "refines"  # "1994-SP" and "1994-03-16": one span holds the other
    return "conflict"


def _precision(date: str | None) -> int:
    return len(date.replace("X", "")) if date else 0


def _unit_of(events: list[Event]) -> Event:
    """Fold the mentions an antecedent chain ties together into one provisional event."""
    best = min(events, key=lambda e: (_SOURCE_RANK.get(e.date_source, 3), -_precision(e.date)))
    roles: dict[str, str] = {}
    for e in events:
        for p in e.participants:
            roles.setdefault(p.entity, p.role)
    place = next((e.place for e in events if e.place), None)
    return replace(best, participants=tuple(Participant(k, v) for k, v in roles.items()), place=place,
                   mentions=tuple(m for e in events for m in e.mentions),
                   mention_ids=tuple(x for e in events for x in _mention_ids(e)),
                   merged_from=tuple(x for e in events for x in (e.merged_from or (e.id,))))


def _antecedent_units(events: Sequence[Event]) -> list[Event]:
    by_id = {e.id: e for e in events}
    chains = UnionFind(e.id for e in events)
    for e in events:
        if e.antecedent and e.antecedent in by_id:
            chains.union(e.antecedent, e.id)
    groups: dict[str, list[Event]] = {}
    for e in events:  # in the order of the events, whichever event is the root
        groups.setdefault(chains.find(e.id), []).append(e)
    return [_unit_of(g) if len(g) > 1 else g[0] for g in groups.values()]


def _fits(cluster: _Cluster, event: Event, described: frozenset[str] = frozenset(),
          report: str | None = None, named: frozenset[str] = frozenset()) -> tuple[float, bool]:
    """How well ``event`` fits ``cluster`` (0: not at all; more is better) and whether it joins as a date conflict;
    ``report`` is the date of the document that tells ``event`` and ``named`` the entities that document names
    anywhere (see :func:`_reported`)."""
    fit, conflict = _fits_by_date(cluster, event, described)
    if fit < _REPORTED and _reported(cluster, event, described, report, named):
        return _REPORTED, False
    return fit, conflict


def _fits_by_date(cluster: _Cluster, event: Event, described: frozenset[str] = frozenset()) -> tuple[int, bool]:
    """How well ``event`` fits ``cluster`` (0: not at all; more is better) and whether it joins as a date conflict.

    ``described`` are entities known only by a description ("armed men", "a bus"): two reports naming the
    same description do not thereby tell the same event.
    """
    shared = cluster.entities.keys() & _entities(event, described)
    relation = _relation(cluster.date, event.date)
    weak = event.date_source not in ("timex", "sentence")
    same_doc = bool(_docs(event) & cluster.docs)
    if relation in ("same", "refines"):
        if shared:
            return 2 + len(shared) + (relation == "same"), False
        # no names on either side: only the same document, or the same day, ties them
        if not event.participants and not any(m.participants for m in cluster.members):
            return int((same_doc and relation == "same") or (relation == "same" and _precision(event.date) >= 8)), False
        if same_doc or event.type in _COMMON:
            return 0, False
        # another source reports an event of this class on the same day, naming no one who contradicts it
        if relation == "same" and _precision(event.date) >= 10 and not _clash(cluster, event, described):
            return 1, False
        # "the coup" with no names, in a source that dates it compatibly: the one such event, if only one
        if not _entities(event):
            return _LONE, False
        return 0, False
    if relation == "none":
        return (1 + len(shared) if len(shared) >= 2 else 0), False
    if weak:
        # a date from the narrative's reference time is a guess: a mention of the same document sharing a
        # participant with a firmly dated event of the same year, or whose participants all take part in it,
        # is that event
        close = _year(event.date) == _year(cluster.date) or _entities(event) <= cluster.entities.keys()
        return (1 + len(shared) if same_doc and shared and close else 0), False
    if same_doc:
        return 0, False
    # conflicting dates told by another source: the same event only when strongly the same
    agents = {p.entity for p in event.participants if p.role == "agent"}
    cluster_agents = {k for k, v in cluster.entities.items() if v == "agent"}
    strong = len(shared) >= 2 and bool(agents & cluster_agents & shared)
    if not strong and _family(event.type) in _ONCE and _year(event.date) == _year(cluster.date):
        # a person is killed, dies or is buried once: the same victim in the same year is the same event
        patients = {p.entity for p in event.participants if p.role == "patient"}
        strong = bool(patients & {k for k, v in cluster.entities.items() if v == "patient"})
    return (1 if strong else 0), strong


#: classes of which one day sees many unrelated events: never merged on the date alone
_COMMON = frozenset({"statement"})
#: classes one source may use for an event another files under a broader head ("the shooting" of a man
#: another source says was killed, "the raid" on a village another calls an attack): blocked and merged
#: as the head class, which the merged event takes
_FAMILY = {"shooting": "killing", "raid": "attack"}


#: classes that happen to a person once: one victim, one event
_ONCE = frozenset({"killing", "death", "funeral"})


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)
#: the fit of a mention with no names to the one compatible event of its class another source reports
_LONE = 0.5
#: the fit of an incident a later report names without a date of its own to the one such incident dated
#: shortly before the report (:func:`_reported`)
_REPORTED = 0.75
#: classes of incident a report speaks of afterwards ("the raid", "the attack") without dating them again
_INCIDENTS = frozenset({"attack", "killing", "invasion"})
#: how many days before a report the incident it names without a date may lie
_REPORT_DAYS = 14


def _day(value: str | None) -> _date | None:
    if not value or len(value) < 10:
        return None
    try:
        return _date.fromisoformat(value[:10])
    except ValueError:
        return None


def _reported(cluster: _Cluster, event: Event, described: frozenset[str], report: str | None,
              named: frozenset[str] = frozenset()) -> bool:
    """Whether ``event``, an incident a report names with no date of its own (its date is the narrative's),
    is the incident ``cluster`` that another source dates to the day within the fortnight before the report.

    The report's own date bounds it, not the narrative's: a cable of the 15th that speaks of "the raid" after
    recalling an older month still speaks of last Sunday's raid. The report must name, somewhere in its text
    (``named``), an attacker and a target of that incident: a news item on another country's war does not speak
    of it. Agents or patients that differ make two incidents (:func:`_clash`); several such incidents in the
    window leave it unmerged (see ``merge_events``).
    """
    if event.date_source in ("timex", "sentence") or _family(event.type) not in _INCIDENTS:
        return False
    if not cluster.dated_by or _docs(event) & cluster.docs:
        return False
    told, happened = _day(report), _day(cluster.date)
    if told is None or happened is None or not 0 <= (told - happened).days <= _REPORT_DAYS:
        return False
    agents = {k for k, v in cluster.entities.items() if v == "agent"} - described
    patients = {k for k, v in cluster.entities.items() if v == "patient"} - described
    if not (agents & named and patients & named):
        return False
    return not _clash(cluster, event, described)


def _same_roles(cluster: _Cluster, event: Event, described: frozenset[str]) -> bool:
    """Whether ``event`` names an agent or a patient of ``cluster`` in that role."""
    return any(cluster.entities.get(p.entity) == p.role for p in event.participants
               if p.role in ("agent", "patient") and p.entity not in described)


#: entity types whose "strike" is an armed one: a state or a people striking, or a place struck
_STRIKING = frozenset({"GPE", "NORP"})
_STRUCK = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _armed_strikes(events: Sequence[Event], entities: Sequence[Entity]) -> list[Event]:
    """``events`` with every "strike" that a state, a people or an armed force carries out, or that falls on a
    place, read as an attack: dockers strike against an employer, a state strikes a town."""
    kinds = {e.id: e.type for e in entities}
    names = {e.id: e.name for e in entities}
    out = []
    for event in events:
        if event.type == "strike":
            armed = any((p.role == "agent" and (kinds.get(p.entity) in _STRIKING or is_armed(names.get(p.entity, "")))
                         ) or (p.role == "patient" and kinds.get(p.entity) in _STRUCK) for p in event.participants)
            if armed:
                event = replace(event, type="attack")  # noqa: PLW2901
        out.append(event)
    return out


def _clash(cluster: _Cluster, event: Event, described: frozenset[str] = frozenset()) -> bool:
    """Both sides name agents (or patients), and none in common: two different events."""
    for role in ("agent", "patient"):
        theirs = {k for k, v in cluster.entities.items() if v == role} - described
        ours = {p.entity for p in event.participants if p.role == role} - described
        if theirs and ours and not theirs & ours:
            return True
    return False


def _year(date: str | None) -> str | None:
    return date[:4] if date and date[:4].isdigit() else None


#: clusters compared per blocking key (the most recently joined): bounds the work per event
_BLOCK = 64


def _date_keys(date: str | None) -> list[str]:
    """Blocking keys of a date, coarse to fine: the year, then the month and day where known."""
    year = _year(date)
    if not year or not date:
        return []
    keys = [year]
    day = date.split("/")[0]
    if len(day) >= 7 and day[5:7].isdigit():
        keys.append(day[:7])
        if len(day) >= 10 and day[8:10].isdigit():
            keys.append(day[:10])
    return keys


def _named_by_document(entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Document id -> the entities it names anywhere."""
    out: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for m in e.mentions:
            out[m.doc].add(e.id)
    return {doc: frozenset(ids) for doc, ids in out.items()}


def _report_date(unit: Event, published: Mapping[str, str]) -> str | None:
    """The date of the document that tells ``unit`` (one document: a unit's mentions share it)."""
    docs = _docs(unit)
    return published.get(next(iter(docs))) if len(docs) == 1 else None


def _report_keys(report: str | None) -> list[str]:
    """Blocking keys of the days before a report: the report's month and, early in a month, the one before."""
    day = _day(report)
    if day is None:
        return []
    keys = [f"{day.year}-{day.month:02d}"]
    if day.day <= _REPORT_DAYS:
        before = _date.fromordinal(day.toordinal() - _REPORT_DAYS)
        keys.append(f"{before.year}-{before.month:02d}")
    return keys


def merge_events(events: Sequence[Event], entities: Sequence[Entity], published: Mapping[str, str] | None = None
                 ) -> tuple[list[Event], list[Link], dict[str, str], list[Finding]]:
    """Return merged events, their ``same_event`` links, old-to-new event ids, and date-conflict findings.

    ``published`` (document id -> date) dates each report, so that an incident it names without a date of its
    own can be the one another source dates shortly before it."""
    published = published or {}
    named = _named_by_document(entities)
    units = _antecedent_units(_armed_strikes(events, entities))
    described = frozenset(e.id for e in entities if e.type == "OTHER")  # "a bus", "armed men": no identity
    order = {e.id: n for n, e in enumerate(events)}
    units.sort(key=lambda e: (_SOURCE_RANK.get(e.date_source, 3), -_precision(e.date), order.get(e.id, 0)))
    clusters: list[_Cluster] = []
    # blocking keys -> cluster indices, most recently joined last: (kind, year), (kind, month), (kind, day)
    # and (kind, entity id). Only the last _BLOCK of each block are compared, so a unit costs the same
    # whether the corpus holds a hundred events of its kind and year or a hundred thousand.
    blocks: dict[tuple[str, str], dict[int, None]] = defaultdict(dict)
    for unit in units:
        kind = _family(unit.type)
        keys = [(kind, eid) for eid in sorted(_entities(unit, described))]
        date_keys = [(kind, d) for d in _date_keys(unit.date)]
        report = _report_date(unit, published)
        report_keys = [(kind, d) for d in _report_keys(report)] if kind in _INCIDENTS else []
        candidates: set[int] = set()
        for key in (*date_keys, *keys, *report_keys):
            block = blocks.get(key)
            if block:
                candidates.update(itertools.islice(reversed(block), _BLOCK))
        crowded = any(len(blocks.get(key, ())) > _BLOCK for key in date_keys[:1])
        chosen, conflict, best_fit, lone, told = None, False, 0.0, 0, []
        for n in sorted(candidates):
            fit, is_conflict = _fits(clusters[n], unit, described, report, named.get(next(iter(_docs(unit))),
                                                                                       frozenset()))
            lone += fit == _LONE
            if fit == _REPORTED:
                told.append(n)
            if fit > best_fit:
                chosen, conflict, best_fit = n, is_conflict, fit
        if best_fit == _LONE and (lone > 1 or crowded):
            chosen = None  # a nameless mention fits several events (or too many to look at): it cannot say which
        if best_fit == _REPORTED and len(told) > 1:
            # several incidents lie shortly before the report: the one whose attacker or target it names
            told = [n for n in told if _same_roles(clusters[n], unit, described)]
            chosen = told[0] if len(told) == 1 else None
        if best_fit == _REPORTED and any(len(blocks.get(k, ())) > _BLOCK for k in report_keys):
            chosen = None  # too many incidents to look at in the report's days: it cannot say which it means
        if chosen is None:
            clusters.append(_Cluster())
            chosen = len(clusters) - 1
        cluster = clusters[chosen]
        cluster.members.append(unit)
        cluster.docs |= _docs(unit)
        cluster.conflict |= conflict
        firm = unit.date_source in ("timex", "sentence")
        if unit.date and firm:
            cluster.dated_by.setdefault(unit.date, set()).update(_docs(unit))
        if not conflict and _precision(unit.date) > _precision(cluster.date) and \
                _relation(cluster.date, unit.date) != "conflict":
            cluster.date = unit.date
        for p in unit.participants:
            if cluster.entities.get(p.entity, "other") == "other":
                cluster.entities[p.entity] = p.role
        if unit.place:
            cluster.entities.setdefault(unit.place, "place")
        for key in {*((kind, d) for d in _date_keys(cluster.date)), *keys}:
            block = blocks[key]
            block.pop(chosen, None)
            block[chosen] = None  # most recently joined last
    names = {e.id: e.name for e in entities}
    merged, links, mapping, findings = [], [], {}, []
    for cluster in clusters:
        event, cluster_links, finding = _finish(cluster, names, order)
        merged.append(event)
        links.extend(cluster_links)
        if finding is not None:
            findings.append(finding)
        for old in event.merged_from:
            mapping[old] = event.id
    merged.sort(key=lambda e: order.get(e.id, 0))
    return merged, links, mapping, findings


def _finish(cluster: _Cluster, names: dict[str, str], order: dict[str, int]
            ) -> tuple[Event, list[Link], Finding | None]:
    members = sorted(cluster.members, key=lambda e: order.get(e.id, 0))
    member_ids = tuple(x for e in members for x in (e.merged_from or (e.id,)))
    if len(members) == 1 and len(member_ids) == 1:
        event = replace(members[0], merged_from=member_ids, antecedent=None, mention_ids=_mention_ids(members[0]))
        return event, [], None
    best = min(members, key=lambda e: (_SOURCE_RANK.get(e.date_source, 3), -_precision(e.date), order.get(e.id, 0)))
    date = cluster.date
    if cluster.conflict:  # the date most sources give, the best-dated mention's on a tie
        counts = Counter({d: len(docs) for d, docs in cluster.dated_by.items()})
        date = max(counts, key=lambda d: (counts[d], d == best.date))
    date_end = next((e.date_end for e in members if e.date_end and e.date == date), None)
    roles: dict[str, str] = {}
    for e in members:
        for p in e.participants:
            if roles.get(p.entity, "other") == "other":
                roles[p.entity] = p.role
    places = Counter(e.place for e in members if e.place)
    place = places.most_common(1)[0][0] if places else None
    roles.pop(place, None)
    kind = best.type if all(e.type == best.type for e in members) else _family(best.type)
    label = make_label(kind, best.mentions[0].text, [(names.get(k, k), v) for k, v in roles.items()],
                       names.get(place) if place else None, date, date_end)
    event_id = min(member_ids, key=lambda x: order.get(x, 0))
    event = Event(id=event_id, type=kind, label=label, date=date, date_end=date_end,
                  participants=tuple(Participant(k, v) for k, v in roles.items()), place=place,
                  mentions=tuple(m for e in members for m in e.mentions),
                  mention_ids=tuple(x for e in members for x in _mention_ids(e)), extractor=best.extractor,
                  confidence=max(e.confidence for e in members), date_source=best.date_source,
                  merged_from=member_ids)
    links = _links(event, members, names)
    finding = None
    if cluster.conflict:
        told = "; ".join(f"{', '.join(sorted(docs))} say {d}" for d, docs in sorted(cluster.dated_by.items()))
        finding = Finding(kind="date_conflict",
                          message=f"Sources disagree on the date of one event ({label}): {told}.",
                          refs=(event.id, *sorted({m.doc for m in event.mentions})))
    return event, links, finding


def _links(event: Event, members: list[Event], names: dict[str, str]) -> list[Link]:
    """One ``same_event`` link from the first reporting document to each other one, naming both sides' evidence."""
    by_doc: dict[str, Event] = {}
    for e in members:
        for doc in _docs(e):
            if doc not in by_doc or _precision(e.date) > _precision(by_doc[doc].date):
                by_doc[doc] = e
    docs = list(by_doc)
    out = []
    for other in docs[1:]:
        a, b = by_doc[docs[0]], by_doc[other]
        shared = sorted(_entities(a) & _entities(b))
        relation = _relation(a.date, b.date)
        a_id, a_span = _first_mention(a, docs[0])
        b_id, b_span = _first_mention(b, other)
        a_text, b_text = a_span.text, b_span.text
        said = (f"{docs[0]} reports it as \u201c{a_text}\u201d ({a.date or 'undated'}) and {other} as "
                f"\u201c{b_text}\u201d ({b.date or 'undated'})")
        if relation == "refines":
            dates = "the dates agree, one refining the other"
        elif relation == "same":
            dates = "the dates are the same"
        elif relation == "conflict":
            dates = "the dates differ (see the date_conflict finding)"
        else:
            dates = "one side gives no date"
        who = (f"both name {', '.join(names.get(s, s) for s in shared)}" if shared
               else "neither names a participant")
        score = min(1.0, 0.4 + 0.15 * len(shared) + (0.2 if relation in ("same", "refines") else 0.0))
        out.append(Link(id=f"L:same_event:{a_id}:{b_id}", kind="same_event", a=a_id, b=b_id,
                        score=round(score, 2),
                        explanation=f"Same {event.type}: {said}; {dates}, and {who}."))
    return out


def _first_mention(event: Event, doc: str):
    """``(mention id, span)`` of the first mention of ``event`` in ``doc``."""
    pairs = [(i, m) for i, m in zip(_mention_ids(event), event.mentions, strict=True) if m.doc == doc]
    return min(pairs, key=lambda p: p[1].start)
