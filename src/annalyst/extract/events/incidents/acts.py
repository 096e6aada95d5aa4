"""Acts of political violence: which word of a parsed sentence reports one, and of which class."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..factuality import non_factual
from ..incident_words import DAMAGE_VERBS, EXPLOSIVES, INSTRUMENTS, NOUNS, VERBS, WEAK_INSTRUMENTS, WEAPON_VERBS
from .phrases import Arg, category_of
from .syntax import pobj, subject_of

_TRIED = frozenset({"attempt", "try", "threaten", "seek"})


@dataclass
class Act:
    kind: str
    start: int
    end: int
    sent: int
    args: list[tuple[Arg, str]] = field(default_factory=list)  # (argument, role)
    generic: bool = False  # a plural noun ("the attacks", "bombings"): a kind of act more than one act


def act_class(token) -> str | None:
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
        if kind is None and lemma in DAMAGE_VERBS:
            subject, passive = subject_of(token)
            agents = [c for p in token.children if p.dep_ == "agent" for c in p.children if c.dep_ == "pobj"]
            heads = [subject] if subject is not None and not passive else agents
            if any(category_of(h) == "instrument" or NOUNS.get(h.lemma_.lower()) == "bombing" for h in heads):
                kind = "bombing"  # "the bomb destroyed two vehicles", "the bank was damaged by the blast"
        if kind is None and lemma in ("take", "hold", "keep") and any(
                c.lemma_.lower() == "hostage" for c in token.children
                if c.dep_ in ("dobj", "oprd", "advmod", "npadvmod", "prep")):
            kind = "kidnapping"  # "were taken hostage", "held hostage"
        if kind is None and lemma in WEAPON_VERBS:
            heads = {o.lemma_.lower() for o in objects}
            if heads & (INSTRUMENTS - WEAK_INSTRUMENTS):
                kind = "bombing" if heads & EXPLOSIVES else "attack"
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
                c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None and pobj(c).pos_ == "PROPN"
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
