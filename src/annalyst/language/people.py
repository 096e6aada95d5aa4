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

#: Common nouns that can speak: a cue whose subject is one of these ("a diplomat said") has found
#: its speaker even though the text gives no name.
PERSON_NOUNS = _words("""
man woman men women person people boy girl child children resident residents witness witnesses protester
protesters critic critics expert experts analyst analysts observer observers lawyer lawyers attorney judge
prosecutor officer soldier soldiers general colonel commander minister ministers secretary president leader
leaders ruler dictator diplomat ambassador envoy senator senators lawmaker lawmakers politician politicians
journalist journalists reporter reporters writer author editor columnist historian historians scholar scholars
professor student students teacher doctor doctors nurse priest bishop rabbi imam activist activists
businessman banker economist economists scientist scientists engineer farmer farmers worker workers shopkeeper
owner driver survivor survivors victim victims mother father son daughter wife husband brother sister friend
neighbour neighbor villager villagers voter voters candidate chairman chairwoman director manager employee
employees member members adviser advisor aide negotiator mediator investigator investigators inspector
commissioner governor mayor chief head king queen prince official officials spokesman spokeswoman spokesperson
source sources representative representatives delegate delegates veteran veterans refugee refugees
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
