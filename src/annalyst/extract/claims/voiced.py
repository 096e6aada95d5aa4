"""Claims the other rules leave: the author's own statements in the first person or in the negative, and
denials of a charge named by a noun.

An op-ed or a memoir argues in the first person ("We advertised the tender
openly", "I never took a bribe") and by denial ("There was no secret
deadline", "No foreign firm ever submitted an offer"): the author puts those
forward, asserted or denied. A plain affirmative sentence about others ("The
plant employed 11,000 people") stays out: a record is not a claim until
someone argues it, and the rules before this one catch the argued ones.

"X has always denied any wrongdoing" denies a charge named by a noun, with
no clause to hold the proposition: X denies it.

Split from :mod:`.rules` to keep modules small; the rules share its
:class:`~.rules.Builder`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.modality import DENIAL_VERBS, MODALS
from ...language.reporting import CLAIM_VERBS
from .clauses import char_range, clause_range, negative_subject, polarity_of
from .cues import CLAIM_NOUNS, EVIDENCE_NOUNS, PREDICATE_NOUNS, REFUTING_VERBS
from .holders import holder_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .builder import Builder

#: verbs whose negation reports no stand taken ("did not comment", "did not know")
_NON_STATEMENTS = frozenset({
    "comment", "respond", "reply", "answer", "return", "say", "know", "remember", "want", "like", "need",
    "seem", "appear", "get", "go", "come", "see", "look", "mean", "let", "wait", "hear", "think", "expect",
})
_FIRST_PERSON = frozenset({"i", "we"})


def _main_clauses(sent: Span) -> list[Token]:
    root = sent.root
    return [root, *(c for c in root.conjuncts if c.pos_ in ("VERB", "AUX"))]


def _eligible(b: Builder, verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or b.quoted(verb) or b.covered(verb):
        return False
    if any(q.start <= verb.idx < q.end for q in b.ctx.quotes):
        return False  # a speaker's words: see quoted_statements
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    if verb.lemma_ in CLAIM_VERBS and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False  # "I know that ...": the report rule's
    return not verb.sent.text.rstrip().rstrip("”\"'’").endswith("?")


def _there_is_none(verb: Token) -> bool:
    """ "There was no secret deadline", "there were no shots": existence denied."""
    if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    return any(c.dep_ in ("attr", "dobj", "nsubj") and negative_subject(c) and c.lemma_ not in EVIDENCE_NOUNS
               for c in verb.children)  # "there is no evidence that ...": the doubt rule's


def _free(b: Builder, lo: int, hi: int) -> bool:
    """No claim of an earlier rule overlaps tokens ``lo``..``hi``."""
    start, end = char_range(b.doc, lo, hi)
    return not any(c.start < end and start < c.end for c in b.claims)


def own_voice(b: Builder, sent: Span) -> None:
    for verb in _main_clauses(sent):
        if not _eligible(b, verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        first_person = subject is not None and subject.lower_ in _FIRST_PERSON
        none = _there_is_none(verb)
        negated = none or (polarity_of(verb) < 0 and verb.lemma_ not in _NON_STATEMENTS
                           and verb.lemma_ not in REFUTING_VERBS)  # "the files show nothing": the refutation rule's
        if not (first_person or negated) or (verb.lemma_ == "be" and not none and not negated):
            continue
        holder = "author"
        if first_person:
            holder, _ = holder_of(b.ctx, verb)
            if holder != "author":
                continue
        lo, hi = clause_range(verb)
        if not _free(b, lo, hi):
            continue
        stance = "denies" if negated else "asserts"
        flip = -1 if none and polarity_of(verb) > 0 else 1  # "there was no X": the existence of X, denied
        b.add(lo, hi, verb, holder=holder, stance=stance, cue=None, flip=flip, confidence=0.5)


def denied_charges(b: Builder, sent: Span) -> None:
    for verb in sent:
        if verb.lemma_ not in DENIAL_VERBS or verb.pos_ != "VERB" or b.quoted(verb) or b.covered(verb):
            continue
        if not any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and c.lemma_ not in CLAIM_NOUNS
                   and c.lemma_ not in PREDICATE_NOUNS for c in verb.children):
            continue  # "denied claims that ...", "denied any involvement": the rules for those
        holder, _ = holder_of(b.ctx, verb)
        lo, hi = clause_range(verb)
        if not _free(b, lo, hi):
            continue
        stance = "denies" if holder is not None else "reports"
        b.add(lo, hi, verb, holder=holder, stance=stance, cue=verb.text, flip=-1, confidence=0.6)
