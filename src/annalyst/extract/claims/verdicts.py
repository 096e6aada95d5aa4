"""Verdicts the author passes on a claim without a reporting verb of his own: a difficulty after a claim
noun's clause ("make the claim that X impossible to sustain"), disbelief in what was just claimed ("I never
believed that"), and the author correcting the record ("In fact ...").

Split from :mod:`.rules` to keep modules small; the rules share its :class:`~.rules.Builder`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import clause_range, negative_subject, polarity_of
from .cues import ACCEPT_VERBS, CLAIM_NOUNS, DIFFICULTY_ADJECTIVES
from .holders import holder_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...model import Claim
    from .builder import Builder

_BELIEF_VERBS = frozenset({"believe", "think", "accept", "buy"})
_POINTERS = frozenset({"this", "that"})
#: sentence openers by which the author corrects the record in his own voice
_CORRECTIONS = frozenset({"in fact", "in reality", "in truth", "actually", "in plain words", "in other words",
                          "put simply", "simply put", "the truth is", "in short"})


def verdict_after(b: Builder, sent: Span) -> None:
    """ "The files make the claim that X impossible to sustain", "render the story that X hard to believe": a
    difficulty verdict after a claim noun's that-clause, hung anywhere by the parser, doubts the clause."""
    for noun in sent:
        if noun.lemma_ not in CLAIM_NOUNS or noun.pos_ != "NOUN" or b.quoted(noun):
            continue
        that = next((t for t in b.doc[noun.i + 1:min(noun.i + 3, sent.end)] if t.lower_ == "that"), None)
        if that is None:
            continue
        verdict = next((t for t in b.doc[that.i + 2:sent.end - 2] if t.lemma_ in DIFFICULTY_ADJECTIVES
                        and t.nbor(1).lower_ == "to" and t.nbor(2).lemma_ in ACCEPT_VERBS), None)
        if verdict is None:
            continue
        verbs = [t for t in b.doc[that.i + 1:verdict.i] if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
        if not verbs:
            continue
        lo, hi = noun.left_edge.i, verdict.i + 2
        if any(c.start <= b.doc[that.i + 1].idx < c.end for c in b.claims):
            continue  # another rule already took the clause
        b.add(lo, hi, verbs[0], holder="author", stance="doubts",
              cue=f"the {noun.text} that … {verdict.text} to {verdict.nbor(2).text}", flip=-1, confidence=0.7)


def disbelieved(b: Builder, sent: Span) -> None:
    """ "I never believed that.", "Nobody who knew the port believed it.": disbelief in what was just claimed
    doubts that claim (kept as ``target``), held by whoever disbelieves."""
    for verb in sent:
        if verb.lemma_ not in _BELIEF_VERBS or verb.pos_ != "VERB" or b.quoted(verb) or polarity_of(verb) > 0:
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or obj.lower_ not in _POINTERS | {"it"} or any(True for _ in obj.children):
            continue
        target = target_before(b, obj)
        if target is None:
            continue
        holder, _ = holder_of(b.ctx, verb)
        if holder is None:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            holder = "author" if subject is not None and negative_subject(subject) else None
        if holder is None:
            continue
        lo, hi = clause_range(verb)
        b.add(lo, hi, verb, holder=holder, stance="doubts", cue=f"{verb.text} {obj.text}", flip=-1,
              confidence=0.7, target=target)


def insisted(b: Builder, sent: Span) -> None:
    """ "In fact X had received ...", "In plain words, ...": the author sets the record straight in his own
    voice."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 5 or b.quoted(words[0]):
        return
    skip = next((n for n in (3, 2, 1) if " ".join(t.lower_ for t in words[:n]) in _CORRECTIONS), 0)
    if not skip:
        return
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return
    lo = words[skip + (words[skip].is_punct and 1)].i
    _, hi = clause_range(root)
    stance = "denies" if polarity_of(root) < 0 else "asserts"
    b.add(lo, hi, root, holder="author", stance=stance, cue=" ".join(t.text for t in words[:skip]),
          confidence=0.7)


def target_before(b: Builder, tok: Token) -> Claim | None:
    """The reported claim "this claim" points back to: the last claim of another holder before it, in
    the same paragraph or the one before (a pointer does not reach further back)."""
    found = None
    text = b.ctx.text
    for claim in reversed(b.claims):
        if found is not None:
            # "X claimed that Y was not involved but only knew about it": the conjuncts share the
            # report's holder and cue (and a sentence); the doubt is on the report's main clause, its first
            if claim.holder == found.holder and claim.cue == found.cue and \
                    not _SENTENCE_BREAK.search(text, claim.end, found.start):
                found = claim
                continue
            return found
        if claim.end <= tok.idx and claim.holder != "author" and \
                len(_PARAGRAPH_BREAK.findall(text, claim.end, tok.idx)) <= 1:
            found = claim
    return found


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

