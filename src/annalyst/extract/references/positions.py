"""Where things are in one parsed document, for the reference resolver: tokens, paragraphs, mentions, quoted words.

:class:`Positions` holds the document's state the resolver reads (the parse,
the text, the paragraphs, the entity mentions in text order, the quoted
passages) and answers position questions: the tokens or mentions between two
offsets, the paragraph of an offset, whether an offset lies in quoted words
other than those around the reference being resolved. The quote rules
specialise it with their own nested quotations (``quotes/layout.py``).
"""

from __future__ import annotations

import bisect
import re

from ...model import Mention
from ..context import DocContext

# Dependencies of a clause's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_LEFT_MODIFIERS = ("det", "compound", "amod", "poss", "nummod", "flat", "nmod", "case", "punct")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blank-line separated, or line by line when the text has no blank line."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    if not breaks:
        breaks = list(re.finditer(r"\n", text))
    spans, start = [], 0
    for m in breaks:
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentences_back(token, n: int) -> list:
    """The sentence of ``token`` and up to ``n - 1`` sentences before it, nearest first."""
    doc = token.doc
    read = [token.sent]
    prev = read[0].start - 1
    while prev >= 0 and len(read) < n:
        read.append(doc[prev].sent)
        prev = doc[prev].sent.start - 1
    return read


def phrase_span(tok) -> tuple[int, int]:
    """Character span of the noun phrase ``tok`` heads, without appositions or clauses."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in _LEFT_MODIFIERS:
            left = min(left, c.left_edge.i)
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ in ("of", "on", "from", "for")):
            right = max(right, c.right_edge.i)
        else:
            break
    doc = tok.doc
    while left < tok.i and (not doc[left].text[:1].isalnum() or "\n" in doc[left: tok.i].text):
        left += 1
    while right > tok.i and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


class Positions:
    """The parse, text, paragraphs, mentions and quoted passages of one document, and where things are in it.

    Quoted passages are the quotations the quotes stage found (``ctx.quotes``), transcript turns left out: a
    turn is a speaker's words, not a passage quoted inside the narrative.
    """

    def __init__(self, ctx: DocContext, paragraphs: list[tuple[int, int]] | None = None):
        self.ctx = ctx
        self.doc = ctx.parsed
        self.text = ctx.text
        self.paragraphs = paragraphs or paragraph_spans(self.text) or [(0, len(self.text))]
        self._starts = [t.idx for t in self.doc]
        self._mentions = ctx.mentions()
        self._mention_starts = [m.start for m in self._mentions]
        self._entities = {e.id: e for e in ctx.entities}
        self._types: dict[str, str] = {}
        self._bylines: dict[int, bool] = {}
        self._quoted = sorted((q.start, q.end) for q in ctx.quotes if q.attribution != "transcript")

    def tokens_in(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._starts) and self._starts[i] < end:
            out.append(self.doc[i])
            i += 1
        return out

    def token_at(self, pos: int):
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.doc[max(i, 0)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._mention_starts, start)
        out = []
        while i < len(self._mentions) and self._mentions[i].start < end:
            if self._mentions[i].end <= end + 2:
                out.append(self._mentions[i])
            i += 1
        return out

    def quotes_at(self, pos: int) -> set[int]:
        """The quoted passages ``pos`` lies in (their numbers)."""
        return {n for n, (lo, hi) in enumerate(self._quoted) if lo <= pos < hi}

    def inside_quote(self, pos: int, keep: set[int]) -> bool:
        """Is ``pos`` inside a quoted passage other than those in ``keep``?"""
        return any(lo <= pos < hi and n not in keep for n, (lo, hi) in enumerate(self._quoted))

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.paragraphs, (pos, 1 << 62)) - 1
        return self.paragraphs[max(i, 0)]

    def _window_start(self, pos: int, paragraphs: int) -> int:
        i = bisect.bisect_right(self.paragraphs, (pos, 1 << 62)) - 1
        return self.paragraphs[max(i - paragraphs + 1, 0)][0]
