"""The builder the claim rules add their claims through: one per document, in text order, no duplicate spans.

Each rule (``rules.py``, ``quoted.py``, ``voiced.py``, ``verdicts.py``,
``assessments.py``) reads a sentence and calls :meth:`Builder.add`; the builder
analyses the proposition, gives the claim its id and keeps what later rules must
know (which clauses are reported, which claims are set apart, the voice of a
memorandum's minutes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...language.diplomatic import footnotes_start, is_diplomatic
from ...model import Claim, Quote
from ..context import DocContext
from .clauses import (
    Proposition,
    about_of,
    analyse,
    char_range,
    inside,
    inside_sorted,
    negative_subject,
    predicate_class,
    predicate_of,
    quoted_ranges,
    trim,
)
from .holders import places_of, quote_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

EXTRACTOR = "claims.v1"


class Builder:
    """Collects the claims of one document, in text order, without duplicate spans."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.doc = ctx.parsed
        self.places = places_of(ctx)
        self.quotations = quoted_ranges(ctx.text)
        self.claims: list[Claim] = []
        self.ids: set[str] = set()
        self.distinct: set[str] = set()  # ids of claims about an event set apart ("an earlier coup")
        self.reserved: list[tuple[int, int]] = []  # reported clauses: whatever is inside is not the author's
        # diplomatic prose (see .assessments): every stated main clause is a claim, in the voice of the
        # minutes (``voice``: whoever was reported last, reset with each unnumbered paragraph)
        self.diplomatic = is_diplomatic(ctx.document.title, ctx.text)
        self.voice: str | None = None
        self.voice_paragraph = -1
        self.notes_start = footnotes_start(ctx.text)
        self.parenthetical: dict[tuple[int, int], str | None] = {}  # sentence -> its parenthetical speaker

    def add(self, lo: int, hi: int, head: Token, *, holder: str | None, stance: str, cue: str | None,
            flip: int = 1, confidence: float = 0.8, target: Claim | None = None,
            predicate: str | None = None, agents: list[Token] | None = None) -> Claim | None:
        lo, hi = trim(self.doc, lo, hi)
        start, end = char_range(self.doc, lo, hi)
        if end - start < 8:
            return None
        for c in self.claims:
            if (c.start, c.end) == (start, end):
                return None
        if target is not None:
            prop = Proposition(target.predicate, -target.polarity if flip < 0 else target.polarity,
                               list(target.actors), list(target.actor_notes), target.event_type, list(target.dates))
            extra = target.about
        else:
            prop = analyse(self.ctx, head, lo, hi, self.places, predicate, agents)
            prop.polarity *= flip
            self._complete_answer(prop, head)
            extra = ()
        cid = f"{self.ctx.doc_id}:C{start}"
        if cid in self.ids:
            cid = f"{cid}-{end}"
        self.ids.add(cid)
        claim = Claim(
            id=cid, doc=self.ctx.doc_id, start=start, end=end, text=self.ctx.text[start:end], holder=holder,
            stance=stance, about=about_of(self.ctx, start, end, extra), extractor=EXTRACTOR,
            confidence=confidence, polarity=prop.polarity, predicate=prop.predicate, actors=tuple(prop.actors),
            event_type=prop.event_type, dates=tuple(prop.dates), target=target.id if target else None, cue=cue,
            actor_notes=tuple(prop.actor_notes))
        self.claims.append(claim)
        if (target is None and prop.distinct) or (target is not None and target.id in self.distinct):
            self.distinct.add(cid)
        return claim

    def _complete_answer(self, prop: Proposition, head: Token) -> None:
        """Fill what an answer leaves out from the question it answers.

        "Q: Did the French embassy know about the coup? A: No. Nobody outside the
        army knew." The answer elides the event ("knew" what?), and its subject
        "nobody" covers the embassy the question names: an answer with the
        question's predicate takes the question's event, dates and, under a
        negative subject, its actors.
        """
        quote = quote_at(self.ctx, head)
        if quote is None or (prop.actors and prop.event_type):
            return
        question = question_before(self, quote)
        if question is None:
            return
        asked = predicate_of(question)
        if (predicate_class(asked) or asked.lemma_) != prop.predicate:
            return
        lo, hi = trim(self.doc, question.sent.start, question.sent.end - 1)
        theirs = analyse(self.ctx, question, lo, hi, self.places)
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not prop.actors and subject is not None and negative_subject(subject):
            prop.actors, prop.actor_notes = theirs.actors, [f"{n}, whom the answer's '{subject.text}' covers"
                                                           for n in theirs.actor_notes]
        if not prop.event_type:
            prop.event_type, prop.distinct = theirs.event_type, theirs.distinct
        if not prop.dates:
            prop.dates = theirs.dates

    def dated(self) -> list[Claim]:
        """The claims, an undated one taking the date its event class has everywhere else in the document.

        "did not plan the coup" names no year, but when every dated mention of a
        coup in the document agrees ("August 1953", "1953"), that is the coup meant.
        """
        by_class: dict[str, set[str]] = {}
        for c in self.claims:
            if c.event_type and c.dates and c.id not in self.distinct:
                by_class.setdefault(c.event_type, set()).update(c.dates)
        out = []
        year = self._prevailing_year()
        for claim in self.claims:
            dates = by_class.get(claim.event_type or "", set())
            best = max(dates, key=len) if dates else None
            if (not claim.dates and best and claim.id not in self.distinct
                    and all(best.startswith(d) or d.startswith(best) for d in dates)):
                claim = replace(claim, dates=(best,), confidence=round(claim.confidence * 0.9, 3))  # noqa: PLW2901
            elif not claim.dates and claim.event_type and year and claim.id not in self.distinct:
                # "the coup" in a text that dates no coup: the year the text is about, less surely
                claim = replace(claim, dates=(year,), confidence=round(claim.confidence * 0.8, 3))  # noqa: PLW2901
            out.append(claim)
        return out

    def _prevailing_year(self) -> str | None:
        """The year most of the document's dates fall in, when one clearly leads; else None.

        The byline date is left out: it dates the writing, not what is written about.
        A memorandum dated 2 April 1966 that speaks of "last month" and "March 14"
        is about 1966; a retrospective published in 2019 that dates six things to
        1966 and one each to 1970 and 1985 is too.
        """
        published = self.ctx.document.published
        counts: dict[str, int] = {}
        for t in self.ctx.timexes:
            if t.type == "DATE" and t.value and t.value[:4].isdigit() and t.value != published:
                counts[t.value[:4]] = counts.get(t.value[:4], 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (ranked[0][1] < 2 and len(ranked) > 1) or (
                len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return ranked[0][0]

    def covered(self, tok: Token) -> bool:
        return any(c.start <= tok.idx < c.end for c in self.claims) or inside(self.reserved, tok.idx)

    def reserve(self, head: Token) -> None:
        self.reserved.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge)))

    def quoted(self, tok: Token) -> bool:
        return inside_sorted(self.quotations, tok.idx)


def question_before(b: Builder, quote: Quote) -> Token | None:
    """The head of the question a transcript turn answers: the turn just before it, when it asks one."""
    before = [q for q in b.ctx.quotes if q.end <= quote.start and quote.start - q.end < 200]
    if not before:
        return None
    asked = max(before, key=lambda q: q.end)
    text = b.ctx.text[asked.start: asked.end].rstrip()
    if not text.endswith("?"):
        return None
    span = b.doc.char_span(asked.start, asked.start + len(text), alignment_mode="expand")
    if span is None:
        return None
    sent = span[-1].sent
    return sent.root if sent.root.pos_ in ("VERB", "AUX") else None
