"""General word lists the entity rules consult: titles, role nouns, head words.

These are hand-written because no maintained library ships them in a form we
can use offline (spaCy's English model has no honorific or role lexicon, and
gazetteers such as GeoNames would mean downloading data at run time). They hold
general knowledge of English news prose only: never a name from a particular
text.
"""

from __future__ import annotations

import re
import unicodedata

from ...language.given_names import given_names
from ...language.names import COMMON_ABBREVIATIONS, LEGAL_SUFFIXES, STATE_PREFIXES, canonical_key, is_acronym, key
from ...language.organisations import NEWSPAPER_HEADS, ORG_HEADS
from ...language.people import KIN_NOUNS, PERSON_NOUNS
from ...language.places import PLACE_KINDS, place_names
from ...language.titles import FEMALE_TITLES, MALE_TITLES, TITLE_LINKS, TITLE_MODIFIERS, TITLES, is_role, title_sex
from ...language.wordlist import words as _words

# The names, titles, places and organisation heads that resolve/ needs too live in language/ (one
# source each); they are imported here so that the entity rules read every list from this module.
__all__ = ["COMMON_ABBREVIATIONS", "FEMALE_TITLES", "KIN_NOUNS", "LEGAL_SUFFIXES", "MALE_TITLES", "NEWSPAPER_HEADS",
           "ORG_HEADS", "PERSON_NOUNS", "PLACE_KINDS", "STATE_PREFIXES", "TITLES", "TITLE_LINKS", "TITLE_MODIFIERS",
           "canonical_key", "is_acronym", "is_role", "key", "place_names", "title_sex"]


# Title words that also commonly head an organisation name ("General Assembly",
# "Director of Intelligence"): they only count as a person's title when a name follows.
WEAK_TITLES = frozenset({"general", "chief", "head", "leader", "officer", "agent", "chair", "justice", "director"})

# Nouns naming places: "the X region", "X, a colony in ...".
PLACE_NOUNS = _words("""
city town village region province state county district country nation island islands republic kingdom colony
camp capital port harbour harbor valley river mountain mountains lake sea ocean bay coast peninsula desert
territory municipality department prefecture suburb neighbourhood neighborhood settlement area border
""")

# First words of place names: "Port Said", "Fort Worth", "Lake Chad", "Cape Town", "West Point".
PLACE_PREFIXES = frozenset({"port", "fort", "mount", "mt", "lake", "cape", "isle", "gulf", "bay",
                            "north", "south", "east", "west"})

# Nouns naming facilities (buildings and sites), a kind of place in the scorer's coarse types.
FACILITY_NOUNS = _words("""
building palace prison airport station bridge square street avenue road tower towers center centre complex
base hospital stadium hall church cathedral mosque temple synagogue embassy headquarters museum monument
cemetery graveyard chapel basilica abbey monastery convent shrine mausoleum fortress citadel hotel theatre
theater library arena plaza boulevard quay barracks berth pier wharf dock hangar highway motorway interstate
""")

# Words for "saint" before a saint's name: "St. Mark's Cathedral", "San Martin Square".
SAINT_WORDS = frozenset({"st", "saint", "ste", "san", "santa", "santo", "sankt", "sao", "são"})

# Common nouns for publications: "X, the free encyclopedia", "X, a weekly magazine" make X an organisation.
PUBLICATION_NOUNS = _words("newspaper magazine encyclopedia encyclopaedia wiki website site blog periodical "
                           "tabloid weekly daily broadsheet publisher")

# Verbs whose subject is normally a person (used as light evidence only: organisations say things too).
PERSON_VERBS = _words("""
say tell write meet claim admit explain add argue believe praise reply think know want wish hope feel
recall remember smile laugh die marry bear resign
""")

# Words whose "in X" names a publication or broadcaster: "published in X", "an article in X".
PUBLISHING = _words("""
publish write report print appear quote say state tell article column editorial op-ed interview story piece
report essay letter review headline feature broadcast air
""")

# Verbs headlines put in title case right after a name ("When X Met Y", "X Says ...").
HEADLINE_VERBS = _words("""
met meets meet says said tells told visits visited wins won loses lost dies died calls called warns warned
meets makes made takes took goes went gets got sees saw becomes became faces faced returns returned
""")

# Verbs of movement: "travelled to X", "fled from X" make X a place.
MOTION_VERBS = _words("""
travel fly go come return move sail drive flee escape march walk ride journey retreat advance deport
exile send arrive emigrate immigrate relocate transfer
""")

# Prepositions before a place ("in X", "at X"): light evidence for a place reading.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "inside", "outside", "across", "throughout", "within"})

# Plural proper nouns that are nonetheless place names (spaCy's GPE on "the Bolsheviks" is not).
PLURAL_PLACES = frozenset({"united states", "netherlands", "philippines", "bahamas", "maldives", "seychelles",
                           "comoros", "americas", "alps", "andes", "balkans", "himalayas", "emirates", "states"})

# Possessors that make one descriptive name with what follows: "the People's Republic",
# "Her Majesty's Government" (irregular plurals and honorifics; "Workers'" is caught by its apostrophe).
PLURAL_POSSESSORS = frozenset({"people", "women", "men", "children"})
HONORIFIC_POSSESSORS = frozenset({"majesty", "highness", "excellency", "holiness", "grace", "lordship", "ladyship"})

# What may follow a comma inside one name: "Washington, D.C.", "Acme, Inc.", "Sammy Davis, Jr."
# (lower case, dots removed).
NAME_SUFFIXES = frozenset({"dc", "inc", "ltd", "llc", "plc", "co", "corp", "jr", "sr", "ii", "iii", "iv"})

# Citation and layout words the model sometimes tags as names.
NOT_NAMES = _words("ibid ibidem idem op cit et al passim supra infra subject re fig figure table appendix box fyi")

# Words that never head a name of their own even when capitalised (sentence starts, headlines).
FUNCTION_WORDS = _words("""
a an the this that these those and or but of for in on at to by with from as is was were be been it its he she
they we you i his her their our my your when where who what why how if then than so not no
""")


def initials(name: str) -> str:
    """Initials of the content words: "Organisation of American States" -> "OAS"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper()


def is_given_name(word: str) -> bool:
    """True when ``word`` is a common first name ("Willy", "Moshe"), from :mod:`annalyst.language.given_names`.

    Accents and case are ignored ("José", "JOSÉ"). The list is short and curated:
    an unknown name is simply no evidence, and the context rules decide.
    """
    if not word[:1].isupper():
        return False
    bare = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in bare if not unicodedata.combining(c)) in given_names()
