"""The attribution frame of a quotation: the rest of its sentence, found with a quote-aware sentence splitter.

The frame is the text from the previous sentence end up to the opening mark,
and from the closing mark to the next sentence end, stopping at the next
quotation. spaCy's sentences do not serve: a frame must skip over nested
quotations as wholes, stop at the next quotation and at the bounds of its
paragraph or enclosing quotation, and end at a quotation that ends with a full
stop before a capital, and spaCy's sentence boundaries know none of these.
(Tried when this module was split off: with spaCy's sentences as the frame's
bounds, 4 of 65 quotations of the seed and development documents got another
cue or speaker.) So the splitter here reads the characters, with the
abbreviations of :mod:`.cues` ("Gen.", "Jan.") that end no sentence.
"""

from __future__ import annotations

import bisect
import re

from .clauses import is_cue
from .cues import ABBREVIATIONS
from .marks import Quotation

_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*\s")


class Frames:
    """The frame of a quotation: the rest of its sentence (mixin over :class:`.layout.QuoteLayout`)."""

    def frame(self, n: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """The text left and right of quotation ``n`` that belongs to its sentence."""
        q = self.quotations[n]
        keep = self.lineage(n)
        lo_bound, hi_bound = self.paragraph(q.open if q.open is not None else q.start)[0], \
            self.paragraph(q.close if q.close is not None else q.end)[1]
        if q.parent is not None:
            parent = self.quotations[q.parent]
            lo_bound, hi_bound = max(lo_bound, parent.start), min(hi_bound, parent.end)
        if q.kind == "block":  # the introducing sentence, ending with the colon
            colon = self.text.rfind(":", 0, q.start)
            hi = colon if colon >= 0 else q.start
            lo = self._sentence_start(self.paragraph(hi)[0], hi, keep)
            return (lo, hi), (q.end, q.end)
        left_end = q.open if q.open is not None else q.start
        left = (self._sentence_start(lo_bound, left_end, keep), left_end)
        right_start = q.close + 1 if q.close is not None else q.end
        right_end = self._sentence_end(right_start, hi_bound)
        if self._ends_sentence(q, right_start) and not self._short_attribution(right_start, right_end):
            return left, (right_start, right_start)
        return left, (right_start, right_end)

    def _short_attribution(self, start: int, end: int) -> bool:
        """ "“… well.” Holloway said.": a short sentence of its own that is only the attribution."""
        rest = self.text[start:end].strip()
        if len(rest) > 60 or not rest.endswith((".", "!", "?")):
            return False
        return any(is_cue(t) for t in self.tokens_in(start, end))

    def _sentence_start(self, bound: int, pos: int, keep: set[int]) -> int:
        i = pos - 1
        while i > bound:
            sibling = self._quotation_closing_at(i, keep)
            if sibling is not None:
                q = self.quotations[sibling]
                if self._ends_sentence(q, q.close + 1) and q.close < pos:
                    return q.close + 1
                i = (q.open if q.open is not None else q.start) - 1
                continue
            if self.text[i] in ".!?" and self.text[i + 1: i + 2].isspace() and not self._abbreviation(i):
                return i + 1
            i -= 1
        return bound

    def _quotation_closing_at(self, pos: int, keep: set[int]) -> int | None:
        n = self._closing.get(pos)
        return n if n is not None and n not in keep else None

    def _sentence_end(self, start: int, bound: int) -> int:
        i = bisect.bisect_left(self._top_starts, start)  # stop at the next quotation
        if i < len(self._top_starts) and self._top_starts[i] < bound:
            bound = self._top_starts[i]
        for n in self._children.get(None, []):  # or the next one nested in the same passage
            lo, hi = self._bounds[n]
            if lo <= start < hi:
                for c in self._children.get(n, []):
                    if start <= self._bounds[c][0] < bound:
                        bound = self._bounds[c][0]
        m = _SENTENCE_END.search(self.text, start, bound)
        while m and self._abbreviation(m.start()):
            m = _SENTENCE_END.search(self.text, m.end(), bound)
        return m.end() if m else bound

    def _ends_sentence(self, q: Quotation, after: int) -> bool:
        """A quotation whose words end a sentence (“... well.” Then ...) has nothing after it in its frame."""
        if not self.text[q.start:q.end].rstrip("”’\"')]").endswith((".", "!", "?", "…")):
            return False
        rest = self.text[after:after + 40].lstrip(" \t")
        return not rest or rest[0] in "\n(“\"‘" or rest[0].isupper()

    def _abbreviation(self, dot: int) -> bool:
        m = re.search(r"(\w+)$", self.text[max(0, dot - 12):dot])
        if not m:
            return False
        word = m.group(1)
        nxt = self.text[dot + 1: dot + 3].lstrip()
        return word.lower() in ABBREVIATIONS or len(word) == 1 or (nxt[:1].islower())
