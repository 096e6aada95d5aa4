"""Names in text written in capitals: headlines, datelines, wire copy in upper case.

The model learnt names from their capital letters; in a line written all in
capitals every word has one, and it tags the wrong words or none ("PLANE
CRASH KILLS GENERAL X"). A reader knows which words are ordinary. So does the
document, most of the time: the body writes the same words in lower or mixed
case. Each block of lines in capitals is rewritten in the case a reader
expects (same length, so every offset holds), read again by the model, and its
names replace what the model found in the capitals:

* a word the document also writes outside its capitals takes the form written
  there, away from the start of a sentence ("Velmora", "talks");
* a word it never writes otherwise is lower case when it is a function word, a
  common adjective, adverb or verb the model's lemmatizer knows, or a noun of
  occupation or kinship that is no title ("businessman", "widow"); anything
  else stays capitalised, as a name would ("Tarvos", "Innings");
* the first word of each sentence is capitalised (a line of wire copy broken
  in the middle of a sentence does not start one).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ..context import text_of
from .lexicon import KIN_NOUNS, PERSON_NOUNS, TITLES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Nouns of occupation and kinship are common nouns ("BUSINESSMAN X", "THE WIDOW OF X"), but not the titles
# written capitalised before a name in ordinary prose ("President X").
_ROLE_NOUNS = (PERSON_NOUNS | KIN_NOUNS) - TITLES
# What ends a sentence between two words, or stands where one begins (a dateline's dash, an editor's
# "[TEXT]", a blank line): a line of wire copy broken mid-sentence does not start a sentence.
_SENTENCE_END = re.compile(r"[.!?:;]|--|\]|\n\s*\n")
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def capital_blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of runs of consecutive lines written in capitals (at least two letters, none lower case)."""
    blocks: list[list[int]] = []
    last_end = -2
    for m in _LINE.finditer(text):
        line = m.group()
        if sum(c.isalpha() for c in line) < 2 or any(c.islower() for c in line):
            continue
        if blocks and text[last_end:m.start()].strip() == "" and text.count("\n", last_end, m.start()) <= 1:
            blocks[-1][1] = m.end()
        else:
            blocks.append([m.start(), m.end()])
        last_end = m.end()
    return [(a, b) for a, b in blocks]


@cache
def _common_words(nlp: Language) -> frozenset[str]:
    """Adjectives, adverbs and verbs of the model's lemmatizer tables: ordinary words, never names."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for pos in ("adj", "adv", "verb"):
        words.update(index.get(pos, ()))
    return frozenset(words)


@cache
def _nouns(nlp: Language) -> frozenset[str]:
    """The common nouns of the model's lemmatizer tables (which hold some place names and acronyms too)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    return frozenset(index.get("noun", ()))


_SLUG = re.compile(r"\A[ \t]*([A-Z][A-Z '’&/]*?)[ \t]+(?:-{1,2}|–|—)[ \t]")


def headline_slug(text: str) -> tuple[int, int] | None:
    """Offsets of a wire headline's topic label: "SPORT - X WINS", "MARKETS -- ...", the first words of the
    first line before a dash, when they are common nouns the document never writes as a name elsewhere."""
    m = _SLUG.match(text)
    if m is None or (nlp := _model()) is None:
        return None
    words = m.group(1).split()
    body = text[text.find("\n") + 1:] if "\n" in text else ""
    nouns = _nouns(nlp)
    if all(w.lower() in nouns and not re.search(rf"\b{re.escape(w.capitalize())}\b", body) for w in words):
        return m.span(1)
    return None


def is_dictionary_word(word: str) -> bool:
    """True when ``word`` (any case) is an English adjective, adverb or verb of the lemmatizer's tables.

    Not its nouns: they hold many acronyms and place names among the common nouns.
    """
    nlp = _model()
    return nlp is not None and _ordinary(word, _common_words(nlp))


def _ordinary(word: str, common: frozenset[str]) -> bool:
    """True for a function word or an inflected common word: "takes", "killed", "over"."""
    low = word.lower().replace("’", "'")
    if low in STOP_WORDS or low in common or low in _ROLE_NOUNS:
        return True
    return any(low.endswith(suffix) and len(low) > len(suffix) + 2 and low[:-len(suffix)] + stem in common
               for suffix, stem in _SUFFIXES)


def _casing_evidence(text: str, blocks: list[tuple[int, int]]) -> dict[str, Counter]:
    """How the document writes each word outside its capitals, away from the start of a sentence."""
    seen: dict[str, Counter] = defaultdict(Counter)
    inside = iter(blocks)
    block = next(inside, None)
    prev_end = 0
    for m in _WORD.finditer(text):
        while block is not None and m.start() >= block[1]:
            block = next(inside, None)
        if block is not None and block[0] <= m.start():
            prev_end = m.end()
            continue
        word = m.group()
        before = text[prev_end:m.start()]
        starts = prev_end == 0 or "\n" in before or any(c in before for c in ".!?:\"“")
        if word.islower() or not starts:
            seen[word.lower()][word] += 1
        prev_end = m.end()
    return seen


def truecase(text: str, blocks: list[tuple[int, int]], common: frozenset[str] = frozenset()) -> str:
    """``text`` with its capital blocks in the case a reader expects; same length, same offsets."""
    seen = _casing_evidence(text, blocks)
    out = list(text)
    for start, end in blocks:
        last = None  # end of the word before: the block's first word, or one after a sentence's end, opens one
        for line in _LINE.finditer(text, start, end):
            for m in _WORD.finditer(text, line.start(), line.end()):
                word = m.group()
                first = last is None or _SENTENCE_END.search(text, last, m.start()) is not None
                last = m.end()
                forms = seen.get(word.lower())
                if forms:
                    form = forms.most_common(1)[0][0]
                elif len(word) == 1 or _ordinary(word, common):
                    form = word.lower()
                else:
                    form = word[0] + word[1:].lower()
                if first:
                    form = form[0].upper() + form[1:]
                if len(form) == len(word):
                    out[m.start():m.end()] = form
    return "".join(out)


def _model() -> Language | None:
    """The default pipeline (already loaded by the run), or None when it cannot be had."""
    from ...errors import ModelError
    from ...nlp import load_model

    try:
        return load_model()
    except ModelError:  # pragma: no cover - another model is in use and the default is not installed
        return None


def reread_capitals(doc: Doc, nlp: Language | None = None) -> list[tuple[int, int, Doc]]:
    """Each capital block of ``doc`` as the model reads it truecased: ``(start, end, parsed block)``."""
    text = text_of(doc)
    blocks = capital_blocks(text)
    if not blocks or (nlp := nlp or _model()) is None:
        return []
    cased = truecase(text, blocks, _common_words(nlp))
    parsed = nlp.pipe(cased[a:b] for a, b in blocks)
    return [(a, b, part) for (a, b), part in zip(blocks, parsed, strict=True)]
