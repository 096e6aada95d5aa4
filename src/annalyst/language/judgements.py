"""Judgements sources pass on an act or an actor: was it retaliation, who is to blame.

General English, written here by hand. Each judgement is a concept with the
words that state it and the words that deny it ("responsible" and "culprit"
against "non-responsibility" and "innocent"). The claim comparison
(``resolve``) reads them to find two sources judging the same actor's act the
same way or the opposite way; the phrasings that make a word a judgement rather
than a passing mention (a copula, "the claim of ...") are there too.
"""

from __future__ import annotations

import re

from .modality import CLITIC_MODALS, CONDITIONAL_MARKS
from .modality import MODALS as _MODALS

#: concept -> (words affirming it, words denying it); matched as whole words, case-insensitively
JUDGEMENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "retaliation": (("retaliation", "retaliatory", "reprisal", "reprisals", "revenge", "vengeance"), ()),
    # "responsible" and "responsibility" alone name a duty or an authority as often as a blame ("the areas for
    # which it is responsible"): only their denial, and the words of blame, judge
    "responsibility": (("culprit", "culprits", "to blame", "guilty", "guilt", "irresponsibility"),
                       ("non-responsibility", "nonresponsibility", "not responsible", "innocent", "innocence",
                        "blameless", "not to blame")),
}

#: deeds that make their doer responsible for the violence of those they train or send ("X trains saboteurs
#: and dispatches them", "X-trained infiltrators"), and the words for those people
SPONSORING = ("train", "trains", "trained", "training", "dispatch", "dispatches", "dispatched", "dispatching",
              "send", "sends", "sent", "sending", "finance", "finances", "financed", "financing", "sponsor",
              "sponsors", "sponsored", "sponsoring", "harbor", "harbors", "harbored", "harboring", "harbour",
              "harbours", "harboured", "harbouring", "backed", "supported", "equipped")
MILITANTS = ("terrorist", "terrorists", "saboteur", "saboteurs", "infiltrator", "infiltrators", "guerrilla",
             "guerrillas", "raider", "raiders", "fedayeen", "terror", "terrorism", "gunmen", "insurgents")

#: the question each judgement answers, for explanations; ``{side}`` is the judged actor
QUESTIONS = {"retaliation": "whether the act of {side} was retaliation",
             "responsibility": "whether {side} is responsible (to blame)"}

#: forms of "to be" that make a judgement word the predicate ("was the culprit") or its subject
COPULAS = frozenset({"is", "was", "were", "are", "been", "be", "being", "'s"})
#: nouns of a reported position whose "of" names the judgement held ("their claim of non-responsibility")
POSITION_NOUNS = frozenset({"claim", "claims", "assertion", "assertions", "denial", "denials", "charge",
                            "charges", "accusation", "accusations", "admission", "allegation", "allegations"})
#: words that put a judgement in the future or in a condition: no judgement of what happened (the modals and
#: marks of a condition of :mod:`.modality`, as words of the text)
MODALS = (_MODALS - CLITIC_MODALS) | CONDITIONAL_MARKS
#: words before a judgement word that make it a thing wanted, opposed or expected, not a judgement of an act
GOVERNORS = frozenset({"against", "for", "another", "further", "more", "new", "future", "urging", "threat",
                       "threats", "threaten", "threatened", "risk"})
#: verbs that deny or doubt the clause they govern ("He denied retaliation was the objective")
DENIALS = frozenset({"denied", "deny", "denies", "denying", "rejected", "rejects", "disputed", "disputes",
                     "doubted", "doubts", "doubt", "dismissed", "dismisses", "refuted", "refutes"})
#: what closes the clause a judgement is read in
CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s|\b(?:and|but|while|whereas|although|though|because|which|who)\b")
