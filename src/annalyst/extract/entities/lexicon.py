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
from functools import cache

from .given_names import given_names


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text, for readability."""
    return frozenset(text.split())

# Honorifics, ranks and offices that may stand before a person's name. Lower case,
# without the final dot; multi-word titles are matched token by token. The last line
# holds the abbreviations of telegrams and minutes ("PM X", "FonMin Y", "Asst Sec Z").
TITLES = _words("""
mr mrs ms miss mister dr doctor sir honorable honourable hon excellency
dame lord lady madam madame mme mlle monsieur herr frau senor señor senora señora
don dona doña prof professor rev reverend fr father sister brother
general gen lieutenant lt colonel col major maj captain capt admiral adm marshal field-marshal sergeant sgt
commander cmdr cdr brigadier brig corporal cpl private pvt commodore ensign commandant
president vice-president premier chancellor minister secretary senator sen representative rep congressman
congresswoman governor gov mayor ambassador envoy consul director judge justice magistrate king queen prince princess
emperor empress tsar czar shah sultan emir pope cardinal bishop archbishop rabbi imam sheikh ayatollah mullah
chairman chairwoman chair commissioner attorney deputy undersecretary under-secretary spokesman spokeswoman comrade
dictator leader chief head officer agent detective inspector superintendent sheriff chief-of-staff
pm fonmin amb secstate asst sec
""")

# Courtesy titles that tell a person's sex: "Mrs. X" and "Mr. X" are two people.
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "mlle", "lady", "dame", "frau", "senora",
                           "señora", "dona", "doña"})
MALE_TITLES = frozenset({"mr", "mister", "sir", "lord", "monsieur", "herr", "senor", "señor", "don"})


def title_sex(title: str | None) -> str | None:
    """"female" for "Mrs.", "Ms.", "Lady"; "male" for "Mr.", "Sir"; None for a rank or an office."""
    words = {w.rstrip(".") for w in (title or "").casefold().split()}
    if words & FEMALE_TITLES:
        return "female"
    if words & MALE_TITLES:
        return "male"
    return None


# Title words that also commonly head an organisation name ("General Assembly",
# "Director of Intelligence"): they only count as a person's title when a name follows.
WEAK_TITLES = frozenset({"general", "chief", "head", "leader", "officer", "agent", "chair", "justice", "director"})

# Words that join an office to its domain: "Secretary of State", "Minister for Trade".
TITLE_LINKS = frozenset({"of", "for"})

# Modifiers that may sit inside a title phrase: "former Prime Minister", "Vice Admiral".
TITLE_MODIFIERS = frozenset({"former", "then", "late", "acting", "deputy", "assistant", "vice", "prime", "foreign",
                             "interior", "defence", "defense", "finance", "justice", "chief", "senior", "junior",
                             "field", "lieutenant", "rear", "attorney", "first", "second", "supreme", "grand",
                             "executive", "national", "state", "high", "permanent", "principal", "special",
                             "commanding", "presiding"})


def is_role(form: str) -> bool:
    """True for a role or title standing for a person ("THE PRESIDENT", "High Commissioner"): not a name."""
    words = key(form).split()
    return bool(words) and all(w in TITLES or w in TITLE_MODIFIERS or w in TITLE_LINKS for w in words)

# Role nouns of people: an apposition or copula with one of these makes its name a PERSON.
PERSON_NOUNS = _words("""
lawyer attorney agent spy officer official diplomat ambassador envoy minister secretary president leader ruler
dictator general admiral colonel soldier politician senator journalist reporter writer author editor columnist
historian scholar professor student teacher doctor priest bishop rabbi imam activist businessman businesswoman
banker economist scientist engineer spokesman spokeswoman candidate director chairman chairwoman founder member
colleague friend wife husband son daughter father mother brother sister widow king queen prince princess emperor
judge prosecutor analyst adviser advisor aide assistant deputy inventor criminal murderer killer victim
commander chief head mayor governor man woman boy girl player actor actress singer artist poet novelist
philosopher theologian lawmaker legislator representative negotiator mediator architect butcher tyrant
correspondent commentator biographer publisher broadcaster photographer lecturer researcher physician surgeon
merchant industrialist magnate ally rival opponent critic supporter successor predecessor protege mentor
nephew niece cousin uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter fiancee
""")

# Kinship nouns: "X, the minister's wife" introduces X as somebody's relative.
KIN_NOUNS = _words("""
wife husband son daughter father mother brother sister widow widower nephew niece cousin uncle aunt grandson
granddaughter grandfather grandmother stepson stepdaughter fiancee fiance
""")

# Nouns naming places: "the X region", "X, a colony in ...".
PLACE_NOUNS = _words("""
city town village region province state county district country nation island islands republic kingdom colony
camp capital port harbour harbor valley river mountain mountains lake sea ocean bay coast peninsula desert
territory municipality department prefecture suburb neighbourhood neighborhood settlement area border
""")

# Place nouns that "the N of X" says X is: "the town of X", "the province of X" (not "the capital of X").
PLACE_KINDS = _words("""
city town village hamlet province county district region municipality prefecture island colony territory
settlement state republic kingdom
""")

# First words of place names: "Port Said", "Fort Worth", "Lake Chad", "Cape Town", "West Point".
PLACE_PREFIXES = frozenset({"port", "fort", "mount", "mt", "lake", "cape", "isle", "gulf", "bay",
                            "north", "south", "east", "west"})

# Nouns naming facilities (buildings and sites), a kind of place in the scorer's coarse types.
FACILITY_NOUNS = _words("""
building palace prison airport station bridge square street avenue road tower towers center centre complex
base hospital stadium hall church cathedral mosque temple synagogue embassy headquarters museum monument
cemetery graveyard chapel basilica abbey monastery convent shrine mausoleum fortress citadel hotel theatre
theater library arena plaza boulevard quay barracks berth pier wharf dock hangar
""")

# Words for "saint" before a saint's name: "St. Mark's Cathedral", "San Martin Square".
SAINT_WORDS = frozenset({"st", "saint", "ste", "san", "santa", "santo", "sankt", "sao", "são"})

# Last words of organisation names ("Human Rights Commission", "Peruvian Army").
ORG_HEADS = _words("""
commission committee council department ministry agency institute institution party army navy force forces
university college school academy bank association organisation organization union court assembly congress
parliament senate government administration directorate bureau office service corporation company group
foundation federation league alliance front movement network
review press television radio church society club team fund authority board police guard guards
bloc coalition regime junta cabinet embassy consulate legation mission legion
""")

# Last words of newspaper names ("the Chicago Tribune"): their first word is mostly the paper's city.
NEWSPAPER_HEADS = _words("times post herald journal tribune gazette news courier chronicle telegraph dispatch "
                         "inquirer courant")
ORG_HEADS |= NEWSPAPER_HEADS

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

# Legal forms a company's name may end with: "Acme Tools Ltd." is the company "Acme Tools"
# (lower case, dots removed). Not "Company" or "Corporation": those are part of the name.
LEGAL_SUFFIXES = frozenset({"ltd", "limited", "inc", "incorporated", "plc", "corp", "llc", "gmbh", "ag", "sa",
                            "nv", "bv"})

# Citation and layout words the model sometimes tags as names.
NOT_NAMES = _words("ibid ibidem idem op cit et al passim supra infra subject re fig figure table appendix box fyi")

# Words that never head a name of their own even when capitalised (sentence starts, headlines).
FUNCTION_WORDS = _words("""
a an the this that these those and or but of for in on at to by with from as is was were be been it its he she
they we you i his her their our my your when where who what why how if then than so not no
""")


def key(name: str) -> str:
    """Normalised form of a name for comparisons: case, dots, quotes, possessives, a leading "the"."""
    s = name.replace("’", "'").replace("‘", "'").casefold()
    s = re.sub(r"'s\b|'$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s&'-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


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


def initials(name: str) -> str:
    """Initials of the content words: "Organisation of American States" -> "OAS"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper()


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


def is_given_name(word: str) -> bool:
    """True when ``word`` is a common first name ("Willy", "Moshe"), from :mod:`.given_names`.

    Accents and case are ignored ("José", "JOSÉ"). The list is short and curated:
    an unknown name is simply no evidence, and the context rules decide.
    """
    if not word[:1].isupper():
        return False
    bare = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in bare if not unicodedata.combining(c)) in given_names()
