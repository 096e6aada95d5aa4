"""The participants noun phrases name: a name of the entities stage, or a description of a perpetrator,
an armed body, a target or an instrument ("urban guerrillas", "a car bomb"), or a person's name the
capitals hid; and the organisation perpetrators belong to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ....language.given_names import given_names
from ...context import DocContext
from ..incident_words import (
    INSTRUMENTS,
    MEMBERSHIP,
    NOUNS,
    PERPETRATOR_BODIES,
    PERPETRATORS,
    TARGETS,
    TITLE_WORDS,
    WEAK_INSTRUMENTS,
)
from .syntax import pobj

ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP"})
_DROP_DETS = frozenset({"det", "poss", "predet", "case", "punct"})
_QUANT = frozenset({"nummod", "quantmod"})
#: words that introduce a name rather than belong to it ("the so-called X cell")
_FUNCTION_WORDS = frozenset({"THE", "AND", "OF", "BY", "TO", "IN", "ON", "AT", "AS", "FOR", "WITH", "THAT", "WHO",
                             "FROM", "SAID", "WAS", "IS", "HIS", "HER", "MR", "MRS", "DR", "MSGR"})
_INTRODUCERS = frozenset({"so", "-", "called", "so-called", "self-styled", "alleged", "suspected"})


@dataclass
class Arg:
    start: int
    end: int
    forms: tuple[str, ...]  # name first, then other surface forms
    entity: str | None  # a named entity's local id, or None for a description
    kind: str  # perpetrator, target, instrument, person, name


class NameIndex:
    """The entities stage's names by character offset, and the descriptions made here, one per wording."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.types = {e.id: e.type for e in ctx.entities}
        self.spans = [(m.start, m.end, m.entity) for m in ctx.mentions()]
        self.described: dict[str, list] = {}  # key -> [name, forms, [(start, end)], kind]
        #: perpetrator noun -> the organisations the text said such perpetrators belong to ("X guerrillas")
        self.groups: dict[str, list[Arg]] = {}

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


def phrase_of(head, offset: int, text: str) -> tuple[int, int, tuple[str, ...]] | None:
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


def category_of(token) -> str | None:
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
        if obj is not None and category_of(obj) == "instrument":
            return "instrument"
    if lemma == "member":
        return "perpetrator"
    return None


def read_arg(token, offset: int, names: NameIndex) -> Arg | None:
    """The participant an argument headed by ``token`` names: a name of the entities stage on its head, else
    a description of a perpetrator, target or instrument, else a person's name the capitals hid from the
    entities stage, else nothing."""
    text = names.ctx.text
    start = offset + token.idx
    end = start + len(token)
    eid, s, e = names.name_at(start, end)
    category = category_of(token)
    if NOUNS.get(token.lemma_.lower()):
        return None  # "the explosion destroyed...": the act itself, whatever the capitals made of it
    if eid is not None and category is None:
        etype = names.types.get(eid)
        if etype in ACTOR_TYPES or etype == "FAC":
            # a name whose mention runs far past the phrase is the capitals' misreading, not this name
            phrase = token.left_edge.idx + offset, token.right_edge.idx + offset + len(token.right_edge)
            if etype == "PERSON" and token.pos_ == "NOUN" and " " not in text[s:e].strip() \
                    and not names.full_names(text[s:e].strip()):
                return None  # "the maid", "policemen": a description the capitals made look like a name,
                # unless the text gives it as a surname too
            if s >= phrase[0] - 2 and e <= phrase[1] + 2:
                kind = {"PERSON": "person", "FAC": "facility"}.get(etype, "name")
                if etype == "PERSON":
                    fuller = _given_name_before(s, e, names)
                    if fuller is not None:
                        return fuller
                return Arg(s, e, (text[s:e],), eid, kind)
        return None
    if category is None:
        return _person(token, offset, text, names)
    got = phrase_of(token, offset, text)
    if got is None:
        return None
    p_start, p_end, forms = got
    return Arg(p_start, p_end, forms, None, category)


def _person(token, offset: int, text: str, names: NameIndex) -> Arg | None:
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
    if any(category_of(t) for t in run):
        return None
    start, end = offset + run[0].idx, offset + run[-1].idx + len(run[-1])
    eid, _s, _e = names.name_at(start, end)
    if eid is not None and names.types.get(eid) not in ("PERSON", None):
        return None
    name = " ".join(text[start:end].split())
    return Arg(start, end, (*names.full_names(name), name), None, "person")


def _given_name_before(start: int, end: int, names: NameIndex) -> Arg | None:
    """A person's name the capitals cut short after its given name ("Z" or "Y Z" read as the name in "X Y Z"
    when X is a given name and Y no title or function word; "X Y" and "Z" read as two names a line break
    parts): the fuller name, as a described person."""
    text = names.ctx.text
    for s, e, eid in names.spans:
        gap = text[e:start]
        if s < start and e <= start and names.types.get(eid) == "PERSON" and gap.count("\n") == 1 \
                and not gap.strip():
            return Arg(s, end, (" ".join(text[s:end].split()), " ".join(text[start:end].split())), None, "person")
    words = list(re.finditer(r"[A-Za-z]+", text[max(0, start - 40):start]))[-2:]
    shift = max(0, start - 40)
    begin = None
    for n, word in enumerate(reversed(words)):
        w = word.group(0)
        if w.lower() in given_names():
            begin = shift + word.start()
            break
        if n or w.upper() in _FUNCTION_WORDS or w.lower() in TITLE_WORDS:
            break
    if begin is None or "\n\n" in text[begin:start] or re.search(r"[^A-Za-z\s]", text[begin:start]):
        return None
    if any(s < start and e > begin for s, e, _ in names.spans):
        return None  # the words are a name of their own
    short = " ".join(text[start:end].split())
    return Arg(begin, end, (" ".join(text[begin:end].split()), short), None, "person")


_ACRONYM = re.compile(r"\s*[(\[]([A-Z][A-Z-]{1,9})[)\]]")


def body_name(token, offset: int, text: str) -> Arg | None:
    """The name of an armed body read from the parse: words before an organisation's head noun ("the X Y
    army", "the Z liberation front"), with the acronym a bracket gives after it ("(XYA)")."""
    if category_of(token) != "body" or not any(c.dep_ in ("compound", "amod", "nmod") for c in token.lefts):
        return None
    got = phrase_of(token, offset, text)
    if got is None or " " not in got[2][0]:
        return None
    start, end, forms = got
    acronym = _ACRONYM.match(text, end)
    if acronym:
        forms = (*forms, acronym.group(1))
    return Arg(start, end, forms, None, "body")


def affiliation(token, offset: int, names: NameIndex) -> list[Arg]:
    """The organisation perpetrators belong to: "X guerrillas", "members of X", "the X cell of Y"."""
    out = []
    candidates = [c for c in token.lefts if c.dep_ in ("compound", "nmod")]
    if token.lemma_.lower() in MEMBERSHIP or token.lower_ in MEMBERSHIP or category_of(token) == "body":
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and pobj(of) is not None:
            candidates.append(pobj(of))
    text = names.ctx.text
    for c in candidates:
        start = offset + c.idx
        eid, s, e = names.name_at(start, start + len(c))
        named = body_name(c, offset, text)
        if named is not None and (eid is None or named.end - named.start > e - s):
            out.append(named)  # "guerrillas of the X Y army": the whole name, where the capitals cut it short
        elif eid is not None and names.types.get(eid) == "ORG":
            out.append(Arg(s, e, (text[s:e],), eid, "name"))
        elif eid is None and c.pos_ == "PROPN" and c.is_alpha and 2 <= len(c) <= 6 and category_of(c) is None:
            out.append(Arg(start, start + len(c), (text[start:start + len(c)],), None, "body"))
        elif category_of(c) == "body" and c.dep_ == "pobj":
            got = phrase_of(c, offset, text)
            if got is not None:
                out.append(Arg(got[0], got[1], got[2], None, "body"))
    if out and category_of(token) == "perpetrator":
        names.groups.setdefault(token.lemma_.lower(), []).extend(out)
    return out
