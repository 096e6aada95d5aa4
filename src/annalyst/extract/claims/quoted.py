"""Claims of quoted speakers: what a person says in a direct quotation or a transcript turn.

A speaker's own statement of fact ("Not one cent went to any middleman", "THE
MINISTER: The contract was never put to the cabinet.") is a claim the speaker
holds, asserted or, when negated, denied. Runs after every other rule, so it
only adds what they left: statements with no reporting verb, verdict or
predicate class of their own. What a quotation asks, orders, wishes or
promises ("We will not yield") puts no fact forward and gives no claim.

Split from :mod:`.rules` to keep modules small; the rule shares its
:class:`~.rules.Builder`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.modality import MODALS
from ...language.reporting import CLAIM_VERBS
from .clauses import clause_range, polarity_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .builder import Builder

#: dependencies of a clause that stands as a statement of its own inside a quotation
_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
#: verbs too light to carry a claim on their own
_LIGHT = frozenset({
    "be", "have", "do", "get", "let", "want", "hope", "wish", "like", "thank", "mean", "see",
})


def _statement(verb: Token) -> bool:
    """A finite main verb with a subject of its own, neither modal nor asked."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _LIGHT or verb.lemma_ in CLAIM_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False  # an imperative, or a fragment
    return not verb.sent.text.rstrip().rstrip("”\"'’").endswith("?")


def quoted_statements(b: Builder, sent: Span) -> None:
    for quote in b.ctx.quotes:
        if not quote.speaker or quote.end <= sent.start_char or quote.start >= sent.end_char:
            continue
        for verb in sent:
            if not quote.start <= verb.idx < quote.end or verb.dep_ not in _CLAUSES:
                continue
            if not _statement(verb) or b.covered(verb):
                continue
            lo, hi = clause_range(verb)
            stance = "asserts" if polarity_of(verb) > 0 else "denies"
            b.add(lo, hi, verb, holder=quote.speaker, stance=stance, cue=None, confidence=0.5)
