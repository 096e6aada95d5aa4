"""The working state of one document while its extractors run.

Extractors are plain functions ``extract_x(ctx) -> list[Record]``. They read
the document, its spaCy parse and what earlier stages found, and return new
records; the stage runner stores them on the context (see ``stages.py``).
The spaCy ``Doc`` never leaves ``extract/``: :meth:`DocContext.freeze` turns
the context into a plain :class:`~annalyst.model.DocAnalysis`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Claim, DocAnalysis, Document, Event, Finding, LocalEntity, Mention, Quote, Timex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token each time the property is read (a hot spot when
    read per token pair)."""
    text = doc.user_data.get("annalyst.text")
    if text is None:
        text = doc.user_data["annalyst.text"] = doc.text
    return text


@dataclass
class DocContext:
    document: Document
    parsed: Doc
    entities: list[LocalEntity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # scratch space for stages that share intermediate results (e.g. narrative time)
    scratch: dict[str, Any] = field(default_factory=dict)
    _mention_index: list[tuple[int, int, Mention]] | None = None

    @property
    def doc_id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        return self.document.text

    def mentions(self) -> list[Mention]:
        """Every entity mention, in text order."""
        return [m for _, _, m in self._index()]

    def _index(self) -> list[tuple[int, int, Mention]]:
        if self._mention_index is None:
            self._mention_index = sorted((m.start, m.end, m) for e in self.entities for m in e.mentions)
        return self._mention_index

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside the character range ``[start, end)``."""
        index = self._index()
        i = bisect.bisect_left(index, (start, -1))
        out = []
        while i < len(index) and index[i][0] < end:
            if index[i][1] <= end:
                out.append(index[i][2])
            i += 1
        return out

    def entity(self, local_id: str) -> LocalEntity | None:
        for e in self.entities:
            if e.id == local_id:
                return e
        return None

    def entity_at(self, start: int, end: int) -> LocalEntity | None:
        """The entity whose mention overlaps ``[start, end)`` most, if any."""
        best, best_overlap = None, 0
        for m in self.mentions():
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = m.entity, overlap
        return self.entity(best) if best else None

    def invalidate(self) -> None:
        self._mention_index = None

    def freeze(self) -> DocAnalysis:
        return DocAnalysis(
            document=self.document,
            entities=tuple(self.entities),
            timexes=tuple(self.timexes),
            quotes=tuple(self.quotes),
            events=tuple(self.events),
            claims=tuple(self.claims),
            findings=tuple(self.findings),
        )
