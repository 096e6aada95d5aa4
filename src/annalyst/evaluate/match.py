"""The matching rules: when a system item counts as a gold item.

Names are compared after folding (case, dots, quote marks, possessives and a
leading "the" ignored); quoted words after folding whitespace and quote marks;
spans by overlap; dates by prefix. These are the definitions of the reference
scorer (``shared/eval/score.py``), kept here as small functions so that each
rule can be read and tested alone.
"""

from __future__ import annotations

import re
import unicodedata

# dossier entity type -> the coarse type a gold entity lists
COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
          "NORP": "NORP", "EVENT": "EVENT", "WORK": "WORK", "LAW": "OTHER", "OTHER": "OTHER"}
SCORED_TYPES: frozenset[str | None] = frozenset({"PERSON", "ORG", "PLACE"})  # the entities precision is measured on

Span = tuple[int, int]


def fold_name(name: str | None) -> str:
    """A name as compared: "The Director's" and "director" fold alike; "U.S." and "US" too."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'").casefold()
    s = re.sub(r"'s\b|'$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s&-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def fold_text(text: str | None) -> str:
    """Words as compared: whitespace, case and quote marks ignored, an ellipsis character as three dots."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text)
    s = re.sub(r"[“”\"‘’'`]", "", s).replace("…", "...")
    return re.sub(r"\s+", " ", s).strip().casefold()


def coarse_type(entity_type: object, default: str | None = None) -> str | None:
    """The coarse type of a dossier entity type (``GPE`` -> ``PLACE``); ``default`` for an unknown one."""
    return COARSE.get(entity_type, default) if isinstance(entity_type, str) else default


def is_scored(entity_type: object) -> bool:
    """A person, an organisation or a place: the entities whose precision is measured."""
    return coarse_type(entity_type) in SCORED_TYPES


def find_nth(text: str, words: str, nth: int) -> Span | None:
    """The ``nth`` occurrence (from 1) of ``words`` as whole words in ``text``."""
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)]
    return hits[nth - 1] if len(hits) >= nth else None


def find_region(text: str, words: str) -> Span | None:
    """Where ``words`` first occur in ``text``, tolerating different whitespace."""
    i = text.find(words)
    if i >= 0:
        return i, i + len(words)
    m = re.search(r"\s+".join(re.escape(w) for w in words.split()), text)
    return m.span() if m else None


def item_span(item: dict) -> Span:
    """A dossier item's ``start``/``end``; (-1, -1) when it has none."""
    try:
        return int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        return -1, -1


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def date_compatible(system: str | None, gold: str) -> bool:
    """A system date (or interval ``A/B``) agrees with a gold ISO prefix.

    Either may be the more precise ("1976-06" and "1976-06-08" agree); a
    system value with unknown digits (``19XX``) does not stand for a known
    gold date; a gold date without a year (``XXXX-06-08``) matches any year.
    """
    if not system:
        return False
    for value in (v for v in system.split("/") if v):
        if value.startswith(gold) or gold.startswith(value):
            if "X" in value and "X" not in gold:
                continue
            return True
        if gold.startswith("XXXX") and value[4:].startswith(gold[4:]):
            return True
    return False


def timex_value_right(system: str | None, values: list[str], prefix: str | None) -> bool:
    """A system timex value is right when it (or one end of an interval) is a gold value, or,
    when the gold allows a prefix, starts with it."""
    if not system:
        return False
    parts = system.split("/")
    if any(system == v or v in parts for v in values):
        return True
    return prefix is not None and any(p.startswith(prefix) for p in parts)


def quote_matches(system_text: str | None, contains: str, exact: bool) -> bool:
    """The system quotation holds the gold words (``exact``: is just those words, end punctuation aside)."""
    have, want = fold_text(system_text), fold_text(contains)
    if exact:
        return have.strip(" .,;:!?") == want
    return want in have
