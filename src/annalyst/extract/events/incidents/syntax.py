"""Small readings of a dependency parse shared by the incident modules: conjuncts, the object of a
preposition, the subject of a verb."""

from __future__ import annotations


def with_conjuncts(token) -> list:
    out = [token]
    for c in token.children:
        if c.dep_ in ("conj", "appos"):
            out.extend(with_conjuncts(c))
    return out


def pobj(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def subject_of(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head, c.dep_ == "nsubjpass"
            return c, c.dep_ == "nsubjpass"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    if verb.dep_ == "relcl":
        return verb.head, False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head, True
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subject, _ = subject_of(verb.head)
        return subject, False
    return None, False
