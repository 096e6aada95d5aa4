"""English pronouns by person, number and gender: the closed class every reference resolver reads.

From any English grammar (Quirk et al., ch. 6); general English only. The
sets are the forms as a lower-cased token reads; a caller that needs a smaller
set (a personal pronoun of the third person singular, say) builds it from these
by union, so each form is written once.
"""

from __future__ import annotations

from .wordlist import words as _words

MALE_PRONOUNS = _words("he him his himself")
FEMALE_PRONOUNS = _words("she her hers herself")
PLURAL_PRONOUNS = _words("they them their themselves")
NEUTER_PRONOUNS = _words("it its itself")
FIRST_PERSON = _words("i me my we us our")
SECOND_PERSON = _words("you your yours yourself yourselves")
RELATIVE_PRONOUNS = _words("who whom that which")

#: The pronouns of one person of either sex that a reference resolver reads as a name written
#: earlier: "he", "him", "his", "she", "her" and the reflexives ("hers" is left out: it stands
#: for a thing, not its owner).
PERSONAL_PRONOUNS = (MALE_PRONOUNS | FEMALE_PRONOUNS) - {"hers"}

#: The writer of a message speaking of himself or his post as subject or object: "I", "we", "me", "us".
AUTHOR_PRONOUNS = FIRST_PERSON - {"my", "our"}
