"""Where things are in one document under quote attribution: tokens, paragraphs, nested quotations.

:class:`QuoteLayout` holds the document's state every other part of the
attribution reads (the parse, the text, the quotations, the paragraphs, the
entity mentions) and answers position questions: the tokens between two
offsets, the paragraph of an offset, whether an offset is inside a quotation.
The other parts (:mod:`.frames`, :mod:`.naming`, :mod:`.antecedents`,
:mod:`.addressees`) are mixins over it, joined in :class:`.speakers.Attributor`.
"""

from __future__ import annotations

import bisect

from ..context import DocContext
from .marks import Quotation


class QuoteLayout:
    """The parse, text, quotations, paragraphs and mentions of one document, and where things are in it."""

    def __init__(self, ctx: DocContext, quotations: list[Quotation], paragraphs: list[tuple[int, int]]):
        self.ctx = ctx
        self.doc = ctx.parsed
        self.text = ctx.text
        self.quotations = quotations
        self.paragraphs = paragraphs
        self._starts = [t.idx for t in self.doc]
        # quotations as covered intervals (marks included), for fast "is this inside a quote" tests
        self._bounds = [(q.open if q.open is not None else q.start, q.close + 1 if q.close is not None else q.end)
                        for q in quotations]
        self._children: dict[int | None, list[int]] = {}
        for n, q in enumerate(quotations):
            self._children.setdefault(q.parent, []).append(n)
        self._top_starts = [self._bounds[n][0] for n in self._children.get(None, [])]
        self._closing = {q.close: n for n, q in enumerate(quotations) if q.close is not None}
        self._mentions = ctx.mentions()
        self._mention_starts = [m.start for m in self._mentions]
        self._entities = {e.id: e for e in ctx.entities}
        self._types: dict[str, str] = {}

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

    def inside_quote(self, pos: int, keep: set[int]) -> bool:
        """Is ``pos`` inside (or on a mark of) a quotation other than those in ``keep``?"""
        level = self._children.get(None, [])
        i = bisect.bisect_right(self._top_starts, pos) - 1
        candidates = [level[i]] if i >= 0 else []
        while candidates:
            n = candidates.pop()
            lo, hi = self._bounds[n]
            if not lo <= pos < hi:
                continue
            if n not in keep:
                return True
            candidates.extend(self._children.get(n, []))
        return False

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.paragraphs, (pos, 1 << 62)) - 1
        return self.paragraphs[max(i, 0)]

    def _window_start(self, pos: int, paragraphs: int) -> int:
        i = bisect.bisect_right(self.paragraphs, (pos, 1 << 62)) - 1
        return self.paragraphs[max(i - paragraphs + 1, 0)][0]

    def lineage(self, n: int) -> set[int]:
        out = {n}
        parent = self.quotations[n].parent
        while parent is not None:
            out.add(parent)
            parent = self.quotations[parent].parent
        return out
