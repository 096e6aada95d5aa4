"""Claims of one document: propositions the author or a cited source puts forward, with holder and stance.

Rules read the dependency parse, sentence by sentence, in this order
(later rules see the claims of earlier ones; see :mod:`.rules`):

* **reported**: a reporting verb with a clausal complement ("X claimed that
  ..."): holder X, X's own stance (``denies`` when the complement is negated or
  the verb is "deny"), ``reports`` when no holder can be named;
* **framed**: a noun or adjective that frames a clause as false or true ("the
  myth that ...", "it is false that ...", "it is true that ..."): the author
  denies or asserts it;
* **judged role**: "the CIA's role in the coup is well documented / a myth": the
  author asserts or denies an actor's part named by a noun;
* **doubted**: "it is hard to accept this claim", "it is doubtful that ...": the
  author doubts the clause, or the reported claim "this claim" points back to
  (kept as ``target``);
* **verdicts** (:mod:`.verdicts`): "make the claim that X impossible to sustain",
  "I never believed that" (doubts), "In fact ..." (the author asserts);
* **hedged**: "allegedly", "so-called": the author doubts the clause;
* **refuted**: "the files show nothing of the kind", "there is no evidence of
  this": the author denies or doubts the claim just put forward by another;
* **backed**: "with the blessing of the French government": the backer's part
  in the event of the clause, as a claim of its own;
* **denied charges** (:mod:`.voiced`): "X denied any wrongdoing";
* **asserted**: the author's own agentive, causal or evaluative statements
  about actors and events ("X backed Y", "a coup supported by X"), outside
  quotations and outside the claims above; "For them, ..." makes it their view;
* **quoted statements** (:mod:`.quoted`): what a quoted speaker or a transcript
  turn states in their own words;
* **assessed** (:mod:`.assessments`): in cables and memoranda, every stated main
  clause is the sender's (or the voice of the minutes: the person last reported
  as speaking); "We believe", "Embassy considers", "the agency estimates";
* **own voice** (:mod:`.voiced`): the author's first-person and negative
  statements ("I never said ...", "That is propaganda");
* **revoiced** (:mod:`.assessments`): a parenthetical cue ("..., he said, ...")
  makes the whole sentence the speaker's.

Every rule adds its claims through one :class:`~.builder.Builder` per document.

Inside a quotation or a transcript turn ("THE PRESIDENT: I know that ..."),
first-person claims are the speaker's; an answer ("No. Nobody outside the army
knew.") takes what it leaves out from the question of the turn before.

Each claim carries the normalised proposition (predicate class, actors' sides,
event class, dates, polarity) that :mod:`annalyst.resolve.links` compares
across sources.
"""

from __future__ import annotations

from ...language.diplomatic import is_apparatus
from ...model import Claim
from ..context import DocContext
from .builder import Builder
from .holders import country_key
from .rules import RULES

__all__ = ["country_key", "extract_claims"]


def extract_claims(ctx: DocContext) -> list[Claim]:
    """Claims of one document, in text order; holders are local entity ids, "author" or None."""
    builder = Builder(ctx)
    apparatus: list[tuple[int, int]] = []
    for sent in ctx.parsed.sents:
        for rule in RULES:
            rule(builder, sent)
        if is_apparatus(sent.text):  # "Not printed", "The text is in telegram 12": no one's claim
            apparatus.append((sent.start_char, sent.end_char))
    kept = [c for c in builder.dated() if not any(lo <= c.start < hi for lo, hi in apparatus)]
    return sorted(kept, key=lambda c: (c.start, c.end))
