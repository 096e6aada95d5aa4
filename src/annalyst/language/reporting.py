"""Verbs and adjectives by which a text puts a proposition forward for someone, in general English.

Hand-written from the reporting-verb inventories of English grammars (Quirk et
al.'s "verbs of saying" and "verbs of thinking") and of the style guides news
agencies and foreign ministries use for minutes of conversation. Only general
English; never a phrase from a particular text.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs that relay what someone *said* in a conversation ("He said ...", "Marr continued, ...",
#: "He went on that ..."): the sentences after one, in the minutes of a talk, go on in that voice.
SPEECH_VERBS = _words("""
say tell state add continue explain stress emphasize emphasise underline underscore cite note remark mention
reply answer respond repeat reiterate insist maintain argue claim assert declare affirm acknowledge admit concede
confirm assure reassure express observe point recall comment wonder complain protest plead urge warn caution
inform indicate convey outline describe suggest propose deny
""")

#: Verbs of belief and assessment ("The Embassy fears that ...", "He feels he has been betrayed",
#: "the agency estimates that ..."): their subject holds the clause as a view rather than a report.
BELIEF_VERBS = _words("""
believe think feel fear consider estimate judge expect suspect assume presume reckon sense doubt hope trust
understand gather conclude assess anticipate worry regret deplore welcome
""")

#: Adjectives of a holder's attitude to a clause ("we are concerned that ...", "USG is afraid this is ...").
ATTITUDE_ADJECTIVES = _words("""
concerned afraid worried anxious convinced confident sure certain aware persuaded satisfied disturbed alarmed
dismayed pleased glad sorry hopeful doubtful skeptical sceptical
""")

#: Adverbs by which the writer marks a clause as his own estimate ("Voss probably feels ...").
ESTIMATE_ADVERBS = _words("probably likely apparently presumably evidently seemingly doubtless undoubtedly clearly")

#: Verbs by which a holder asks another to pass a message on ("asked me to convey that ..."): the
#: message is the asker's.
RELAY_VERBS = _words("convey pass relay transmit deliver")
RELAY_REQUESTS = _words("ask request urge instruct want beg")
