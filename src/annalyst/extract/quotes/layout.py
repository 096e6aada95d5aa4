"""Where things are in one document under quote attribution: the reference resolver's positions, with nested quotations.

:class:`QuoteLayout` is the reference resolver (:class:`..references.References`:
tokens, paragraphs, mentions, names, roles, pronouns) over the quotations this
stage finds, nested as they are: whether an offset is inside a quotation, and
which quotations enclose one. The other parts (:mod:`.frames`,
:mod:`.addressees`) are mixins over it, joined in :class:`.speakers.Attributor`.
"""

from __future__ import annotations

import bisect

from ..context import DocContext
from ..references import References
from .marks import Quotation


class QuoteLayout(References):
    """The reference resolver over one document's quotations, nested."""

    def __init__(self, ctx: DocContext, quotations: list[Quotation], paragraphs: list[tuple[int, int]]):
        super().__init__(ctx, paragraphs)
        self.quotations = quotations
        # quotations as covered intervals (marks included), for fast "is this inside a quote" tests
        self._bounds = [(q.open if q.open is not None else q.start, q.close + 1 if q.close is not None else q.end)
                        for q in quotations]
        self._children: dict[int | None, list[int]] = {}
        for n, q in enumerate(quotations):
            self._children.setdefault(q.parent, []).append(n)
        self._top_starts = [self._bounds[n][0] for n in self._children.get(None, [])]
        self._closing = {q.close: n for n, q in enumerate(quotations) if q.close is not None}

    def _enclosing(self, pos: int):
        """The quotations ``pos`` lies in (or on a mark of), outermost first."""
        level = self._children.get(None, [])
        i = bisect.bisect_right(self._top_starts, pos) - 1
        candidates = [level[i]] if i >= 0 else []
        while candidates:
            n = candidates.pop()
            lo, hi = self._bounds[n]
            if lo <= pos < hi:
                yield n
                candidates.extend(self._children.get(n, []))

    def inside_quote(self, pos: int, keep: set[int]) -> bool:
        """Is ``pos`` inside (or on a mark of) a quotation other than those in ``keep``?"""
        return any(n not in keep for n in self._enclosing(pos))

    def quotes_at(self, pos: int) -> set[int]:
        """The quotations ``pos`` lies in (or on a mark of), the enclosing ones included."""
        return set(self._enclosing(pos))

    def lineage(self, n: int) -> set[int]:
        out = {n}
        parent = self.quotations[n].parent
        while parent is not None:
            out.add(parent)
            parent = self.quotations[parent].parent
        return out
