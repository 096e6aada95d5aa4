"""To whom a quotation was said: "told Y", "said to Y", and "you" in a conversation between two people."""

from __future__ import annotations

import re

from ...language.pronouns import FIRST_PERSON, SECOND_PERSON
from ..references import phrase_span
from .cues import ADDRESSING_VERBS
from .marks import Quotation


class Addressees:
    """The addressee of a quotation (mixin over :class:`.layout.QuoteLayout` and :class:`.naming.Naming`)."""

    def addressee(self, cue, q: Quotation, speaker: str | None) -> str | None:
        """``told Y``, ``reassures Y``, ``said to Y``."""
        targets = []
        if cue.lemma_.lower() in ADDRESSING_VERBS:
            targets += [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")]
        for c in cue.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                targets += [g for g in c.children if g.dep_ == "pobj"]
        for t in targets:
            if q.start <= t.idx < q.end:
                continue
            if t.pos_ == "PRON":
                if t.lower_ in SECOND_PERSON | FIRST_PERSON:
                    continue
                found = self.antecedent(t, exclude=speaker)
            else:
                start, end = phrase_span(t)
                mentions = [m for m in self.mentions_in(start, end) if m.entity != speaker]
                found = mentions[-1].entity if mentions else self.by_name(self.text[start:end], before=t.idx)
            if found and found != speaker:
                return found
        return None

    def other_party(self, q: Quotation, speaker: str) -> str | None:
        """In a conversation between two people, "you" in a quotation is the other one."""
        words = {w.lower() for w in re.findall(r"\w+", self.text[q.start:q.end])}
        if not words & SECOND_PERSON:
            return None
        lo = self._window_start(q.start, paragraphs=3)
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for m in self._mentions:
            if m.start >= q.start:
                break
            if m.start < lo or m.entity == speaker or self.mention_type(m) != "PERSON":
                continue
            if self.inside_quote(m.start, set()):
                continue
            counts[m.entity] = counts.get(m.entity, 0) + 1
            last[m.entity] = m.start
        if not counts:
            return None
        return max(counts, key=lambda e: (counts[e], last[e]))
