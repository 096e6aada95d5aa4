"""The one reference resolver: what a pronoun, a role noun, a title, a description or a bare name refers to.

A document names a person or a body once in full and afterwards by a pronoun
("he", "they"), a role ("the minister"), a title ("the King"), a definite
description ("the commission"), a surname ("Marek") or a given name ("Anna").
:class:`References` maps each of these to an entity of the document, read
from the entities stage's mentions; the quote rules (a quotation's speaker and
addressee), the claim rules (a claim's holder and actors) and the event rules
(an event's participants) all ask it, each through :func:`references_of` or,
for the quote rules, a subclass that knows their nested quotations.

Rules, not a model: spaCy's small English model has no coreference component,
and coreferee or fastcoref need models that cannot be downloaded here. The
parts, by concern: :mod:`.positions` (where things are: tokens, paragraphs,
mentions, quoted words), :mod:`.naming` (names, surnames, titles, roles,
descriptions), :mod:`.roles` (which role a person was given),
:mod:`.pronouns` (pronouns, by agreement, recency and subjects first).
"""

from __future__ import annotations

from ..context import DocContext
from .naming import Naming
from .positions import SUBJECT_DEPS, Positions, paragraph_spans, phrase_span, sentences_back
from .pronouns import Antecedents

__all__ = ["SUBJECT_DEPS", "References", "paragraph_spans", "phrase_span", "references_of", "sentences_back"]


class References(Antecedents, Naming, Positions):
    """The reference resolver over one parsed document: built once per document (see :func:`references_of`)."""


def references_of(ctx: DocContext) -> References:
    """The resolver of the document, built once for the quotations and mentions it has now."""
    key = (len(ctx.entities), sum(len(e.mentions) for e in ctx.entities), len(ctx.quotes))
    cached = ctx.scratch.get("references")
    if cached is None or cached[0] != key:
        cached = ctx.scratch["references"] = (key, References(ctx))
    return cached[1]
