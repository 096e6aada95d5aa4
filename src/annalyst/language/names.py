"""Name keys: the normalised form two names are compared by, and what counts as an acronym.

General knowledge of English names ("U.S." and "the United States" are one place, "Acme Ltd."
and "Acme" one company). The one place for them: the entity rules (``extract``) and the
entity resolver (``resolve``) read them from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Very common country and organisation abbreviations: general knowledge that lets "U.S.",
# "USA" and "the United States" be one place. Keys and values are normalised name keys.
COMMON_ABBREVIATIONS = {
    "us": "united states", "usa": "united states", "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom", "great britain": "united kingdom", "britain": "united kingdom",
    "ussr": "soviet union", "union of soviet socialist republics": "soviet union",
    "un": "united nations", "eu": "european union", "prc": "china", "people's republic of china": "china",
    "uae": "united arab emirates", "drc": "democratic republic of the congo",
    "dc": "washington", "washington dc": "washington", "washington, dc": "washington",
    "district of columbia": "washington",
}

# "The State of X", "the Republic of X": the same place as X.
STATE_PREFIXES = ("state of ", "republic of ", "kingdom of ", "commonwealth of ", "federation of ")

# Legal forms a company's name may end with: "Acme Tools Ltd." is the company "Acme Tools"
# (lower case, dots removed). Not "Company" or "Corporation": those are part of the name.
LEGAL_SUFFIXES = frozenset({"ltd", "limited", "inc", "incorporated", "plc", "corp", "llc", "gmbh", "ag", "sa",
                            "nv", "bv"})


def key(name: str) -> str:
    """Normalised form of a name for comparisons: case, dots, quotes, possessives, a leading "the"."""
    s = name.replace("’", "'").replace("‘", "'").casefold()
    s = re.sub(r"'s\b|'$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s&'-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


@lru_cache(maxsize=1 << 16)
def canonical_key(name: str) -> str:
    """:func:`key`, with common abbreviations, "State of X" and "X Ltd." folded to one form."""
    k = key(name)
    words = k.split()
    if len(words) >= 2 and words[-1] in LEGAL_SUFFIXES:
        k = " ".join(words[:-1])  # "Acme Tools Ltd." and "Acme Tools" are one company
    k = COMMON_ABBREVIATIONS.get(k, k)
    for prefix in STATE_PREFIXES:
        if k.startswith(prefix) and len(k) > len(prefix):
            rest = k[len(prefix):]
            return COMMON_ABBREVIATIONS.get(rest, rest)
    return k


def is_acronym(text: str) -> bool:
    """True for "CIA", "O.A.S.", "U.S." (two or more capitals, optionally dotted)."""
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper()
