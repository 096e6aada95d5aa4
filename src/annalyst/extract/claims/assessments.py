"""Claims of diplomatic prose: what a cable or memorandum puts forward in its own voice or a reported one.

A cable or a memorandum argues in plain statements: assessments ("The raid has
shattered the arrangement"), forecasts ("He will turn to the Soviets"),
positions and protests ("We cannot agree to such action"). In that genre every
main clause the writer states is a claim the sending post or office holds, not
only the argued ones the other rules find; so, for documents whose heading
names a diplomatic kind (:func:`annalyst.language.diplomatic.is_diplomatic`),
each main clause no earlier rule took becomes a claim of the writer, asserted
or, when negated, denied.

Minutes of a conversation go on in the voice of whoever was reported last:
after "He said the incident was a great shock", the next sentences, even the
next numbered paragraph, are still his ("The operation did not go according
to plan"), until the writer speaks ("I replied ..."), reports someone else, or
a new unnumbered paragraph begins. A parenthetical cue ("We have no quarrel
with them, he said, ...") makes the whole sentence the speaker's, "we"
included.

The editor's apparatus ("Not printed", "The text is in telegram 123") holds
no claim (:func:`annalyst.language.diplomatic.is_apparatus`).

Split from :mod:`.rules` to keep modules small; the rules share its
:class:`~.rules.Builder`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.diplomatic import is_apparatus
from ...language.reporting import (
    BELIEF_VERBS,
    CLAIM_VERBS,
    HYPOTHETICAL_MODALS,
    RELAY_REQUESTS,
    RELAY_VERBS,
    SPEECH_VERBS,
)
from .clauses import clause_range, polarity_of
from .holders import holder_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .builder import Builder

_FIRST_PERSON = frozenset({"i", "we"})
_SECOND_PERSON = frozenset({"you"})
#: what the writer does rather than holds: "I suggest ...", "We told them ...", "I called X"
_ACTS = frozenset({
    "suggest", "recommend", "propose", "ask", "tell", "inform", "call", "phone", "cable", "send", "pass", "give",
    "discuss", "meet", "see", "urge", "request", "instruct", "reply", "answer", "add", "note", "stress", "say",
})
#: verbs that deny by themselves: negated, they assert ("cannot be ruled out", "does not exclude")
_NEGATIVE_VERBS = frozenset({"rule", "exclude", "preclude", "deny", "reject", "dismiss", "discount"})
_NUMBERED = re.compile(r"\s*(?:\d{1,3}|[A-Z]|[IVX]{1,4})\.\s")
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def reports_clause(verb: Token) -> bool:
    """ "He said that ...", "The Embassy fears ...": a verb that relays a clause for its subject.

    Not when it is hypothetical ("other states might conclude that ..."): nobody has said it.
    """
    if verb.lemma_ not in CLAIM_VERBS and verb.lemma_ not in BELIEF_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)


def _main_clauses(sent: Span) -> list[Token]:
    root = sent.root
    return [root, *(c for c in root.conjuncts if c.pos_ in ("VERB", "AUX"))]


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    return subject


def _paragraph_start(text: str, pos: int) -> int:
    found = text.rfind("\n\n", 0, pos)
    return found + 2 if found >= 0 else 0


def parenthetical_voice(b: Builder, sent: Span) -> str | None:
    """The speaker of a sentence with a parenthetical cue ("..., he said, ...", "Frankly, X continued, ...")."""
    key = (sent.start, sent.end)  # asked three times of each sentence: found once
    if key not in b.parenthetical:
        b.parenthetical[key] = _parenthetical_voice(b, sent)
    return b.parenthetical[key]


def _parenthetical_voice(b: Builder, sent: Span) -> str | None:
    for verb in sent:
        if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            continue
        before = b.doc[subject.left_edge.i - 1] if subject.left_edge.i > sent.start else None
        after = b.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        if before is not None and before.text == "," and after is not None and after.text in (",", ".", ";"):
            holder, _ = holder_of(b.ctx, verb)
            if holder not in (None, "author"):
                return holder
    return None


def _speaks(verb: Token) -> bool:
    """ "He said ...", "He noted a) ...", "He went on that ...", "he did ask me to convey that ...": speech."""
    if verb.lemma_ in RELAY_REQUESTS and any(c.dep_ == "xcomp" and c.lemma_ in RELAY_VERBS for c in verb.children):
        return True
    return verb.lemma_ in SPEECH_VERBS and (
        any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in verb.children) or verb.lemma_ in ("continue", "add"))


def _speaker_set(b: Builder, sent: Span) -> str | None:
    """After ``sent``, whose voice the minutes go on in: a named speaker reported at the main level, else None."""
    for verb in _main_clauses(sent):
        if _speaks(verb):
            holder, _ = holder_of(b.ctx, verb)
            return holder if holder not in ("author",) else None
    return parenthetical_voice(b, sent)


def _sets_own_voice(b: Builder, sent: Span) -> bool:
    """The writer speaks ("I replied") or reports another view at the main level ("the Embassy fears ...")."""
    for verb in _main_clauses(sent):
        subject = _subject(verb)
        if subject is not None and subject.lower_ == "i":
            return True
        if reports_clause(verb):
            return True
    return False


def assessed(b: Builder, sent: Span) -> None:
    if not b.diplomatic:
        return
    text = b.ctx.text
    paragraph = _paragraph_start(text, sent.start_char)
    if paragraph != b.voice_paragraph:
        b.voice_paragraph = paragraph
        if not _NUMBERED.match(text, b.voice_paragraph):
            b.voice = None
    if is_apparatus(sent.text) or sent.start_char >= b.notes_start:
        b.voice = None
        if is_apparatus(sent.text):
            return
    voice = parenthetical_voice(b, sent) or b.voice
    for verb in _main_clauses(sent):
        if not _eligible(b, verb):
            continue
        subject = _subject(verb)
        holder = voice or "author"
        quote = next((q for q in b.ctx.quotes if q.start <= verb.idx < q.end), None)
        if quote is not None:
            if not quote.speaker:
                continue
            holder = quote.speaker
        elif subject is not None and subject.lower_ == "i":
            holder = "author"
        elif _speaks(verb):  # "He noted a) ...; b) ...", "He cited ...": the speaker's points
            holder = holder_of(b.ctx, verb)[0] or holder
        lo, hi = clause_range(verb)
        if hi - lo < 3:
            continue
        negated = polarity_of(verb) < 0
        flip = 1
        if negated and verb.lemma_ in _NEGATIVE_VERBS:  # "cannot be ruled out": a possibility asserted
            negated, flip = False, -1
        b.add(lo, hi, verb, holder=holder, stance="denies" if negated else "asserts", cue=None, confidence=0.45,
              flip=flip)
    speaker = _speaker_set(b, sent)
    if speaker is not None:
        b.voice = speaker
    elif _sets_own_voice(b, sent):
        b.voice = None


def _eligible(b: Builder, verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or b.covered(verb):
        return False
    if verb.sent.text.rstrip().rstrip("”\"'’)").endswith("?"):
        return False
    subject = _subject(verb)
    if subject is None or subject.lower_ in _SECOND_PERSON:
        return False  # an instruction ("Ask X to ...", "You should inform X ...")
    if subject.lower_ in _FIRST_PERSON and verb.lemma_ in _ACTS:
        return False  # what the writer did or proposes, not what he holds
    if reports_clause(verb):
        return False  # the rule for reports holds its clause
    return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)


def revoice(b: Builder, sent: Span) -> None:
    """ "..., he said, ...": the writer's "we" and first-person claims of the sentence are the speaker's."""
    speaker = parenthetical_voice(b, sent)
    if speaker is None:
        return
    for n, claim in enumerate(b.claims):
        if claim.holder == "author" and sent.start_char <= claim.start < sent.end_char:
            b.claims[n] = _with_holder(claim, speaker)


def _with_holder(claim, holder):
    from dataclasses import replace

    return replace(claim, holder=holder)
