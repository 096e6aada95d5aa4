"""General word lists for quote attribution: verbs of addressing and naming, document and speech nouns, abbreviations.

The quotation cues themselves are :data:`annalyst.language.reporting.QUOTE_VERBS`, the
titles :mod:`annalyst.language.titles`, the person nouns :mod:`annalyst.language.people`.
Hand-written because no maintained library ships an offline lexicon of English
reporting verbs in a usable form (textacy's ``direct_quotations`` hard-codes a
short list of its own; VerbNet's "say" and "communication" classes need a
download). Everything here is general English, never a word taken from a
particular text.
"""

from __future__ import annotations

from ...language.titles import HONORIFICS
from ...language.wordlist import words as _words

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

# Abbreviations whose dot does not end a sentence.
ABBREVIATIONS = HONORIFICS | _words("""
st jr sr vs no nos inc ltd co corp dept est fig etc al approx ca cf e g i e jan feb mar apr jun jul aug sep sept
oct nov dec mt ft u s n y d c
""")

# Nouns for what someone said: their owner is the speaker ("his reply was: “…”").
SPEECH_NOUNS = _words("""
answer reply response words message comment comments remark remarks view verdict conclusion advice warning
promise explanation argument position retort rejoinder question statement speech testimony account version
assessment judgement judgment opinion instruction instructions order orders request demand plea
""")
