"""Words that take a clause out of the facts a text asserts: modals, negators, verbs of denial and doubt.

Hand-written from the closed classes of English grammar (the modal
auxiliaries and negative pronouns of Quirk et al.'s *Comprehensive Grammar*,
with the clitic forms spaCy's tokenizer gives: "'ll", "wo" of "won't", "ca" of
"can't") and from the verbs of denial and doubt that news agencies' and
foreign ministries' style guides list beside the verbs of saying. Only general
English. The claim rules (``extract/claims``) and the factuality of events
(``extract/events/factuality.py``) read the same lists: a clause a claim
treats as hypothetical or denied is one an event treats as no fact.
"""

from __future__ import annotations

from .wordlist import words as _words

#: The clitic forms of modals spaCy's tokenizer gives ("'ll"; "wo" of "won't", "ca" of "can't"): tokens, not words
#: of a text read as words.
CLITIC_MODALS = _words("'ll wo ca")

#: Auxiliaries of what will, would, might or must be: a clause with one puts no fact forward yet.
MODALS = _words("will would could might may should shall must can") | CLITIC_MODALS

#: Negation cues inside a clause, beyond spaCy's ``neg`` dependency ("never", "nor").
NEGATORS = _words("not n't never no neither nor nobody nothing")

#: Subjects that deny for everyone they cover: "Nobody in the capital knew", "neither believed it".
NEGATIVE_PRONOUNS = _words("nobody none neither noone no-one")

#: Subjects that deny their own clause: the negative pronouns and "nothing" ("nothing has happened"). A
#: claim does not read "nothing" as a denier of what it says, since "nothing has happened because the army
#: controls everything" still asserts the because-clause.
NEGATIVE_SUBJECTS = NEGATIVE_PRONOUNS | {"nothing"}

#: Determiners that deny their noun: "no government has opened".
NEGATIVE_DETERMINERS = _words("no neither")

#: Marks of a condition or an open question: "if X had planned it", "whether X knew".
CONDITIONAL_MARKS = _words("if unless whether")

#: Reporting verbs whose subject rejects the complement: "X denied that ...".
DENIAL_VERBS = _words("deny reject dispute refute disprove rebut contest dismiss")

#: Reporting verbs by which the subject doubts the complement: "X doubted that ...".
DOUBT_VERBS = _words("doubt question")

#: Verbs by which the subject refuses what the infinitive says: "refused to pass the message" passes none.
REFUSAL_VERBS = _words("refuse decline")
