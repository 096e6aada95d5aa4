"""Incident templates: the acts of one document grouped into incidents the way incident templates are (one
incident per class, a killing in the sentence of a bombing or an arson being its effect, not another
attack), dated and placed, and the described participants made entities of type ``OTHER``."""

from __future__ import annotations

from dataclasses import replace

from ....language.event_labels import make_label
from ....model import Event, LocalEntity, Mention, Participant, Span
from ...context import DocContext
from ..dating import dated_timexes, narrative_value, split_value
from ..incident_words import ARMED_FORCES, EXPLOSIVES
from .acts import Act
from .phrases import ACTOR_TYPES, Arg, NameIndex

EXTRACTOR = "events.v1"
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_EFFECTS = ("bombing", "arson")
#: the entity type of a described participant: an armed body is an organisation, a name read here a person
_DESCRIBED_TYPES = {"body": "ORG", "person": "PERSON"}  # classes whose sentence's killings are their effect


def make_incidents(ctx: DocContext, acts: list[Act], names: NameIndex) -> tuple[list[Event], list[LocalEntity]]:
    acts = [act for act in acts if not _clash(act)]
    # an attack with explosives is a bombing; a killing in the sentence of a bombing or an arson its effect
    for act in acts:
        if act.kind == "attack" and any(role == "instrument" and _explosive(arg) for arg, role in act.args):
            act.kind = "bombing"
    by_sent: dict[int, set[str]] = {}
    for act in acts:
        by_sent.setdefault(act.sent, set()).add(act.kind)
    for act in acts:
        if act.kind == "attack":
            for effect in _EFFECTS:
                if effect in by_sent[act.sent]:
                    act.kind = effect
                    break
    entities: dict[str, LocalEntity] = {}
    dated = dated_timexes(ctx)
    doc_id = ctx.doc_id
    told = []  # (act, participants, date, date_end, date source, place)
    for act in acts:
        parts: dict[str, str] = {}
        for arg, role in act.args:
            if role == "other":
                continue
            if arg.entity is not None:
                etype = names.types.get(arg.entity)
                if (role == "agent" and etype not in ACTOR_TYPES) or role == "instrument":
                    continue
                eid = arg.entity
            else:
                if arg.kind == "perpetrator" and role != "agent":
                    continue  # "killed three soldiers": a described victim, not a perpetrator
                eid = _described(ctx, arg, entities)
            parts.setdefault(eid, role)
        told.append((act, parts, *_date(ctx, act, dated), _place(ctx, act, names)))
    events: list[Event] = []
    for group in _effects(_group(told), lambda e: _name(ctx, entities, e)):
        if all(act.generic and not act.args for act, *_ in group):
            continue  # "a wave of bombings", "the attacks must stop": no one act reported
        first_id = None
        for act, parts, date, date_end, source, place in group:
            event_id = f"{doc_id}:I{act.start}"
            word = ctx.text[act.start:act.end]
            label = make_label(act.kind, word, [(_name(ctx, entities, e), r) for e, r in parts.items()], None,
                               date, date_end)
            events.append(Event(
                id=event_id, type=act.kind, label=label, date=date, date_end=date_end,
                participants=tuple(Participant(e, r) for e, r in parts.items()), place=place,
                mentions=(Span(doc_id, act.start, act.end, word),), mention_ids=(event_id,),
                extractor=EXTRACTOR, confidence=0.6, date_source=source, antecedent=first_id))
            first_id = first_id or event_id
    return _without_doubles(events, list(entities.values()), names)


def _clash(act: Act) -> bool:
    """Whether an act is a military clash: armed forces hit (soldiers, a rebel column) by armed forces
    or by no one named, not a terrorist incident ("guerrillas ambushed twenty soldiers", "two soldiers were
    killed in the fighting"). A name counts as an armed force by its last word ("the X Y army")."""
    patients = [arg for arg, role in act.args if role == "patient"]
    agents = [arg for arg, role in act.args if role == "agent"]
    if not patients or not all(_armed(arg) for arg in patients):
        return False
    return all(_armed(arg) for arg in agents)


def _armed(arg: Arg) -> bool:
    """Whether a participant is an armed force: the head of its description or the last word of its name."""
    words = arg.forms[0].lower().replace("-", " ").split()
    if not words:
        return False
    head = words[-1]
    return head in ARMED_FORCES or (head.endswith("s") and head[:-1] in ARMED_FORCES)


def _explosive(arg: Arg) -> bool:
    """Whether an instrument explodes ("a car bomb", "sticks of dynamite", "explosive devices")."""
    words = {w.lower() for form in arg.forms for w in form.replace("-", " ").split()}
    return bool({w[:-1] if w.endswith("s") else w for w in words} & EXPLOSIVES or words & EXPLOSIVES)


def _without_doubles(events: list[Event], described: list[LocalEntity], names: NameIndex
                     ) -> tuple[list[Event], list[LocalEntity]]:
    """A description whose words are already a name's mention is that name: one entity per span."""
    spans = {(s, e): eid for s, e, eid in names.spans}
    same: dict[str, str] = {}
    kept = []
    for entity in described:
        owner = next((spans[(m.start, m.end)] for m in entity.mentions if (m.start, m.end) in spans), None)
        if owner is not None:
            same[entity.id] = owner
        else:
            kept.append(entity)
    if not same:
        return events, kept
    out = []
    for event in events:
        roles: dict[str, str] = {}
        for p in event.participants:
            roles.setdefault(same.get(p.entity, p.entity), p.role)
        out.append(replace(event, participants=tuple(Participant(e, r) for e, r in roles.items())))
    return out, kept


def _effects(groups: list[list], name_of) -> list[list]:
    """A killing whose victim a bombing or an arson of the same report also hit was done by it ("X was
    killed when a bomb exploded"; "the killing of X" in the lead): one incident, of the bombing's class."""

    def keys(group):
        return {name_of(e).split()[-1].upper() for _, parts, *_ in group for e, r in parts.items()
                if r == "patient" and name_of(e)}

    out = [g for g in groups if g[0][0].kind != "attack"]
    for group in groups:
        if group[0][0].kind != "attack":
            continue
        home = next((g for g in out if g[0][0].kind in _EFFECTS and keys(g) & keys(group)), None)
        if home is None:
            out.append(group)
            continue
        for act, *_ in group:
            act.kind = home[0][0].kind
        home.extend(group)
    out.sort(key=lambda g: g[0][0].start)
    for g in out:
        g.sort(key=lambda item: item[0].start)
    return out


def _group(told: list) -> list[list]:
    """Acts of one class are one incident unless they hit other victims or targets (a second bombing, of
    another bank, is a second incident; "the bomb destroyed the bank" and "the bank's offices burned" are
    one when they name the same target)."""
    groups: list[list] = []
    for item in told:
        act, parts = item[0], item[1]
        patients = {e for e, r in parts.items() if r == "patient"}
        home = None
        for group in groups:
            if group[0][0].kind != act.kind:
                continue
            theirs = {e for _, p, *_ in group for e, r in p.items() if r == "patient"}
            near = act.sent == group[-1][0].sent  # one sentence tells one act
            if patients and theirs and not patients & theirs and not near:
                continue
            home = group
            break
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return groups


def _name(ctx: DocContext, described: dict[str, LocalEntity], eid: str) -> str:
    if eid in described:
        return described[eid].name
    entity = ctx.entity(eid)
    return entity.name if entity else eid


def _described(ctx: DocContext, arg: Arg, entities: dict[str, LocalEntity]) -> str:
    """The local id of the described participant ``arg``; one entity per wording in a document."""
    key = arg.forms[0].casefold()
    for entity in entities.values():
        if entity.name.casefold() == key:
            if not any(m.start == arg.start for m in entity.mentions):
                mention = Mention(ctx.doc_id, arg.start, arg.end, ctx.text[arg.start:arg.end], "OTHER",
                                  entity.id, extractor=EXTRACTOR, confidence=0.6)
                entities[entity.id] = LocalEntity(
                    entity.id, entity.doc, entity.name, entity.type,
                    tuple(dict.fromkeys((*entity.aliases, *arg.forms))), entity.descriptors,
                    (*entity.mentions, mention))
            return entity.id
    eid = f"{ctx.doc_id}:D{arg.start}"
    mention = Mention(ctx.doc_id, arg.start, arg.end, ctx.text[arg.start:arg.end], "OTHER", eid,
                      extractor=EXTRACTOR, confidence=0.6)
    etype = _DESCRIBED_TYPES.get(arg.kind, "OTHER")
    mention = replace(mention, type=etype)
    entities[eid] = LocalEntity(eid, ctx.doc_id, arg.forms[0], etype, arg.forms, (arg.kind,), (mention,))
    return eid


def _date(ctx: DocContext, act: Act, dated) -> tuple[str | None, str | None, str | None]:
    """The date of the sentence's timex nearest the act, else the narrative's time there."""
    line_start = ctx.text.rfind("\n\n", 0, act.start)
    line_end = ctx.text.find("\n\n", act.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    window = [(t, v) for t, v in dated if line_start < t.start < line_end and abs(t.start - act.start) < 200]
    if window:
        _t, value = min(window, key=lambda tv: abs(tv[0].start - act.start))
        date, end = split_value(value)
        return date, end, "sentence"
    value = narrative_value(ctx, act.start, dated)
    if value:
        date, end = split_value(value)
        return date, end, "narrative"
    return None, None, None


def _place(ctx: DocContext, act: Act, names: NameIndex) -> str | None:
    """The nearest place named after "in" or "near" within the act's paragraph line, if any."""
    best, best_gap = None, 150
    for s, _e, eid in names.spans:
        if names.types.get(eid) not in _PLACE_TYPES:
            continue
        before = ctx.text[max(0, s - 6):s].lower().split()
        if not before or before[-1] not in ("in", "near", "at"):
            continue
        gap = abs(s - act.start)
        if gap < best_gap:
            best, best_gap = eid, gap
    return best
