"""Events of one document: one record per event mention, typed, with participants, place and date.

An event is *mentioned* by a verb of the lexicon ("met", "overthrew",
"murdered"), a multi-word predicate ("took power", "rose to become") or an
event noun ("the coup", "a meeting", "the 1970 election"), the way ACE/ERE
annotate event triggers. Each mention becomes an :class:`~annalyst.model.Event`
with id ``"<doc id>:V<start>"``; participants and place are *local* entity ids
(the resolver rewrites them, then merges mentions of the same event within and
across documents, see :mod:`annalyst.resolve.events`).

Two kinds of mention point at another one through ``antecedent`` instead of
standing alone: a definite nominal mention with nothing of its own ("the
coup", "this election") refers to the latest event of its class before it, and
a mention inside another of the same class ("the coup that brought X to
power") is part of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...language.event_labels import make_label
from ...model import Event, Participant, Span
from ..context import DocContext, text_of
from .arguments import PLACE_TYPES, EntityIndex, arguments_of, entities_of, same_block
from .dating import dated_timexes, ends_interval, narrative_value, split_value, timex_roots
from .factuality import heading_spans, in_spans, non_factual
from .incidents import VIOLENT_CLASSES, read_incidents
from .lexicon import (
    ADJECTIVES,
    ATTEMPT_VERBS,
    COMPLEMENT_CLASSES,
    KIND_NAMING_CLASSES,
    LIGHT_VERBS,
    NOUNS,
    PARTY_CLASSES,
    UNWILLING,
    noun_class,
    verb_class,
)
from .memo import memo_fields

__all__ = ["extract_events", "make_label"]

EXTRACTOR = "events.v1"
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"})
_RANGE_OPENERS = frozenset({"between", "from"})


@dataclass
class _Trigger:
    """An event mention while the document is being read (spaCy tokens stay inside this module)."""

    head: object
    kind: str
    is_noun: bool
    light: object | None = None
    extra: list = field(default_factory=list)  # tokens that belong to the mention's span
    timexes: list = field(default_factory=list)  # (timex, value) governed by the trigger
    antecedent: _Trigger | None = None
    roles: list = field(default_factory=list)  # (local entity id, role)
    place: str | None = None
    date: str | None = None
    date_end: str | None = None
    source: str | None = None  # how the date was found

    @property
    def start(self) -> int:
        return min(t.idx for t in [self.head, *self.extra])

    @property
    def end(self) -> int:
        return max(t.idx + len(t) for t in [self.head, *self.extra])


def extract_events(ctx: DocContext) -> list[Event]:
    """Every event mention of the document, in text order; in a wire report set in capitals, its incidents
    of political violence (see :mod:`.incidents`) stand for the violent events the general lexicon finds."""
    events = _mentioned_events(ctx)
    incidents, described, read = read_incidents(ctx)
    if not read:
        return events
    dropped = {e.id for e in events if e.type in VIOLENT_CLASSES}
    kept = [e if e.antecedent not in dropped else replace(e, antecedent=None)
            for e in events if e.id not in dropped]
    ctx.entities.extend(described)
    ctx.invalidate()
    return sorted([*kept, *incidents], key=lambda e: e.mentions[0].start)


def _mentioned_events(ctx: DocContext) -> list[Event]:
    triggers = _find_triggers(ctx.parsed)
    if not triggers:
        return []
    by_token = {t.head.i: t for t in triggers}
    by_light = {t.light.i: t for t in triggers if t.light is not None and t.light.i not in by_token}
    dated = dated_timexes(ctx)
    assigned: set[str] = set()
    for timex, value, root in timex_roots(ctx, dated):
        if ends_interval(ctx, timex):
            assigned.add(timex.id)  # "held until 1970" dates no event, not even its sentence's
            continue
        owner, hops = _governing_trigger(root, by_token, by_light)
        if owner is not None and same_block(root, owner.head):
            owner.timexes.append((timex, value, hops))
            assigned.add(timex.id)
    index = EntityIndex(ctx)
    for trig in triggers:
        trig.roles, trig.place = arguments_of(trig.head, trig.light, index, is_noun=trig.is_noun)
        if trig.kind in COMPLEMENT_CLASSES and not trig.is_noun:
            trig.roles, trig.place = _with_complement(trig, index)
        trig.date, trig.date_end, trig.source = _date_of(ctx, trig, dated, assigned)
    memo = _memo_meeting(ctx, dated)
    if memo is not None:
        # the header's meeting is the record of its title word ("Memorandum of Conversation"), which the narrative
        # may have read as a meeting of its own: one event, the header's (its participants and date are the memo's)
        triggers = [memo, *(t for t in triggers if t.head.i != memo.head.i)]
        by_token[memo.head.i] = memo
    _link_parts(triggers, by_token)
    _link_nominals(triggers)

    names = {e.id: e.name for e in ctx.entities}
    ids = {id(trig): f"{ctx.doc_id}:V{trig.start}" for trig in triggers}
    referred = {id(t.antecedent) for t in triggers if t.antecedent is not None}
    events: list[Event] = []
    for trig in triggers:
        if _bare(trig) and id(trig) not in referred:
            continue
        roles, place = trig.roles, trig.place
        date, date_end, source = trig.date, trig.date_end, trig.source
        antecedent = ids[id(trig.antecedent)] if trig.antecedent is not None else None
        if antecedent is not None and source != "timex" and not roles:
            date, date_end, source = None, None, None  # the antecedent dates it
        word = ctx.text[trig.start:trig.end]
        label = make_label(trig.kind, word, [(names.get(e, e), r) for e, r in roles], names.get(place),
                           date, date_end)
        confidence = {"timex": 0.9, "sentence": 0.75, "narrative": 0.55}.get(source or "", 0.5)
        events.append(Event(
            id=ids[id(trig)], type=trig.kind, label=label, date=date, date_end=date_end,
            participants=tuple(Participant(e, r) for e, r in roles), place=place,
            mentions=(Span(ctx.doc_id, trig.start, trig.end, word),), mention_ids=(ids[id(trig)],),
            extractor=EXTRACTOR, confidence=confidence, date_source=source, antecedent=antecedent))
    return events


def _with_complement(trig: _Trigger, index: EntityIndex) -> tuple[list, str | None]:
    """A refusal, request, order or decision is about the act its infinitive names: "refused to pass the
    message to X", "asked Y to send arms to Z" involve X and Z. The complement's participants (its own subject
    aside, which is the act's) join the act's; its place is the act's when the act has none."""
    roles, place = list(trig.roles), trig.place
    holders = [trig.head]
    if trig.head.pos_ == "ADJ":  # "X was not willing to ...": the copula's subject refuses, it does not undergo
        roles = [(e, "agent") for e, _ in roles]
        holders.append(trig.head.head)
    for comp in (c for h in holders for c in h.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"):
        more, where = arguments_of(comp, None, index, is_noun=False)
        for obj in (c for c in comp.children if c.dep_ in ("dobj", "obj")):
            # "to sell rifles to X": the small parser hangs the recipient on the object
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
                more += [(e, "other") for g in prep.children if g.dep_ == "pobj" for e in entities_of(g, index)]
        known = {e for e, _ in roles}
        roles += [(e, "patient" if r == "patient" else "other") for e, r in more if r != "agent" and e not in known]
        place = place or where
    return roles, place


def _memo_meeting(ctx: DocContext, dated) -> _Trigger | None:
    """The meeting a memorandum of conversation records, from its header fields (see :mod:`.memo`): named
    by the meeting noun of its title ("MEMORANDUM OF CONVERSATION"), else by its participants' label."""
    fields = memo_fields(ctx.text)
    if fields is None:
        return None
    (p_start, p_end), place_range, date_range = fields
    doc = ctx.parsed
    # the meeting noun of the title ("MEMORANDUM OF CONVERSATION", "MINUTES OF THE TENTH MEETING"), which may
    # follow a security marking or the body's name
    title_end = p_start if p_start < 600 else min(len(ctx.text), 600)
    head = next((t for t in doc if t.idx < title_end and NOUNS.get(t.lower_) == "meeting"), None)
    if head is None:
        label = ctx.text.rfind("\n", 0, p_start) + 1
        span = doc.char_span(label, p_start, alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span[0]
    types = {e.id: e.type for e in ctx.entities}
    people = [m.entity for m in ctx.mentions_in(p_start, p_end) if types.get(m.entity) == "PERSON"]
    if not people:
        return None
    trig = _Trigger(head, "meeting", is_noun=True)
    trig.roles = [(e, "other") for e in dict.fromkeys(people)]
    if place_range is not None:
        trig.place = next((m.entity for m in ctx.mentions_in(*place_range) if types.get(m.entity) in PLACE_TYPES),
                          None)
    if date_range is not None:
        value = next((v for t, v in dated if date_range[0] <= t.start < date_range[1]), None)
        if value:
            trig.date, trig.date_end = split_value(value)
            trig.source = "timex"
    return trig


def _bare(trig: _Trigger) -> bool:
    """A mention that says neither who, where nor when ("prisoners were killed", "he said") and refers to no
    other: nothing a reader could check or a resolver could compare, so no event record."""
    if trig.kind in PARTY_CLASSES and not trig.roles and trig.antecedent is None:
        return True  # "the decision was taken in 1965": an act of speech or will is nothing without its party
    return not trig.roles and trig.place is None and trig.source != "timex" and trig.antecedent is None


def _find_triggers(doc) -> list[_Trigger]:
    """Event words of the narrative: headings and bylines name no event, and a negated, hypothetical or
    denied verb reports none (see :mod:`.factuality`)."""
    out: list[_Trigger] = []
    headings = heading_spans(text_of(doc))
    for token in doc:
        if in_spans(token.idx, headings):
            continue
        if _strikers(token):
            out.append(_Trigger(token, "strike", is_noun=False, light=_carrier(token.head)))
        elif token.pos_ == "VERB" or (token.pos_ == "AUX" and token.lemma_ != "be"):
            kind = verb_class(token)
            if kind is None or non_factual(token):
                continue
            if token.dep_ == "amod":  # "the elected government": a property, not an event
                continue
            extra = [c for c in token.children if c.dep_ in ("prt",)]
            extra += [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ("power", "control")]
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPT_VERBS and kind == "coup":
                kind = "attempt"
                extra.append(token.head)
            out.append(_Trigger(token, kind, is_noun=False, extra=extra))
        elif _unwilling(token):
            out.append(_Trigger(token, "refusal", is_noun=False, light=token.head))
        elif token.pos_ == "ADJ" and token.dep_ == "acomp" and ADJECTIVES.get(token.lemma_.lower()):
            if non_factual(token.head):
                continue
            out.append(_Trigger(token, ADJECTIVES[token.lemma_.lower()], is_noun=False, light=token.head))
        elif token.pos_ in ("NOUN", "PROPN"):
            kind = noun_class(token)
            if kind is None:
                continue
            if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB" and verb_class(token.head) == kind:
                continue  # "declared a state of emergency": the verb's event, named twice
            extra = [c for c in token.children if c.dep_ == "compound" and noun_class(c) is None
                     and c.lemma_.lower() in ("coup", "assassination", "murder")]
            if kind in KIND_NAMING_CLASSES:  # "the border incident", "a road-mining incident": the kind named
                extra += [c.left_edge for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                          and c.i < token.i and same_block(c, token)
                          and not any(noun_class(t) or (t.pos_ == "VERB" and verb_class(t)) for t in c.subtree)]
            light = _light_verb(token)
            if light is not None and non_factual(light):
                light = None  # "the story that X planned the coup is a myth": the coup, but not X's
            out.append(_Trigger(token, kind, is_noun=True, light=light, extra=extra))
    return out


def _unwilling(token) -> bool:
    """"We are not willing to relay it", "was not prepared to sell": a refusal, said as a denied will to act.
    The adjective needs its infinitive (on itself or, as the small parser often hangs it, on the copula)."""
    if token.pos_ != "ADJ" or token.dep_ != "acomp" or token.lemma_.lower() not in UNWILLING:
        return False
    copula = token.head
    if not (any(c.dep_ == "neg" for c in token.children) or any(c.dep_ == "neg" for c in copula.children)):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in [*token.children, *copula.children])


def _strikers(token) -> bool:
    """"Striking workers", "striking members of the union": a strike by those people. The parser tags the
    participle VERB, ADJ or (capitalised at a caption's start) PROPN; a singular head ("a striking
    resemblance") is the adjective's other sense."""
    head = token.head
    return token.lower_ == "striking" and token.dep_ == "amod" and (
        head.tag_ in ("NNS", "NNPS") or head.ent_type_ in ("ORG", "NORP"))


def _carrier(noun):
    """The verb whose subject ``noun`` is: "striking dockworkers *marching* on X in Y, 9 March" is a strike
    where the strikers march, so that verb's place and date are the strike's (a photo caption's shape)."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _light_verb(noun):
    """The verb that carries an event noun: "staged a coup", "went on strike", "the meeting took place"."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "attr") and head.lemma_.lower() in LIGHT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in LIGHT_VERBS \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _governing_trigger(root, by_token, by_light):
    """The nearest event above a timex in the tree (the timex's own head token counts), and how far up it is."""
    token = root
    seen = 0
    while seen < 40:
        if token.i in by_token and token.i != root.i:
            return by_token[token.i], seen
        if token.i in by_light:
            return by_light[token.i], seen
        if token.head.i == token.i:
            return None, seen
        token = token.head
        seen += 1
    return None, seen


_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis", "xcomp", "csubj"})


def _link_parts(triggers: list[_Trigger], by_token: dict) -> None:
    """A mention inside another mention of the same class is part of it ("the coup that brought X to power",
    "came to power in a coup"); a clause of its own ("rose to X before he was appointed Y") is another event."""
    for trig in triggers:
        token = trig.head
        hops = 0
        while hops < 4 and token.dep_ not in _CLAUSE_DEPS and token.head.i != token.i:
            token = token.head
            hops += 1
            other = by_token.get(token.i)
            if other is None:
                continue
            own = {v for _, v, _ in trig.timexes}
            theirs = {v for _, v, _ in other.timexes}
            if other.kind == trig.kind and not (own and theirs and not own & theirs):
                trig.antecedent = other
            break


def _link_nominals(triggers: list[_Trigger]) -> None:
    """A definite event noun ("the coup", "this election", "the 1962 coup") names no new event: it refers to
    the latest event of its class before it whose date it does not contradict (or, at the opening of a text,
    to one dated later in the same sentence). An indefinite one ("a coup attempt") is new."""
    for n, trig in enumerate(triggers):
        if not trig.is_noun or trig.antecedent is not None:
            continue
        owner = trig.head.head if trig.head.dep_ == "compound" else trig.head  # "the strike leader"
        dets = {c.lower_ for c in owner.children if c.dep_ in ("det", "poss")}
        if not dets & _DEFINITE:
            continue
        own_date = trig.date if trig.source == "timex" else None
        if own_date is None and any(role in ("agent", "patient") for _, role in trig.roles):
            continue  # "the meeting of X and Y" introduces its own participants: let the resolver compare
        before = [t for t in triggers[:n] if t.kind == trig.kind and _root(t) is not trig
                  and _compatible(own_date, t.date)]
        if before:
            trig.antecedent = before[-1]
            continue
        sent = trig.head.sent
        later = [t for t in triggers[n + 1:] if t.kind == trig.kind and t.head.sent == sent
                 and t.source == "timex" and _compatible(own_date, t.date)]
        if later:
            trig.antecedent = later[0]


def _compatible(a: str | None, b: str | None) -> bool:
    if not a:
        return True
    if not b:
        return False
    return a.startswith(b) or b.startswith(a)


def _root(trig: _Trigger) -> _Trigger:
    seen = 0
    while trig.antecedent is not None and seen < 50:
        trig = trig.antecedent
        seen += 1
    return trig


def _precision(value: str) -> int:
    return len(split_value(value)[0] or "")


_ABOUT = frozenset({"about", "on", "concerning", "regarding", "over"})


def _topic_of_a_noun(noun) -> bool:
    """ "a post about the sale", "a book on the coup": the event is what another thing is about."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _ABOUT and prep.head.pos_ == "NOUN"


def _opens_range(ctx: DocContext, timex) -> bool:
    before = ctx.text[max(0, timex.start - 9):timex.start].strip().lower().split()
    return bool(before) and before[-1] in _RANGE_OPENERS


def _date_of(ctx: DocContext, trig: _Trigger, dated, assigned) -> tuple[str | None, str | None, str | None]:
    """(date, date_end, how it was found)."""
    # a range opened by "between"/"from" first, then the most precise ("three months later, on 21 September"),
    # then the closest in the tree ("met X, 8 June 1958" over a byline date the parse hung on X)
    own = sorted(trig.timexes, key=lambda tv: (not _opens_range(ctx, tv[0]), -_precision(tv[1]), tv[2],
                                               tv[0].start))
    if own:
        first, value, _ = own[0]
        date, end = split_value(value)
        if end is None and _opens_range(ctx, first):
            # "between 1962 and 1980" read as two timexes: the second closes the range
            later = [(t, v) for t, v in dated if 0 < t.start - first.end < 12]
            if later and ctx.text[first.end:later[0][0].start].strip().lower() in ("and", "to", "until", "–", "-"):
                end = split_value(later[0][1])[0]
        return date, end, "timex"
    if trig.is_noun and _topic_of_a_noun(trig.head):
        return None, None, None  # "a blog post about the sale, last month": the post's date, not the sale's
    sent = trig.head.sent
    same = [(t, v) for t, v in dated if t.id not in assigned and sent.start_char <= t.start < sent.end_char
            and "\n\n" not in ctx.text[min(t.start, trig.start):max(t.start, trig.start)]]
    if same:
        same.sort(key=lambda tv: abs(tv[0].start - trig.start))
        date, end = split_value(same[0][1])
        return date, end, "sentence"
    value = narrative_value(ctx, trig.start, dated)
    if value:
        date, end = split_value(value)
        return date, end, "narrative"
    return None, None, None
