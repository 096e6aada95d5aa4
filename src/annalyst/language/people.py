"""Common nouns for people and for the bodies that speak through them, in general English.

Hand-written from the person nouns of news and diplomatic prose (kinship,
occupations, offices, the roles of an inquiry: witness, victim, survivor) and
the bodies of a state or an organisation. The reference resolver reads them to
tell an unnamed person ("the president", "a diplomat") from an institution
("the ministry"), which also speaks but is not meant by "he" or "she"; the
quote rules read them to accept a speaker the text does not name.
"""

from __future__ import annotations

from .wordlist import words as _words

#: Nouns for people, by role, occupation, kinship or circumstance ("the minister", "a witness", "his widow"),
#: singular and the common plurals: a cue whose subject is one of these ("a diplomat said") has found its
#: speaker though the text gives no name; an apposition or copula with one ("X, a lawyer") makes X a person.
PERSON_NOUNS = _words("""
activist activists actor actress admiral adviser advisor agent aide ally ambassador analyst analysts architect
artist assistant attorney aunt author banker biographer bishop boy broadcaster brother businessman
businesswoman butcher candidate chairman chairwoman chief child children colleague colonel columnist commander
commentator commissioner correspondent cousin criminal critic critics daughter delegate delegates deputy
dictator diplomat director doctor doctors driver economist economists editor emperor employee employees
engineer envoy expert experts farmer farmers father fiancee founder friend general girl governor granddaughter
grandfather grandmother grandson head historian historians husband imam industrialist inspector inventor
investigator investigators journalist journalists judge killer king lawmaker lawmakers lawyer lawyers leader
leaders lecturer legislator magnate man manager mayor mediator member members men mentor merchant minister
ministers mother murderer negotiator neighbor neighbour nephew niece novelist nurse observer observers officer
official officials opponent owner people person philosopher photographer physician player poet politician
politicians predecessor president priest prince princess professor prosecutor protege protester protesters
publisher queen rabbi refugee refugees reporter reporters representative representatives researcher resident
residents rival ruler scholar scholars scientist scientists secretary senator senators shopkeeper singer
sister soldier soldiers son source sources spokesman spokesperson spokeswoman spy stepdaughter stepson student
students successor supporter surgeon survivor survivors teacher theologian tyrant uncle veteran veterans
victim victims villager villagers voter voters widow wife witness witnesses woman women worker workers writer
""")

#: Kinship nouns: "X, the minister's wife" introduces X as somebody's relative.
KIN_NOUNS = _words("""
aunt brother cousin daughter father fiance fiancee granddaughter grandfather grandmother grandson husband
mother nephew niece sister son stepdaughter stepson uncle widow widower wife
""")

#: Institutions that speak through their people: also speakers, but not antecedents of "he" or "she".
INSTITUTION_NOUNS = _words("""
government ministry commission committee council agency department court army police union party embassy
administration office board parliament congress senate cabinet
""")

#: Head nouns naming someone who speaks *for* an organisation: "a ministry spokesman said".
SPOKES_NOUNS = _words("""
official officials spokesman spokeswoman spokesperson source sources aide aides representative representatives
diplomat diplomats officer officers staff staffer
""")
