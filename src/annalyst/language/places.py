"""Place knowledge: the kinds of place a text names ("the town of X") and the names of countries
and regions.

The names come from pycountry's ISO 3166 tables (shipped with the package, nothing
downloaded). The one place for them: the entity rules (``extract``) and the entity resolver (``resolve``)
read them from here.
"""

from __future__ import annotations

from functools import cache

from .names import canonical_key
from .wordlist import words as _words

# Place nouns that "the N of X" says X is: "the town of X", "the province of X" (not "the capital of X").
PLACE_KINDS = _words("""
city town village hamlet province county district region municipality prefecture island colony territory
settlement state republic kingdom
""")


@cache
def place_names() -> tuple[frozenset[str], frozenset[str]]:
    """Name keys of countries (current and historic) and of their first-level subdivisions.

    From pycountry's ISO 3166 tables, shipped with the package (no download).
    Empty sets when pycountry is not installed: the rules then rely on context alone.
    """
    try:
        import pycountry
    except ImportError:  # pragma: no cover - optional
        return frozenset(), frozenset()
    countries = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                countries.add(canonical_key(getattr(c, attr)))
    for c in pycountry.historic_countries:
        countries.update(canonical_key(part) for part in c.name.split(","))
    subdivisions = {canonical_key(s.name) for s in pycountry.subdivisions} - countries
    return frozenset(countries), frozenset(subdivisions)


@cache
def nation_names() -> frozenset[str]:
    """Name keys of countries, by their formal and their everyday names, and of the nations within one:
    the names a national side is written as.

    From pycountry (ISO 3166, its "Country" and "Nation" subdivisions such as the home nations of
    a kingdom) and countryinfo's table of states, keyed by their common names ("russia" beside
    pycountry's "russian federation"); both ship with their package, nothing is downloaded.
    """
    nations = set(place_names()[0])
    try:
        import pycountry
    except ImportError:  # pragma: no cover - optional
        return frozenset(nations)
    nations |= {canonical_key(s.name.split("[")[0]) for s in pycountry.subdivisions if s.type in {"Country", "Nation"}}
    try:
        from countryinfo import CountryInfo

        nations |= {canonical_key(name) for name in CountryInfo("France").all()}
    except Exception:  # noqa: BLE001 - an optional table; any failure leaves pycountry's names alone
        pass
    return frozenset(nations)
