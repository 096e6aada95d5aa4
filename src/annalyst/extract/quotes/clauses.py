"""Reading the parse around a quotation: which token is a cue and what its subject is (the noun
phrase a speaker token heads is the reference resolver's, :func:`..references.phrase_span`).

The cue words are the quotation cues (:data:`annalyst.language.reporting.QUOTE_VERBS`), "according to", and
"in X's words"; the subject is found through the chains English uses to share one subject
between verbs, repairing two attachments the small English model often gets wrong.
"""

from __future__ import annotations

from ...language.reporting import QUOTE_VERBS
from ..references import SUBJECT_DEPS
from .cues import ADDRESSING_VERBS
from .marks import Quotation

# Dependencies through which a verb shares the subject of its head.
_SHARED_SUBJECT = ("conj", "xcomp", "acomp", "advcl", "pcomp", "dep")


# "in X's words", "in her view": the owner is the speaker.
_OWNED_SPEECH = frozenset({"words", "view", "opinion", "estimation", "judgement", "judgment", "phrase"})


def _words_of(t):
    """ "in the words of X", "in X's words": the token X, when ``t`` is "words" (or "view"...)."""
    if t.lower_ not in _OWNED_SPEECH or t.head.lower_ != "in":
        return None
    owners = [c for c in t.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    if t.lower_ != "words":
        return None
    for c in t.children:
        if c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def is_cue(t) -> bool:
    """Is ``t`` a cue word: a reporting verb (or one the model tagged as a noun), "according", "words"?"""
    if _words_of(t) is not None:
        return True
    if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
        return True
    if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
        return True
    if t.pos_ in ("VERB", "AUX"):
        return t.lemma_.lower() in QUOTE_VERBS and t.dep_ != "amod"
    return _mistagged_cue(t)


def _mistagged_cue(t) -> bool:
    """ "Holloway underlines." : the small model often tags a present-tense reporting verb as a noun.

    It is read as a verb when it has a verb's ending and sits between a name (or
    pronoun) and punctuation, or between punctuation and a name ("…”, says X").
    """
    if t.pos_ not in ("NOUN", "PROPN") or not t.lower_.endswith(("s", "ed")):
        return False
    if t.lemma_.lower() not in QUOTE_VERBS and t.lower_.rstrip("s") not in QUOTE_VERBS \
            and t.lower_[:-1] not in QUOTE_VERBS:
        return False
    doc = t.doc
    before = doc[t.i - 1] if t.i > 0 else None
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    name_before = before is not None and before.pos_ in ("PROPN", "PRON")
    punct_after = after is None or after.is_punct or after.pos_ in ("PROPN",)
    punct_before = before is None or before.is_punct
    name_after = after is not None and after.pos_ in ("PROPN", "DET", "PRON")
    return (name_before and punct_after) or (punct_before and name_after)


def quoting_verb(speaker):
    """The verb "quote" when ``speaker`` is its object ("the paper quoted a diplomat as saying")."""
    if speaker.dep_ in ("dobj", "nsubjpass") and speaker.head.lemma_.lower() == "quote":
        return speaker.head
    return None


def cue_span(t) -> tuple[int, int]:
    """Character span of the cue words: "said", "according to", "in the words of", "in X's view"."""
    doc = t.doc
    first, last = t, t
    if _words_of(t) is not None:
        first = t.head  # "in"
        of = [c for c in t.children if c.lower_ == "of"]
        last = of[0] if of else t
    elif t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
        last = doc[t.i + 1]
    return first.idx, last.idx + len(last.text)


def subject_of(cue, q: Quotation, quoted=None):
    """The subject of a cue verb, following shared-subject chains; ``according to X`` gives X.

    ``quoted(token)`` tells whether a token lies inside a quotation: a verb the parser
    conjoined to a verb *inside* quoted words ("would pay “every nurse who lost wages” and
    called …") is conjoined to the verb that governs those words.
    """
    if _words_of(cue) is not None:
        return _words_of(cue)
    if cue.lower_ == "according":
        to = [c for c in cue.children if c.lower_ == "to"] or \
            ([cue.doc[cue.i + 1]] if cue.i + 1 < len(cue.doc) else [])
        for t in to:
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        return None
    if cue.pos_ not in ("VERB", "AUX"):  # a mis-tagged cue: the name next to it
        doc = cue.doc
        if cue.i > 0 and doc[cue.i - 1].pos_ in ("PROPN", "PRON"):
            return doc[cue.i - 1]
        return doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    v = cue
    for _ in range(6):
        subjects = sorted((c for c in v.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(c.i - cue.i))
        for c in subjects:
            if not (q.start <= c.idx < q.end):
                if c.dep_ == "nsubjpass" and v.lemma_.lower() in ADDRESSING_VERBS:
                    continue  # "he was told": the subject is the addressee
                if c.dep_ == "nsubjpass" and v.i == cue.i and not _passive_speaker(v):
                    continue  # "he was never charged", "it was announced": spoken of, not speaking
                return c
        for c in v.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_.lower() == "quote":
            objs = [c for c in v.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:  # "quoted a diplomat as saying", "was quoted as saying"
                return objs[0]
        if v.dep_ == "conj":
            partner = _conjunct_partner(v, quoted)
            if partner is not None:
                v = partner
                continue
        if v.dep_ in _SHARED_SUBJECT and v.head.i != v.i:
            v = v.head
            continue
        break
    # inverted order with a parse that missed the subject: "…,” said the report.
    if cue.idx > q.end:
        for c in cue.rights:
            if c.dep_ in ("dobj", "attr", "npadvmod", "oprd") and c.pos_ in ("NOUN", "PROPN") and c.i - cue.i <= 4:
                return c
    return None


def _passive_speaker(verb) -> bool:
    """Is the subject of a passive reporting verb its speaker after all: "X was quoted as saying",
    "X is said to have told friends"?"""
    return verb.lemma_.lower() == "quote" or any(c.dep_ == "xcomp" for c in verb.children)


def _conjunct_partner(verb, quoted):
    """The verb a conjoined cue really shares its subject with, when the parse attached it wrongly.

    Two attachments are repaired: a conjunct of a verb inside quoted words ("would pay “every
    nurse who lost wages” and called …") belongs to the verb governing those words; and a
    finite conjunct of a verb under a modal inside a that-clause ("X said that the police
    would protect “…” and called …") belongs to the reporting verb, whose subject is X.
    """
    head = verb.head
    if quoted is not None and not quoted(verb) and quoted(head):
        while quoted(head) and head.head.i != head.i:
            head = head.head
        if quoted(head) or head.pos_ not in ("VERB", "AUX"):
            return None
    if _breaks_verb_group(verb, head):
        clause = head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp" and is_cue(clause.head):
            return clause.head
        return None
    return head if head.i != verb.head.i else None


def _breaks_verb_group(verb, head) -> bool:
    """A finite verb conjoined to a verb under a modal or "to" ("would protect … and called") cannot
    share that auxiliary, so the parser attached it too low: it is conjoined one clause higher."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in head.children)
