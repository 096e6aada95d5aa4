"""The person a third-person pronoun refers to: one search, used by the claim holders and the event arguments.

A deliberately small rule, because spaCy's small English model has no
coreference component and coreferee or fastcoref need models that cannot be
downloaded here. The search reads the pronoun's sentence and then the sentences
before it, nearest first, and stops at the first sentence that names a
candidate before the pronoun. What differs between callers is a parameter, not
a copy:

- ``candidates(sentence, end)``: who may be meant, in text order, among those
  named in ``sentence`` before the character offset ``end`` (claims: persons
  and one-word names that say or think something; events: PERSON mentions);
- ``sentences``: how many sentences are read, the pronoun's own included
  (claims 3, events 2);
- ``is_subject``: when given, a subject is preferred to other candidates: the
  last subject before the pronoun in its own sentence ("X told Y that he ..."),
  the first subject of an earlier sentence (its main clause's subject); when
  no sentence read has a subject, the last candidate of the nearest sentence
  that has one. Without it, the last candidate of the nearest sentence (pure
  recency).

The speaker of a quotation is found by a richer search of its own
(``quotes/antecedents.py``), over the same :func:`sentences_back`: it reads
four sentences within three paragraphs,
checks gender and number, follows chains of pronouns and unnamed roles ("the
president"), and skips text inside quotation marks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Span, Token

from ...language.pronouns import PERSONAL_PRONOUNS

T = TypeVar("T")


def sentences_back(token: Token, n: int) -> list[Span]:
    """The sentence of ``token`` and up to ``n - 1`` sentences before it, nearest first: where every
    antecedent search of the package (this module's and the quotations') reads."""
    doc = token.doc
    read = [token.sent]
    prev = read[0].start - 1
    while prev >= 0 and len(read) < n:
        read.append(doc[prev].sent)
        prev = doc[prev].sent.start - 1
    return read


def antecedent(token: Token, candidates: Callable[[Span, int], list[T]], *, sentences: int,
               is_subject: Callable[[T], bool] | None = None) -> T | None:
    """The candidate a personal pronoun (he, him, his, she, her, himself, herself) refers to, or None."""
    if token.lower_ not in PERSONAL_PRONOUNS:
        return None
    sent = token.sent
    fallback = None
    for s in sentences_back(token, sentences):
        found = candidates(s, token.idx if s == sent else s.end_char)
        if is_subject is None:
            if found:
                return found[-1]
            continue
        subjects = [c for c in found if is_subject(c)]
        if subjects:
            return subjects[-1] if s == sent else subjects[0]
        if found and fallback is None:
            fallback = found[-1]
    return fallback
