"""General word lists for quote attribution: reporting verbs, speaking nouns, abbreviations.

Hand-written because no maintained library ships an offline lexicon of English
reporting verbs in a usable form (textacy's ``direct_quotations`` hard-codes a
short list of its own; VerbNet's "say" and "communication" classes need a
download). Everything here is general English, never a word taken from a
particular text.
"""

from __future__ import annotations

from ...language.reporting import QUOTE_VERBS
from ...language.titles import HONORIFICS
from ...language.wordlist import words as _words

# Lemmas of verbs that introduce what someone said or wrote (language/reporting.py).
REPORTING_VERBS = QUOTE_VERBS

# Reporting verbs whose direct object is the person spoken to ("told Y", "reassures Y").
ADDRESSING_VERBS = _words("""
tell reassure assure warn inform advise ask remind urge promise caution brief thank instruct order admonish
answer
""")

# Verbs after which a following quotation is a *name* for something, not words someone said.
NAMING_VERBS = _words("call dub name term label nickname christen title")



# Head nouns naming a written source: "said the report", "the memo states".
DOCUMENT_NOUNS = _words("""
report reports study document documents memo memorandum cable letter statement article paper book communiqué
communique declaration resolution record records transcript minutes editorial survey review dossier telegram
note notes brief filing complaint ruling verdict judgment judgement decree testimony analysis assessment
newspaper magazine paper journal website site blog post release
""")

# Head nouns naming someone who speaks *for* an organisation: "a ministry spokesman said".
SPOKES_NOUNS = _words("""
official officials spokesman spokeswoman spokesperson source sources aide aides representative representatives
diplomat diplomats officer officers staff staffer
""")

# Abbreviations whose dot does not end a sentence.
ABBREVIATIONS = HONORIFICS | _words("""
st jr sr vs no nos inc ltd co corp dept est fig etc al approx ca cf e g i e jan feb mar apr jun jul aug sep sept
oct nov dec mt ft u s n y d c
""")

# Common nouns that can speak: a cue whose subject is one of these ("a diplomat said") has found
# its speaker even though the text gives no name.
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

# Institutions that speak through their people: also speakers, but not antecedents of "he" or "she".
INSTITUTION_NOUNS = _words("""
government ministry commission committee council agency department court army police union party embassy
administration office board parliament congress senate cabinet
""")

# Nouns for what someone said: their owner is the speaker ("his reply was: “…”").
SPEECH_NOUNS = _words("""
answer reply response words message comment comments remark remarks view verdict conclusion advice warning
promise explanation argument position retort rejoinder question statement speech testimony account version
assessment judgement judgment opinion instruction instructions order orders request demand plea
""")
