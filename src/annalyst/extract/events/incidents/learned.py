"""A learned check of the incidents the rules read: whether a message reports an incident at all, whether each
incident the rules grouped is one, and whether each participant holds the role the rules gave it.

The rules of this package find acts and their participants by the parse and by word lists; on real wire
messages they also read incidents that a template-writer would not keep (a military clash, an incident of
years ago, a threat) and participants that play no part (the police who reported it, the place). A model
trained on annotated messages (see :mod:`.train`) scores three things:

- the message: does it report an incident of political violence at all (words of the whole text);
- each incident (one group of acts the rules made): its class, its acts' words, how many participants of
  each role it has, how far its date lies from the message's;
- each participant of an incident: its role, its entity type, its words, the words around its mention, the
  incident's class and word.

The model is used only when one is configured: the environment variable ``ANNALYST_INCIDENT_MODEL`` names
the model file (a pickle written by :mod:`.train`; load only files you wrote yourself). Without it the rules'
reading stands as it is. No model ships with annalyst: the annotated data it is trained on is licensed for
research only (see docs/incident-model.md).
"""

from __future__ import annotations

import functools
import os
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ....model import Event, LocalEntity
from ...context import DocContext

ENV = "ANNALYST_INCIDENT_MODEL"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass(frozen=True)
class IncidentModel:
    """The three classifiers (scikit-learn pipelines over feature dicts, or text for the message) and the
    probability each must reach for what it judges to be kept."""

    message: object  # text -> P(reports an incident)
    incident: object  # feature dict -> P(a real incident)
    participant: object  # feature dict -> P(the participant holds its role)
    thresholds: tuple[float, ...]  # message, incident, participant, candidate
    candidate: object | None = None  # feature dict -> the role an entity the rules left out holds, or "none"
    version: str = ""


@functools.lru_cache(maxsize=2)
def _load(path: str) -> IncidentModel:
    with open(path, "rb") as stream:
        model = pickle.load(stream)  # a file the user configured, written by .train
    if not isinstance(model, IncidentModel):
        raise TypeError(f"{path}: not an incident model written by annalyst.extract.events.incidents.train")
    return model


def configured() -> IncidentModel | None:
    """The model ``ANNALYST_INCIDENT_MODEL`` names, or None when unset or missing."""
    path = os.environ.get(ENV, "").strip()
    if not path or not Path(path).is_file():
        return None
    return _load(path)


def positive(classifier, rows: list) -> list[float]:
    """The probability of the label 1 for each row (0 for all when the classifier never saw a 1)."""
    if not rows:
        return []
    probs = classifier.predict_proba(rows)
    classes = list(getattr(classifier, "classes_", (0, 1)))
    if 1 not in classes:
        return [0.0] * len(rows)
    column = classes.index(1)
    return [float(row[column]) for row in probs]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _bucket(value: float, edges: Iterable[float]) -> str:
    n = 0
    for edge in edges:
        if value < edge:
            break
        n += 1
    return str(n)


def _days_apart(date: str | None, published: str | None) -> float | None:
    """Days from an incident's date back to the message's, when both give year, month and day."""
    import datetime as dt

    if not date or not published or len(date) < 10 or len(published) < 10:
        return None
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(date[:10])).days
    except ValueError:
        return None


def groups_of(events: list[Event]) -> list[list[Event]]:
    """The incidents the rules made: each event with the later mentions that point at it."""
    heads: dict[str, list[Event]] = {}
    for event in events:
        root = event.antecedent or event.id
        heads.setdefault(root, []).append(event)
    return list(heads.values())


def incident_features(ctx: DocContext, group: list[Event], rank: int) -> dict[str, float]:
    """What the model reads of one incident: class, words of its acts, participants by role, date, place."""
    text = ctx.text
    first = group[0]
    f: dict[str, float] = {f"type={first.type}": 1.0, f"rank={min(rank, 4)}": 1.0,
                           f"mentions={_bucket(len(group), (2, 3, 5, 8))}": 1.0}
    start = first.mentions[0].start
    f[f"position={_bucket(start / max(1, len(text)), (0.1, 0.25, 0.5, 0.75))}"] = 1.0
    for event in group:
        span = event.mentions[0]
        f[f"word={span.text.lower()}"] = 1.0
        left = _words(text[max(0, span.start - 40):span.start])[-2:]
        for n, w in enumerate(reversed(left)):
            f[f"left{n}={w}"] = 1.0
    roles: dict[str, int] = {}
    for event in group:
        for p in event.participants:
            roles[p.role] = roles.get(p.role, 0) + 1
    for role, count in roles.items():
        f[f"role={role}"] = 1.0
        f[f"role={role}#{_bucket(count, (2, 4))}"] = 1.0
    f["participants=0"] = float(not roles)
    days = _days_apart(first.date, ctx.document.published)
    if days is None:
        f["date=none" if not first.date else "date=vague"] = 1.0
    else:
        f[f"days={_bucket(days, (0, 1, 3, 8, 32, 62, 180, 365))}"] = 1.0
    f["place"] = float(first.place is not None)
    return f


def participant_features(ctx: DocContext, group: list[Event], entity: LocalEntity | None, eid: str, role: str
                         ) -> dict[str, float]:
    """What the model reads of one participant: its role, type and words, the words before its mention
    nearest the incident's act, how far that mention is, how often the message names it."""
    text = ctx.text
    first = group[0]
    f: dict[str, float] = {f"role={role}": 1.0, f"type={first.type}": 1.0, f"role|type={role}|{first.type}": 1.0}
    etype = entity.type if entity is not None else "?"
    described = ":D" in eid
    f[f"etype={etype}"] = 1.0
    f[f"role|etype={role}|{etype}|{described}"] = 1.0
    if described and entity is not None and entity.descriptors:
        f[f"kind={entity.descriptors[0]}"] = 1.0
    name = entity.name if entity is not None else ""
    words = _words(name)
    for w in words:
        f[f"w={w}"] = 1.0
    if words:
        f[f"head={words[-1]}"] = 1.0
        f[f"role|head={role}|{words[-1]}"] = 1.0
    f[f"nwords={_bucket(len(words), (2, 3, 4, 6))}"] = 1.0
    mentions = list(entity.mentions) if entity is not None else []
    f[f"nmentions={_bucket(len(mentions), (2, 3, 5))}"] = 1.0
    acts = [e.mentions[0].start for e in group]
    if mentions:
        nearest = min(mentions, key=lambda m: min(abs(m.start - a) for a in acts))
        gap = min(abs(nearest.start - a) for a in acts)
        f[f"gap={_bucket(gap, (20, 60, 150, 400))}"] = 1.0
        f["before_act"] = float(nearest.start < min(acts))
        left = _words(text[max(0, nearest.start - 40):nearest.start])[-3:]
        for n, w in enumerate(reversed(left)):
            f[f"left{n}={w}"] = 1.0
        right = _words(text[nearest.end:nearest.end + 30])[:2]
        for n, w in enumerate(right):
            f[f"right{n}={w}"] = 1.0
        f[f"first_at={_bucket(min(m.start for m in mentions) / max(1, len(text)), (0.15, 0.4, 0.7))}"] = 1.0
    return f


#: entity types that never fill a role of an incident (places, times, amounts)
_NO_PART = frozenset({"GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})


def candidates(ctx: DocContext, groups: list[list[Event]]) -> list[tuple[int, LocalEntity]]:
    """Entities of the message no incident counts among its participants, each with every incident (an index
    into ``groups``): the model weighs how near the entity is named to each."""
    taken = {p.entity for group in groups for event in group for p in event.participants}
    kept = [e for e in ctx.entities if e.id not in taken and e.type not in _NO_PART and e.mentions]
    return [(gi, entity) for gi in range(len(groups)) for entity in kept]


def candidate_features(ctx: DocContext, group: list[Event], entity: LocalEntity) -> dict[str, float]:
    """What the model reads of an entity the rules did not make a participant: as of a participant, without
    a role."""
    return participant_features(ctx, group, entity, entity.id, "none")


def proposed(classifier, rows: list) -> list[tuple[str, float]]:
    """The most probable role other than "none" of each row, with its probability."""
    if not rows:
        return []
    probs = classifier.predict_proba(rows)
    classes = [str(c) for c in getattr(classifier, "classes_", ())]
    roles = [i for i, c in enumerate(classes) if c != "none"]
    if not roles:
        return [("none", 0.0)] * len(rows)
    out = []
    for row in probs:
        best = max(roles, key=lambda i: row[i])
        out.append((classes[best], float(row[best])))
    return out


def judge(ctx: DocContext, events: list[Event], described: list[LocalEntity], model: IncidentModel
          ) -> tuple[list[Event], list[LocalEntity]]:
    """The incidents and participants the model keeps; none when it reads no incident in the message."""
    from dataclasses import replace

    from ....language.event_labels import make_label
    from ....model import Participant

    t_message, t_incident, t_participant = model.thresholds[:3]
    if positive(model.message, [ctx.text])[0] < t_message:
        return [], []
    groups = groups_of(events)
    scores = positive(model.incident, [incident_features(ctx, g, n) for n, g in enumerate(groups)])
    kept_groups = [g for g, s in zip(groups, scores, strict=True) if s >= t_incident]
    if not kept_groups:
        return [], []
    by_id = {e.id: e for e in ctx.entities}
    by_id.update({e.id: e for e in described})
    rows, where = [], []
    for gi, group in enumerate(kept_groups):
        for ei, event in enumerate(group):
            for p in event.participants:
                rows.append(participant_features(ctx, group, by_id.get(p.entity), p.entity, p.role))
                where.append((gi, ei, p))
    keep: set[tuple[int, int, str]] = set()
    if rows:
        scores = positive(model.participant, rows)
        keep = {(gi, ei, p.entity) for (gi, ei, p), s in zip(where, scores, strict=True) if s >= t_participant}
    added: dict[int, list[Participant]] = {}
    if model.candidate is not None and len(model.thresholds) > 3:
        found = candidates(ctx, kept_groups)
        rows = [candidate_features(ctx, kept_groups[gi], entity) for gi, entity in found]
        best: dict[str, tuple[float, int, str]] = {}  # entity -> (probability, incident, role): one incident each
        for (gi, entity), (role, p) in zip(found, proposed(model.candidate, rows), strict=True):
            if p >= model.thresholds[3] and p > best.get(entity.id, (0.0,))[0]:
                best[entity.id] = (p, gi, role)
        for eid, (_p, gi, role) in best.items():
            added.setdefault(gi, []).append(Participant(eid, role))
    out: list[Event] = []
    for gi, group in enumerate(kept_groups):
        for ei, event in enumerate(group):
            parts = tuple(Participant(p.entity, p.role) for p in event.participants if (gi, ei, p.entity) in keep)
            if ei == 0:
                parts += tuple(added.get(gi, ()))
            label = event.label
            if parts != event.participants:
                named = [(by_id[p.entity].name if p.entity in by_id else p.entity, p.role) for p in parts]
                label = make_label(event.type, event.mentions[0].text, named, None, event.date, event.date_end)
            out.append(replace(event, participants=parts, label=label))
    used = {p.entity for e in out for p in e.participants}
    return sorted(out, key=lambda e: e.mentions[0].start), [e for e in described if e.id in used]
