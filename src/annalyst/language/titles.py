"""Titles, ranks and offices that stand before a person's name, and the sex a courtesy title tells.

General knowledge of English usage, hand-written (spaCy's model has no honorific or role lexicon).
The one list of titles: the entity rules (``extract``), the surname resolver and the quote rules
read it from here.
"""

from __future__ import annotations

from .names import key
from .wordlist import words as _words

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

# Titles of courtesy, which say nothing of an office: the courtesy titles of either sex, "Dr." and "Hon.".
COURTESY_TITLES = FEMALE_TITLES | MALE_TITLES | {"dr", "hon"}

# Ranks and kinship titles that also tell a person's sex ("King X", "Sister Y"): for a pronoun's gender,
# though not a courtesy title ("Prince X" and "Mr. X" may well be one man).
MALE_RANKS = frozenset({"king", "prince", "emperor", "father", "brother"})
FEMALE_RANKS = frozenset({"queen", "princess", "empress", "sister"})


# Titles that tell a pronoun's gender ("he", "she"): the courtesy titles and the gendered ranks.
MALE_GENDERED = MALE_TITLES | MALE_RANKS
FEMALE_GENDERED = FEMALE_TITLES | FEMALE_RANKS

# Military ranks, with their abbreviations: a person given one is not also called "Mr." or "Mrs." in
# the same text.
MILITARY_RANKS = _words("""
gen general col colonel lt lieutenant capt captain adm admiral maj major marshal brig brigadier sgt sergeant
cmdr commander cpl corporal
""")

# The titles of the forms of address, which stand before a name and are no part of it: the courtesy
# titles, the gendered ranks, and the academic, clerical, military and civil titles of address
# ("Dr.", "Rev.", "Gen.", "Governor"). A part of TITLES: the offices that are roles more than forms
# of address ("chairman", "spokesman", "chief") are left out, since the quote rules strip these words
# from a name to compare what remains.
HONORIFICS = MALE_GENDERED | FEMALE_GENDERED | _words("""
dr doctor prof professor rev reverend gen general col colonel lt capt captain adm admiral maj major sen senator
rep gov governor president secretary minister ambassador judge justice chancellor premier marshal mayor
""")
assert HONORIFICS <= TITLES and MILITARY_RANKS <= TITLES


def title_sex(title: str | None) -> str | None:
    """"female" for "Mrs.", "Ms.", "Lady"; "male" for "Mr.", "Sir"; None for a rank or an office."""
    words = {w.rstrip(".") for w in (title or "").casefold().split()}
    if words & FEMALE_TITLES:
        return "female"
    if words & MALE_TITLES:
        return "male"
    return None


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
