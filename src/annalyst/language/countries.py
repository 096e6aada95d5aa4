"""Countries: their names, abbreviations, demonyms, capitals and the bodies that act for them.

Which state a name stands for: "U.S.", "American", "the White House" and (where
the text makes it a place) "Washington" all stand for one state. Read by the
claim rules (the side an actor stands for) and by the claim comparison across
documents. Sources: ``countryinfo``'s tables (every state's names, alternative
spellings, demonym and capital; shipped with the package, nothing downloaded)
and, for the states most often named through an abbreviation, a seat of
government or a national agency, a hand-written table of general knowledge.
Demonyms of other states are derived by rule from the places a text names.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

# Names, abbreviations and metonyms of the states most often named as actors, mapped to one
# key per state. Demonyms of other states are derived by rule (see ``country_key``).
COUNTRY_ALIASES: dict[str, str] = {
    **dict.fromkeys(("us", "usa", "united states", "united states of america", "america", "american",
                     "americans", "washington", "white house", "pentagon", "cia", "fbi", "nsa",
                     "state department", "yankee", "yankees"), "united states"),
    **dict.fromkeys(("uk", "britain", "great britain", "united kingdom", "british", "english", "england",
                     "london", "whitehall", "downing street", "mi6", "mi5", "her majesty's government",
                     "his majesty's government", "hmg", "foreign office", "foreign and commonwealth office",
                     "colonial office", "commonwealth relations office", "crown"), "united kingdom"),
    **dict.fromkeys(("ussr", "soviet union", "soviet", "soviets", "kremlin", "moscow", "kgb"), "soviet union"),
    **dict.fromkeys(("russia", "russian", "russians", "russian federation", "fsb"), "russia"),
    **dict.fromkeys(("france", "french", "paris", "elysée", "elysee"), "france"),
    **dict.fromkeys(("germany", "german", "germans", "berlin", "bonn"), "germany"),
    **dict.fromkeys(("china", "chinese", "beijing", "prc"), "china"),
    **dict.fromkeys(("israel", "israeli", "israelis", "mossad", "idf", "knesset", "jerusalem"), "israel"),
    **dict.fromkeys(("spain", "spanish", "madrid"), "spain"),
    **dict.fromkeys(("netherlands", "dutch", "holland"), "netherlands"),
    **dict.fromkeys(("switzerland", "swiss"), "switzerland"),
    **dict.fromkeys(("cuba", "cuban", "cubans", "havana"), "cuba"),
}

# Demonym endings: "Peruvian" = "Peru" + "an", "Israeli" = "Israel" + "i".
DEMONYM_SUFFIXES = ("vians", "vian", "ians", "ian", "ans", "an", "eans", "ean", "ese", "is", "i", "ish", "ns", "n", "s")


def norm_name(text: str) -> str:
    text = text.casefold().replace("’", "'").replace(".", "").strip()
    for prefix in ("the ",):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split())


def country_key(text: str, places: Iterable[str] = ()) -> str | None:
    """The state a name, demonym or metonym stands for: "U.S." and "American" -> "united states".

    ``places`` are the normalised place names of the document, so a demonym of
    any state the text names resolves by rule ("Peruvian" -> "peru") without a
    full demonym table.
    """
    key = norm_name(text)
    if not key:
        return None
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    places = set(places)
    named, capitals = _countries()
    if key in places:  # "Accra" stands for Ghana, but only where the text makes it a place
        return capitals.get(key, key)
    if key in named:
        return named[key]
    for suffix in DEMONYM_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            root = key[: -len(suffix)]
            for candidate in (root, root + "a", root + "e", root + "o", root + "y", root + "ia", root + "ium"):
                if candidate in places:
                    return candidate
                if candidate in COUNTRY_ALIASES and " " not in candidate:
                    return COUNTRY_ALIASES[candidate]
    return None


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """Every state's other names and demonyms ("Ghanaian", "Ghanaians", "Great Britain"), and its capital.

    From ``countryinfo``'s tables (shipped with the package, no download), keyed by
    the same lower-case common names as ``COUNTRY_ALIASES`` ("united kingdom"), so a
    state the hand-written table does not know still gets one side under all its
    names. Two- and three-letter codes are left out ("IN", "IT" are words too).
    Empty without the package: the table and the demonym rule then do alone.
    """
    try:
        from countryinfo import CountryInfo
        data = CountryInfo("France").all()
    except Exception:  # noqa: BLE001 - an optional table; any failure leaves it empty
        return {}, {}
    named: dict[str, str] = {}
    capitals: dict[str, str] = {}
    # the most populous state first, so that a shared demonym ("Indian") names the likelier one
    ordered = sorted(data.items(), key=lambda kv: -(kv[1].get("population") or 0))
    for key, info in ordered:
        key = COUNTRY_ALIASES.get(key, key)  # noqa: PLW2901 - one key per state, the table's first
        # one-word names only where the text makes them places ("Chad", "Jordan" are people too)
        names = [n for n in [info.get("name") or "", *(info.get("altSpellings") or [])] if " " in n.strip()]
        demonym = info.get("demonym") or ""
        if demonym:
            names += [demonym, demonym + "s"]
        for name in names:
            norm = norm_name(name)
            if len(norm) > 3 and norm not in COUNTRY_ALIASES:
                named.setdefault(norm, key)
        capital = info.get("capital") or []
        for city in [capital] if isinstance(capital, str) else capital:  # some states have several
            norm = norm_name(str(city).split(" D.C.")[0])
            if norm:
                capitals.setdefault(norm, key)
    return named, capitals
