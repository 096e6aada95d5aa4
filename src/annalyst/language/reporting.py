"""Verbs and adjectives by which a text puts a proposition forward for someone, in general English.

Hand-written from the reporting-verb inventories of English grammars (Quirk et
al.'s "verbs of saying" and "verbs of thinking") and of the style guides news
agencies and foreign ministries use for minutes of conversation. Only general
English; never a phrase from a particular text.

Two stages read "reporting verbs" and mean two different things, so there are
two named sets, not one:

- :data:`QUOTE_VERBS`, for quotations: every verb that can introduce words
  someone *uttered or wrote*, however they were uttered ("quipped", "shouted",
  "tweeted", "cabled") or to whom ("told", "thanked"), belief verbs included
  ("he estimated" before a quotation);
- :data:`CLAIM_VERBS`, for claims: the verbs by which a text puts a
  *proposition* forward for its subject ("X claimed that ...", "the files show
  that ..."), belief and cognition included ("knows", "found"), the manner of
  speaking left out (a shout is not a claim) and so are the verbs of asking,
  urging, complaining or describing, whose complement is no proposition.
"""

from __future__ import annotations

from .wordlist import words as _words

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


#: Verbs that introduce what someone said or wrote, as lemmas: the cue of a quotation (see the
#: module docstring for how this differs from :data:`CLAIM_VERBS`).
QUOTE_VERBS = _words("""
say tell add explain underline underscore claim admit insist write state reassure assure note stress warn argue
mention remark reply respond answer ask declare announce acknowledge concede confirm deny report recall observe
comment suggest maintain contend assert affirm allege complain conclude emphasize emphasise quip joke shout scream
whisper mutter exclaim cry plead urge demand promise vow predict describe call tweet testify repeat reiterate
recount inform advise caution counter retort boast brag proclaim pronounce convey continue protest lament
concur agree estimate question wonder charge accuse praise criticise criticize thank acclaim hail dismiss reject
speak talk indicate put read quote relate recommend propose threaten order instruct caution signal disclose
reveal divulge admonish remind cable telegraph
""") | BELIEF_VERBS - {"hope", "worry", "welcome", "regret", "deplore", "understand", "gather", "trust", "sense"}

#: Verbs that put a proposition forward on behalf of their subject ("X claimed that ..."), as
#: lemmas: the cue of a claim (see the module docstring for how this differs from :data:`QUOTE_VERBS`).
CLAIM_VERBS = _words("""
say claim argue assert insist maintain contend state allege admit acknowledge concede confirm believe think
suggest write report announce declare explain add tell testify stress emphasise emphasize note observe point
warn reveal show prove demonstrate indicate conclude remark recall reply answer charge accuse acknowledge
affirm aver hold swear agree recognise recognize know find
""") | BELIEF_VERBS - {"doubt", "deplore", "welcome", "regret", "hope", "worry"} | SPEECH_VERBS - {
    "continue", "urge", "plead", "protest", "complain", "wonder", "deny", "describe", "outline"}

#: Modal auxiliaries that make a report hypothetical ("he might say", "they would argue"): no one
#: said it.
HYPOTHETICAL_MODALS = frozenset({"might", "could", "would", "may"})
