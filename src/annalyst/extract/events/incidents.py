"""Incidents of political violence: who attacked, bombed, kidnapped or burned what or whom, and with what.

An incident report names the act ("guerrillas *dynamited* a pylon", "the
*bombing* of the bank"), its perpetrators, its physical targets, its human
victims and its instruments (MUC-4's template slots). Many of these are not
names but descriptions: "urban guerrillas", "a bus", "a car bomb". Such a
description taking part in an incident becomes an entity of type ``OTHER`` of
its own (its mentions the descriptions), so an event can point at it like at
any name.

Roles come from the dependency parse of the act's word, as in
:mod:`.arguments` (subject of an active verb = ``agent``, object or passive
subject = ``patient``, "with X" = ``instrument``), and from what the phrase
denotes: a weapon is an instrument wherever it stands in the act's sentence
("a bomb exploded at the bank": the bomb is the instrument, the bank the
target), a building or vehicle after "at"/"in"/"against" is the target of a
bombing, a perpetrator noun ("gunmen", "terrorists") is the agent.

Wire services set whole messages in capitals, which spaCy's small model
tags as proper nouns (every word a name, no verb found). Such a document's
sentences that mention an act are parsed again in lower case (same offsets),
where the model reads the syntax right; names still come from the entities
stage.

Mentions of one document are grouped into incidents the way incident
templates are: one incident per class, a killing in the sentence of a
bombing or an arson being its effect, not another attack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...language.event_labels import make_label
from ...model import Event, LocalEntity, Mention, Participant, Span
from ..context import DocContext
from .dating import dated_timexes, narrative_value, split_value
from .factuality import non_factual
from .incident_words import (
    INSTRUMENTS,
    MEMBERSHIP,
    NOUNS,
    PERPETRATOR_BODIES,
    PERPETRATORS,
    TARGETS,
    TITLE_WORDS,
    VERBS,
    VICTIM_NOUNS,
    WEAK_INSTRUMENTS,
    WEAPON_VERBS,
)

EXTRACTOR = "events.v1"
#: classes of the general event lexicon an incident stands for in a document read as a wire report
VIOLENT_CLASSES = frozenset({"killing", "attack", "shooting", "death", "raid"})
_PERSON_TYPES = frozenset({"PERSON"})
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_AT = frozenset({"at", "in", "against", "on", "near", "outside", "inside", "into", "upon", "to"})
_DROP_DETS = frozenset({"det", "poss", "predet", "case", "punct"})
_QUANT = frozenset({"nummod", "quantmod"})
_LIGHT = frozenset({"carry", "perpetrate", "commit", "launch", "stage", "mount", "conduct", "make"})
_EFFECTS = ("bombing", "arson")
#: verbs whose infinitive complement is an act attempted or threatened, which incident reports count
_TRIED = frozenset({"attempt", "try", "threaten", "seek"})
_DAMAGE_VERBS = frozenset({"destroy", "damage", "demolish", "wreck", "shatter", "devastate"})
#: the entity type of a described participant: an armed body is an organisation, a name read here a person
_DESCRIBED_TYPES = {"body": "ORG", "person": "PERSON"}  # classes whose sentence's killings are their effect
_TRIGGER_RE = re.compile(
    r"\b(?:kill|murder|assassin|massacr|attack|assault|ambush|machine-?gun|shoot|shot|wound|injur|tortur|stab|"
    r"raid|slay|slain|slew|execut|gunned|bomb|explo|blast|detonat|dynamit|blew|blown|blow|kidnap|abduct|burn|"
    r"torch|set fire|arson|rob|stole|steal|loot|hijack|hold-?up|stoppage|hurl|threw|grenade|plant|responsib|"
    r"attribut|blame|victim|identified|death|hostage|disappear|destroy|damag|demolish|wreck|shatter|devastat)", re.I)
_DATELINE = re.compile(r"^\s*[^\n]{0,120}?\)\s*--\s*", re.S)
_NOTE = re.compile(r"\[(?:TEXT|CONTINUED|PASSAGE OMITTED|EXCERPTS?|[A-Z ]*INDISTINCT|[A-Z ]*RECORDING)\]")
#: words that introduce a name rather than belong to it ("the so-called X cell")
_FUNCTION_WORDS = frozenset({"THE", "AND", "OF", "BY", "TO", "IN", "ON", "AT", "AS", "FOR", "WITH", "THAT", "WHO",
                             "FROM", "SAID", "WAS", "IS", "HIS", "HER", "MR", "MRS", "DR", "MSGR"})
_INTRODUCERS = frozenset({"so", "-", "called", "so-called", "self-styled", "alleged", "suspected"})
_SENT_END = re.compile(r"(?<=[.?!])(?<!\b[A-Z]\.)(?<!\bNO\.)[\"']?\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


@dataclass
class _Arg:
    start: int
    end: int
    forms: tuple[str, ...]  # name first, then other surface forms
    entity: str | None  # a named entity's local id, or None for a description
    kind: str  # perpetrator, target, instrument, person, name


@dataclass
class _Act:
    kind: str
    start: int
    end: int
    sent: int
    args: list[tuple[_Arg, str]] = field(default_factory=list)  # (argument, role)
    generic: bool = False  # a plural noun ("the attacks", "bombings"): a kind of act more than one act


def capitalised(text: str) -> bool:
    """Whether a text is set in capitals throughout (a wire message): nine letters in ten upper case."""
    letters = [c for c in text[:4000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges of a text by its punctuation and blank lines (capitals defeat the parser's own split);
    an initial like "U.S." ends no sentence."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _parse_text(text: str) -> str:
    """The text as the parser reads it: lower case, the dateline and editorial notes blanked (same length)."""
    m = _DATELINE.match(text)
    if m and m.end() < 250:
        text = " " * m.end() + text[m.end():]
    text = _NOTE.sub(lambda n: " " * len(n.group()), text)
    return text.lower().replace("\n", " ")


def _parses(ctx: DocContext) -> list[tuple[int, object]]:
    """``(offset, parsed sentence)`` for every sentence that may report an act."""
    text = ctx.text
    if not capitalised(text):
        return []
    flat = _parse_text(text)
    if len(flat) != len(text):
        return []
    ranges = [(s + len(flat[s:e]) - len(flat[s:e].lstrip()), e) for s, e in sentences(text)
              if _TRIGGER_RE.search(flat[s:e])]
    if not ranges:
        return []
    from ...nlp import load_model

    nlp = load_model()
    disable = [p for p in ("ner",) if p in nlp.pipe_names]
    docs = nlp.pipe((flat[s:e] for s, e in ranges), disable=disable)
    return [(s, doc) for (s, _), doc in zip(ranges, docs, strict=True)]


def read_incidents(ctx: DocContext) -> tuple[list[Event], list[LocalEntity]]:
    """Incident events of a document set in capitals, and the described participants they point at."""
    parses = _parses(ctx)
    if not parses:
        return [], []
    names = _NameIndex(ctx)
    acts: list[_Act] = []
    loose: list[tuple[int, _Arg, str]] = []  # (offset, argument, role) said of the incident outside its act
    for n, (offset, doc) in enumerate(parses):
        for token in doc:
            kind = _act_class(token)
            if kind is not None:
                act = _Act(kind, offset + token.idx, offset + token.idx + len(token), n,
                           generic=token.tag_ in ("NNS", "NNPS"))
                _arguments(token, offset, act, names)
                acts.append(act)
            loose.extend((offset + token.idx, arg, role) for arg, role in _told_apart(token, offset, names))
        _sentence_extras(doc, offset, [a for a in acts if a.sent == n], names)
    if not acts:
        return [], []
    for position, arg, role in loose:
        before = [a for a in acts if a.start <= position]
        (before[-1] if before else acts[0]).args.append((arg, role))
    return _incidents(ctx, acts, names)


# ------------------------------------------------------------------ acts


def _act_class(token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        kind = VERBS.get(lemma)
        particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if lemma == "blow" and "up" not in particles:
            kind = None
        if lemma == "gun" and "down" not in particles:
            kind = None
        if (lemma == "set" and any(o.lemma_ == "fire" for o in objects)) or (
                lemma == "set" and any(c.dep_ == "prep" and any(g.lemma_ == "fire" for g in c.children)
                                       for c in token.children)):
            kind = "arson"
        if kind is None and lemma in _DAMAGE_VERBS:
            subject, passive = _subject(token)
            agents = [c for p in token.children if p.dep_ == "agent" for c in p.children if c.dep_ == "pobj"]
            heads = [subject] if subject is not None and not passive else agents
            if any(_category(h) == "instrument" or NOUNS.get(h.lemma_.lower()) == "bombing" for h in heads):
                kind = "bombing"  # "the bomb destroyed two vehicles", "the bank was damaged by the blast"
        if kind is None and lemma in ("take", "hold", "keep") and any(
                c.lemma_.lower() == "hostage" for c in token.children
                if c.dep_ in ("dobj", "oprd", "advmod", "npadvmod", "prep")):
            kind = "kidnapping"  # "were taken hostage", "held hostage"
        if kind is None and lemma in WEAPON_VERBS:
            heads = {o.lemma_.lower() for o in objects}
            if heads & (INSTRUMENTS - WEAK_INSTRUMENTS):
                kind = "bombing" if heads & {"bomb", "dynamite", "explosive", "grenade", "molotov", "charge",
                                             "tnt", "petard", "device"} else "attack"
        if kind is None or non_factual(token):
            return None
        if token.dep_ == "amod":
            return None
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and \
                token.head.lemma_.lower() not in _TRIED:
            return None  # "came to assassinate X", "ready to attack": a purpose, not an act
        return kind
    if token.pos_ in ("NOUN", "PROPN"):
        kind = NOUNS.get(lemma)
        if kind is None and token.lower_.endswith("s"):
            kind = NOUNS.get(token.lower_[:-1])
        if kind is None and lemma == "death" and any(
                c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None and _pobj(c).pos_ == "PROPN"
                for c in token.children):
            kind = "attack"  # "the death of X" in a report of violence: X was killed
        if kind is None:
            return None
        if token.dep_ == "compound" and NOUNS.get(token.head.lemma_.lower()) is None:
            return None  # "the kidnapping ring", "the murder case": a thing named after an act
        if kind == "attack" and lemma == "crime" and not any(c.dep_ == "prep" and c.lower_ == "against"
                                                             for c in token.children):
            return None
        return kind
    return None


# ------------------------------------------------------------------ arguments


class _NameIndex:
    """The entities stage's names by character offset, and the descriptions made here, one per wording."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.types = {e.id: e.type for e in ctx.entities}
        self.spans = [(m.start, m.end, m.entity) for m in ctx.mentions()]
        self.described: dict[str, list] = {}  # key -> [name, forms, [(start, end)], kind]

    def full_names(self, name: str) -> tuple[str, ...]:
        """Fuller forms of a person's name earlier in the text ("X Y Z" for a later "Y Z"): a surname pair
        of a wire report is the full name it gave first."""
        text = self.ctx.text
        flat = " ".join(text.split())
        for found in re.finditer(r"\b([A-Z]{2,}) " + re.escape(name) + r"\b", flat):
            word = found.group(1)
            if word.lower() not in TITLE_WORDS and word not in _FUNCTION_WORDS:
                return (f"{word} {name}",)
        return ()

    def name_at(self, start: int, end: int) -> tuple[str | None, int, int]:
        """The entity whose mention covers most of ``[start, end)``."""
        best, best_len, span = None, 0, (start, end)
        for s, e, eid in self.spans:
            overlap = min(end, e) - max(start, s)
            if overlap > best_len:
                best, best_len, span = eid, overlap, (s, e)
        return best, span[0], span[1]


def _phrase(head, offset: int, text: str) -> tuple[int, int, tuple[str, ...]] | None:
    """Character range and surface forms of the noun phrase headed by ``head``: its pre-modifiers without
    determiners; without numbers; its compounds alone; with its "of" phrase."""
    left = [c for c in head.lefts if c.dep_ not in _DROP_DETS and c.dep_ != "cc"]
    kept = [t for c in left for t in c.subtree if t.dep_ not in _DROP_DETS]
    tokens = sorted([*kept, head], key=lambda t: t.i)
    # contiguous run ending at the head
    run = [head]
    for t in reversed(tokens[:-1]):
        if t.i == run[0].i - 1 and t.lower_ not in ("the", "a", "an", ",", "and") and not t.is_space:
            run.insert(0, t)
        else:
            break
    while len(run) > 1 and run[0].lower_ in _INTRODUCERS:
        run.pop(0)

    def span(ts):
        return offset + ts[0].idx, offset + ts[-1].idx + len(ts[-1])

    def form(ts):
        s, e = span(ts)
        return " ".join(text[s:e].split())

    start, end = span(run)
    forms = [form(run)]
    unquantified = [t for t in run if t.dep_ not in _QUANT and not t.like_num]
    if unquantified and unquantified[0] is not run[0] and unquantified[-1] is head:
        forms.append(form(unquantified))
    core = [t for t in run if t.dep_ == "compound" or t is head]
    if core and core[0].i + len(core) - 1 == head.i:
        forms.append(form(core))
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        obj = next((g for g in of.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i - head.i <= 8:
            last = obj.right_edge
            tail = offset + last.idx + len(last)
            forms.append(" ".join(text[start:tail].split()))
            if core and core[0] is not run[0]:
                forms.append(" ".join(text[offset + core[0].idx:tail].split()))
    forms = [f.strip(" ,.;:'\"") for f in forms]
    return start, end, tuple(dict.fromkeys(f for f in forms if f))


def _category(token) -> str | None:
    lemma = token.lemma_.lower()
    word = token.lower_
    if lemma in INSTRUMENTS or word in INSTRUMENTS:
        if lemma in WEAK_INSTRUMENTS and not any(c.dep_ in ("amod", "compound") for c in token.children):
            return None
        return "instrument"
    if lemma in PERPETRATORS or word in PERPETRATORS:
        return "perpetrator"
    if lemma in PERPETRATOR_BODIES or word in PERPETRATOR_BODIES:
        return "body"
    if lemma in TARGETS or word in TARGETS:
        return "target"
    if lemma in ("kg", "kilogram", "pound", "stick", "package", "load", "quantity") or word in ("kgs",):
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and _category(obj) == "instrument":
            return "instrument"
    if lemma == "member":
        return "perpetrator"
    return None


def _arg(token, offset: int, names: _NameIndex) -> _Arg | None:
    """The participant an argument headed by ``token`` names: a name of the entities stage on its head, else
    a description of a perpetrator, target or instrument, else a person's name the capitals hid from the
    entities stage, else nothing."""
    text = names.ctx.text
    start = offset + token.idx
    end = start + len(token)
    eid, s, e = names.name_at(start, end)
    category = _category(token)
    if NOUNS.get(token.lemma_.lower()):
        return None  # "the explosion destroyed...": the act itself, whatever the capitals made of it
    if eid is not None and category is None:
        etype = names.types.get(eid)
        if etype in _ACTOR_TYPES or etype == "FAC":
            # a name whose mention runs far past the phrase is the capitals' misreading, not this name
            phrase = token.left_edge.idx + offset, token.right_edge.idx + offset + len(token.right_edge)
            if etype == "PERSON" and token.pos_ == "NOUN" and " " not in text[s:e].strip() \
                    and not names.full_names(text[s:e].strip()):
                return None  # "the maid", "policemen": a description the capitals made look like a name,
                # unless the text gives it as a surname too
            if s >= phrase[0] - 2 and e <= phrase[1] + 2:
                kind = {"PERSON": "person", "FAC": "facility"}.get(etype, "name")
                return _Arg(s, e, (text[s:e],), eid, kind)
        return None
    if category is None:
        return _person(token, offset, text, names)
    got = _phrase(token, offset, text)
    if got is None:
        return None
    p_start, p_end, forms = got
    return _Arg(p_start, p_end, forms, None, category)


def _person(token, offset: int, text: str, names: _NameIndex) -> _Arg | None:
    """A person's name read from the lower-case parse: two or more proper nouns ending at ``token``, without
    the titles before them ("presidential candidate X Y" is X Y)."""
    run = [token]
    for t in reversed(list(token.lefts)):
        if t.dep_ == "compound" and t.i == run[0].i - 1:
            run.insert(0, t)
        else:
            break
    while run and (run[0].lower_.strip(".") in TITLE_WORDS or run[0].pos_ != "PROPN"):
        run.pop(0)
    if len(run) < 2 or any(t.lower_.strip(".") in TITLE_WORDS or not t.is_alpha for t in run):
        return None
    if any(_category(t) for t in run):
        return None
    start, end = offset + run[0].idx, offset + run[-1].idx + len(run[-1])
    eid, _s, _e = names.name_at(start, end)
    if eid is not None and names.types.get(eid) not in ("PERSON", None):
        return None
    name = " ".join(text[start:end].split())
    return _Arg(start, end, (*names.full_names(name), name), None, "person")


def _affiliation(token, offset: int, names: _NameIndex) -> list[_Arg]:
    """The organisation perpetrators belong to: "X guerrillas", "members of X", "the X cell of Y"."""
    out = []
    candidates = [c for c in token.lefts if c.dep_ in ("compound", "nmod")]
    if token.lemma_.lower() in MEMBERSHIP or token.lower_ in MEMBERSHIP or _category(token) == "body":
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and _pobj(of) is not None:
            candidates.append(_pobj(of))
    text = names.ctx.text
    for c in candidates:
        start = offset + c.idx
        eid, s, e = names.name_at(start, start + len(c))
        if eid is not None and names.types.get(eid) == "ORG":
            out.append(_Arg(s, e, (text[s:e],), eid, "name"))
        elif eid is None and c.pos_ == "PROPN" and c.is_alpha and 2 <= len(c) <= 6 and _category(c) is None:
            out.append(_Arg(start, start + len(c), (text[start:start + len(c)],), None, "body"))
        elif _category(c) == "body" and c.dep_ == "pobj":
            got = _phrase(c, offset, text)
            if got is not None:
                out.append(_Arg(got[0], got[1], got[2], None, "body"))
    return out


def _told_apart(token, offset: int, names: _NameIndex) -> list[tuple[_Arg, str]]:
    """Participants a sentence gives outside the act's clause: who claimed responsibility or is blamed ("X
    claimed responsibility", "attributed the attack to X"), who the victims were ("the victims were
    identified as X and Y")."""
    lemma = token.lemma_.lower()
    heads = []
    role = "agent"
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "authorship")
                                for c in token.children):
        subject, passive = _subject(token)
        heads = [subject] if subject is not None and not passive else []
    elif lemma == "attribute":
        heads = [_pobj(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
    elif lemma in ("blame", "accuse"):
        heads = [c for c in token.children if c.dep_ == "dobj"]
    elif lemma == "identify" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in VICTIM_NOUNS
                                     for c in token.children):
        heads = [_pobj(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "as"]
        role = "patient"
    out = []
    for head in heads:
        if head is None:
            continue
        for t in _with_conjuncts(head):
            arg = _arg(t, offset, names)
            if arg is None:
                continue
            if role == "patient" and arg.kind != "person":
                continue
            if role == "agent" and arg.kind not in ("perpetrator", "body", "name", "person"):
                continue
            out.append((arg, role))
            if role == "agent":
                out.extend((body, "agent") for body in _affiliation(t, offset, names))
    return out


def _with_conjuncts(token) -> list:
    out = [token]
    for c in token.children:
        if c.dep_ in ("conj", "appos"):
            out.extend(_with_conjuncts(c))
    return out


def _pobj(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head, c.dep_ == "nsubjpass"
            return c, c.dep_ == "nsubjpass"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "relcl":
        return verb.head, False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head, True
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subject, _ = _subject(verb.head)
        return subject, False
    return None, False


def _arguments(trigger, offset: int, act: _Act, names: _NameIndex) -> None:
    """Fill ``act.args`` from the parse around the act's word."""

    def add(token, role):
        for t in _with_conjuncts(token):
            arg = _arg(t, offset, names)
            if arg is None:
                continue
            act.args.append((arg, _role(arg, role, act.kind)))
            if arg.kind in ("perpetrator", "body") and act.args[-1][1] == "agent":
                act.args.extend((body, "agent") for body in _affiliation(t, offset, names))

    def preps(token):
        for c in token.children:
            if c.dep_ not in ("prep", "agent"):
                continue
            obj = _pobj(c)
            if obj is None:
                continue
            word = c.lower_
            if word == "by":
                add(obj, "agent")
            elif word == "with":
                add(obj, "instrument")
            elif word == "of" and token.pos_ == "NOUN":
                add(obj, "of")
            elif word in _AT:
                add(obj, "at")
                if obj.lemma_.lower() in ("front", "door", "entrance", "side"):  # "in front of the bank"
                    inner = next((g for g in obj.children if g.dep_ == "prep"), None)
                    if inner is not None and _pobj(inner) is not None:
                        add(_pobj(inner), "at")

    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in trigger.children:
            if c.dep_ == "poss":
                add(c, "of" if act.kind in ("kidnapping",) or trigger.lemma_ in ("murder", "assassination")
                    else "agent")
            elif c.dep_ in ("compound", "amod", "nmod") and _category(c) not in ("perpetrator", "body"):
                add(c, "modifier")  # "a dynamite attack", "the X attack"; a "guerrilla attack" names no one
        preps(trigger)
        head = trigger.head
        if trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and head.lemma_.lower() in _LIGHT:
            subject, passive = _subject(head)
            if subject is not None and subject is not trigger and not passive:
                add(subject, "agent")
            preps(head)
        elif trigger.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
            for c in head.children:  # "the explosion destroyed the bank"
                if c.dep_ == "dobj":
                    add(c, "object")
            preps(head)
        return
    subject, passive = _subject(trigger)
    if subject is not None:
        add(subject, "object" if passive else "subject")
    for c in trigger.children:
        if c.dep_ in ("dobj", "obj"):
            add(c, "object")
    preps(trigger)


def _role(arg: _Arg, slot: str, kind: str) -> str:
    """The role of an argument from where it stands (``slot``) and what it denotes."""
    if arg.kind == "instrument":
        return "instrument"
    if arg.kind == "perpetrator":
        return "agent" if slot in ("subject", "agent", "modifier", "of") else "patient"
    if arg.kind == "target":
        return "patient" if slot in ("object", "at", "of") else "other"
    if arg.kind == "body":
        return "agent" if slot in ("subject", "agent", "modifier") else "other"
    # a name: a place or a time after "at" or "in" is no target, a building is; an organisation hit is a
    # target only by a building or vehicle of its name ("the X Bank", "the Y Embassy")
    if slot in ("subject", "agent", "modifier"):
        return "agent"
    if slot in ("object", "of"):
        physical = arg.kind in ("person", "facility") or arg.forms[0].split()[-1].lower() in TARGETS
        return "patient" if physical else "other"
    return "patient" if slot == "at" and arg.kind == "facility" else "other"


_KEEPING = frozenset({"seize", "confiscate", "find", "recover", "discover", "capture", "carry", "possess",
                      "have", "steal", "smuggle", "hide", "store", "deactivate", "defuse", "dismantle"})


def _kept(token) -> bool:
    """A weapon that is the object (or passive subject) of finding, seizing or carrying it."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _KEEPING


def _hit(token) -> bool:
    """Whether a building or vehicle stands where a report puts what an act hit, whatever the parse hangs it
    on: after "against" or "into"."""
    return token.dep_ == "pobj" and token.head.lower_ in ("against", "into")


def _sentence_extras(doc, offset: int, acts: list[_Act], names: _NameIndex) -> None:
    """Weapons named anywhere in an act's sentence are its instruments; perpetrator descriptions that are the
    subject of a clause or follow "by" are its agents (shared by the sentence's acts); "one of the
    guerrillas" and an apposition are not."""
    if not acts:
        return
    taken = {(a.start, a.end) for act in acts for a, _ in act.args}
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        category = _category(token)
        if category == "target" and any(a.kind != "kidnapping" for a in acts) and _hit(token):
            arg = _arg(token, offset, names)
            if arg is not None and (arg.start, arg.end) not in taken:
                taken.add((arg.start, arg.end))
                acts[0].args.append((arg, "patient"))
            continue
        if category not in ("instrument", "perpetrator"):
            continue
        if token.dep_ in ("compound", "amod", "poss"):
            continue
        arg = _arg(token, offset, names)
        if arg is None or (arg.start, arg.end) in taken:
            continue
        if category == "instrument" and _kept(token):
            continue  # "police seized rifles": weapons found or carried, not used
        if category == "perpetrator" and token.dep_ not in ("nsubj", "pobj"):
            continue
        if category == "perpetrator" and token.dep_ == "pobj" and token.head.lower_ != "by":
            continue
        taken.add((arg.start, arg.end))
        role = "instrument" if category == "instrument" else "agent"
        acts[0].args.append((arg, role))


# ------------------------------------------------------------------ incidents


def _incidents(ctx: DocContext, acts: list[_Act], names: _NameIndex) -> tuple[list[Event], list[LocalEntity]]:
    # a killing in the sentence of a bombing or an arson is that act's effect
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
                if (role == "agent" and etype not in _ACTOR_TYPES) or role == "instrument":
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


def _without_doubles(events: list[Event], described: list[LocalEntity], names: _NameIndex
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


def _described(ctx: DocContext, arg: _Arg, entities: dict[str, LocalEntity]) -> str:
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


def _date(ctx: DocContext, act: _Act, dated) -> tuple[str | None, str | None, str | None]:
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


def _place(ctx: DocContext, act: _Act, names: _NameIndex) -> str | None:
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
