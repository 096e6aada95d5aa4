"""Word lists the claim rules consult: stance cues, predicate classes, event classes, national sides.

Hand-written because no maintained library ships them for offline use: spaCy's
English model has no reporting-verb or hedge lexicon, and the country
converters on PyPI (``country_converter``, ``pycountry``) know official names
but no demonyms ("Peruvian"), metonyms ("Washington") or national agencies. They
hold general knowledge of English political prose only, never a phrase from a
particular text.
"""

from __future__ import annotations

import re

from ...language.wordlist import words as _words

# "made it plain/clear that ...": make + one of these adjectives + a that-clause.
PLAIN_ADJECTIVES = _words("plain clear known obvious evident explicit likely probable possible certain")

# Nouns that frame what follows as false: "the myth that ...", "the lie that ...".
FALSE_FRAMES = _words("""
myth legend fiction lie falsehood fabrication misconception canard fairytale fable hoax delusion fantasy
misrepresentation distortion untruth nonsense rubbish invention fabrication propaganda
""")

# Adjectives of "it is false that ...", "the false claim that ...".
FALSE_ADJECTIVES = _words("false untrue wrong baseless unfounded groundless absurd nonsensical mistaken erroneous")

# Nouns of "there is no evidence that ...": with "no", the author doubts the clause.
EVIDENCE_NOUNS = _words("evidence proof indication sign trace record")

# Verbs by which a record backs a claim up, or with "nothing of the kind" does not: "the files show ...".
REFUTING_VERBS = _words("show prove support confirm contain reveal suggest indicate record mention say corroborate")

# Adjectives of "it is true that ...": the author commits to the clause.
TRUE_ADJECTIVES = _words("true correct undeniable indisputable certain clear evident obvious fact")

# "It is hard to accept/believe ...": an adjective of difficulty and a verb of acceptance.
DIFFICULTY_ADJECTIVES = _words("hard difficult impossible tough")
ACCEPT_VERBS = _words("accept believe credit swallow buy trust take sustain uphold defend maintain")

# Adjectives that doubt a clause or a claim by themselves: "it is doubtful that ...".
DOUBT_ADJECTIVES = _words("""
doubtful questionable dubious implausible unlikely unconvincing debatable exaggerated overstated misleading
unreliable unproven unsubstantiated far-fetched""")

# Modifiers that set an event apart from the one the document is about: "an earlier coup attempt".
OTHER_EVENT = _words("earlier previous prior another later subsequent second third first failed attempted former")

# Adverbs and modifiers by which the author distances himself from what the clause says.
HEDGES = _words("allegedly supposedly purportedly reputedly ostensibly so-called alleged purported supposed")

# Nouns by which a later sentence points back at a reported claim ("this claim").
CLAIM_NOUNS = _words("""
claim statement assertion allegation argument story account version denial explanation view contention
testimony assurance insistence thesis theory idea notion suggestion rumour rumor belief speculation suspicion
accusation charge impression perception narrative report tale legend assumption feeling theme conviction
judgment judgement estimate assessment position point plea sense hope fear concern
""")

# Predicate classes: what an actor did, normalised so that "backed", "supported" and
# "orchestrated" a coup read as one proposition ("involvement") across sources.
PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "involvement": _words("""
        orchestrate organise organize back support sponsor engineer instigate foment plot plan mastermind fund
        finance aid help assist involve participate direct stage encourage incite promote inspire implicate
        abet collude conspire launch responsible complicit order authorize authorise approve sanction
        command commission supporter backer sponsor architect mastermind organiser organizer instigator
        accomplice ally financier"""),
    "supply": _words("provide supply sell arm equip train give deliver ship export"),
    "manipulation": _words("manipulate rig falsify interfere meddle fix steal"),
    "violence": _words("kill murder assassinate torture execute massacre bomb attack shoot disappear"),
    "takeover": _words("overthrow overthrew overthrown topple depose oust overturn"),
    "cause": _words("cause provoke trigger"),
    # foreknowledge: not knowing of an event rules out a part in it (see resolve/links.py)
    "knowledge": _words("know aware foreknowledge"),
}
PREDICATE_OF = {lemma: cls for cls, lemmas in PREDICATE_CLASSES.items() for lemma in lemmas}

# Nouns that name a predicate class: "denied any involvement in", "admitted its role in".
PREDICATE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("involvement", "role", "part", "participation", "support", "backing", "complicity",
                     "responsibility", "sponsorship", "hand", "collusion", "assistance", "help"), "involvement"),
    **dict.fromkeys(("knowledge", "foreknowledge"), "knowledge"),
    **dict.fromkeys(("supply", "supplies", "provision", "sale", "sales", "delivery", "deliveries"), "supply"),
}

# "with the blessing of X", "with British backing": X took part in what the clause reports.
BACKING_NOUNS = _words("""
blessing support backing help assistance aid approval consent connivance complicity encouragement collusion
acquiescence sponsorship funding""")

# Light-verb phrases of involvement: "took part in", "played a role in", "had a hand in".
LIGHT_VERBS = frozenset({("take", "part"), ("play", "role"), ("play", "part"), ("have", "hand"), ("have", "part"),
                         ("have", "role"), ("have", "involvement"), ("bear", "responsibility")})

# "U.S.-backed", "army-sponsored": an actor and a predicate in one hyphenated modifier.
COMPOUND_PARTICIPLE = re.compile(
    r"^(?P<actor>.+?)-(?P<verb>backed|sponsored|supported|funded|financed|armed|organi[sz]ed|orchestrated|"
    r"engineered|inspired|installed|trained|equipped|led|instigated|aided)$", re.IGNORECASE)

# Predicates that take the event as a prepositional object ("involved in the coup") and
# their subject as the actor even in the passive voice.
INVOLVED_IN = _words("involve implicate participate")

# Event classes, so that "the coup", "overthrew" and "a putsch" name one kind of event.
EVENT_CLASSES: dict[str, frozenset[str]] = {
    "coup": _words("coup putsch overthrow overthrew overthrown takeover d’état d'état topple depose oust"),
    "election": _words("election vote ballot referendum poll elect"),
    "killing": _words("murder assassination killing kill murder assassinate massacre execution"),
    "war": _words("war invasion invade attack bombing occupation"),
    "strike": _words("strike stoppage walkout"),
    "uprising": _words("uprising revolt rebellion insurrection revolution insurgency riot riots"),
    "arrest": _words("arrest detention imprisonment"),
    "sale": _words("sale sell arm weapons"),
    "torture": _words("torture"),
}
EVENT_OF = {w: cls for cls, ws in EVENT_CLASSES.items() for w in ws}

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def years_in(text: str) -> list[str]:
    """Four-digit years written in ``text``: a fallback when no timex value is known."""
    return _YEAR.findall(text)
