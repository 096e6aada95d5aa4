"""Who said a quotation, and to whom: the cue, its subject, and the entity behind it.

The attribution *frame* of a quotation is the rest of its sentence
(:mod:`.frames`, which says why it is not spaCy's sentence). Reporting
verbs in the frame are the candidate cues; those the parse links to the
quoted words (an ancestor or a child of them) come first, then the nearest.
The speaker is the cue's subject, found through the chains English uses to
share one subject between verbs ("X is careful to say", "X said ... and
called ...", "the point X conveys"), and mapped to a local entity: the
mention under the subject's head (a bare surname two people of the text share
only when one of them was just named in full, or the other is only ever named
in full), a pronoun's antecedent (a noun subject equated with a name, "Their
chairman was X", passes on X), the person given a
role ("the minister", :mod:`.roles`), a definite description's earlier full
name ("the commission"), or the organisation behind a document or a
spokesman. Reading cues and subjects off the parse is :mod:`.clauses`' part.

The parts, by concern: :mod:`.layout` (the reference resolver,
:mod:`..references`, over nested quotations: the entity a name, title, role,
description or pronoun names), :mod:`.frames` (the frame), :mod:`.addressees`
(to whom); this module holds the cues and the speaker they give.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...language.people import PERSON_NOUNS, SPOKES_NOUNS
from ...language.pronouns import FEMALE_PRONOUNS, FIRST_PERSON, MALE_PRONOUNS, PLURAL_PRONOUNS, RELATIVE_PRONOUNS
from ...language.reporting import HYPOTHETICAL_MODALS
from ..references import phrase_span
from .addressees import Addressees
from .clauses import cue_span, is_cue, quoting_verb, subject_of
from .cues import DOCUMENT_NOUNS, SPEECH_NOUNS
from .frames import Frames
from .layout import QuoteLayout
from .marks import Quotation


def _hypothetical(cue) -> bool:
    """A cue verb under "might", "could", "would": what someone would say, not what was said."""
    return cue.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS
                                               for c in cue.children)


@dataclass
class Attribution:
    """What the attribution rules found for one quotation."""

    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    addressee: str | None = None
    how: str | None = None
    head_noun: str | None = None  # lemma of the speaker phrase's head ("report", "official")
    reporter: str | None = None  # who relays the words: "the paper quoted X as saying"


class Attributor(Frames, Addressees, QuoteLayout):
    """Attribution over one parsed document; built once per document.

    One object over the parts by concern: the reference resolver over the quotations (:mod:`.layout`), the
    frame of a quotation (:mod:`.frames`), the addressee (:mod:`.addressees`); here, the cues of a quotation
    and the speaker they give.
    """

    def cues(self, n: int) -> list:
        """Candidate cue tokens for quotation ``n``, best first."""
        q = self.quotations[n]
        keep = self.lineage(n)
        (l0, l1), (r0, r1) = self.frame(n)
        quote_tokens = self.tokens_in(q.start, q.end)
        quote_ids = {t.i for t in quote_tokens}
        ancestors = set()
        for t in quote_tokens:
            for a in t.ancestors:
                if a.i not in quote_ids:
                    ancestors.add(a.i)
                    break
            else:
                continue
            ancestors.update(x.i for x in a.ancestors)
        found = []
        for lo, hi in ((l0, l1), (r0, r1)):
            for t in self.tokens_in(lo, hi):
                if self.inside_quote(t.idx, keep - {n}) or t.i in quote_ids:
                    continue
                if not is_cue(t):
                    continue
                # a verb conjoined after the quotation to a verb inside it ("“…” and called")
                # is the parser's attachment, not a link to the quoted words
                related = t.i in ancestors or (t.head.i in quote_ids and not (t.dep_ == "conj" and t.idx > q.end))
                if not related and self._is_fragment(q):
                    continue  # a few words in marks belong to the verb that governs them, or to no one
                distance = q.start - t.idx if t.idx < q.start else t.idx - q.end
                found.append((0 if related else 1, distance, t))
        found.sort(key=lambda x: (x[0], x[1]))
        return [t for _, _, t in found]

    def _is_fragment(self, q: Quotation) -> bool:
        quoted = self.text[q.start:q.end]
        return len(quoted.split()) <= 4 and not quoted.rstrip("”’\"')").endswith((".", "!", "?", ","))

    def attribute(self, n: int, previous: dict[int, Attribution]) -> Attribution:
        """Attribution of quotation ``n`` from a cue in its sentence (empty when there is none)."""
        cues = self.cues(n)
        q = self.quotations[n]
        fallback = None
        for cue in cues:
            if _hypothetical(cue):
                continue  # "others might conclude that it was “…”": nobody has said it
            subject = subject_of(cue, q, lambda t: self.inside_quote(t.idx, set()))
            if subject is None:
                if fallback is None:
                    lo, hi = cue_span(cue)
                    fallback = Attribution(cue=self.text[lo:hi], cue_start=lo, cue_end=hi, how="cue")
                continue
            result = self.resolve(subject, q, previous)
            relay = quoting_verb(subject)
            if relay is not None:  # "X quoted Y as saying": Y speaks, X reports
                relayer = subject_of(relay, q)
                if relayer is not None:
                    result.reporter = self.resolve(relayer, q, previous).speaker
            result.cue_start, result.cue_end = cue_span(cue)
            result.cue = self.text[result.cue_start:result.cue_end]
            result.addressee = self.addressee(cue, q, result.speaker)
            if result.speaker and self.speaker_kind(result.speaker) in ("PERSON", "ORG", "NORP"):
                return result
            if result.how in ("pronoun", "author"):
                return result  # the cue's own subject, even when its antecedent is unknown
            if result.speaker is None and subject.pos_ == "NOUN" and (
                    subject.lemma_.lower() in PERSON_NOUNS | DOCUMENT_NOUNS | SPOKES_NOUNS):
                return result  # "a diplomat", "the study": a speaker the text does not name
            if fallback is None or fallback.speaker_text is None:
                fallback = result
        return fallback or Attribution()

    def lead_in(self, n: int, previous: dict[int, Attribution]) -> Attribution | None:
        """ "Weber disagrees. “I have been…”": the subject of the sentence that leads into a cue-less quote."""
        q = self.quotations[n]
        if q.kind == "block":  # "Its answer was short:" then the block
            opening = self.text.rfind(":", 0, q.start) + 1
            if opening <= 0:
                return None
        elif q.open is None:
            return None
        else:
            opening = q.open
        para_start = self.paragraph(opening - 1)[0]
        if q.parent is not None:
            para_start = max(para_start, self.quotations[q.parent].start)
        before = self.text[para_start:opening].rstrip()
        if not before or before[-1] not in ".:!?" or self.inside_quote(para_start + len(before) - 1, self.lineage(n)):
            return None
        last = self.token_at(para_start + len(before) - 1)
        root = last.head if last.is_punct else last  # the verb the sentence's final mark hangs on
        # tokens are compared by index: spaCy makes a new Token object on each access
        while root.pos_ not in ("VERB", "AUX") and root.head.i != root.i:
            root = root.head
        if root.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        result = self.resolve(subjects[0], q, previous)
        if result.speaker is None or self.speaker_kind(result.speaker) not in ("PERSON", "ORG", "NORP"):
            return None
        result.how = "lead-in"
        return result

    def resolve(self, tok, q: Quotation, previous: dict[int, Attribution]) -> Attribution:
        """Map the subject token of a cue to an entity."""
        lower = tok.lower_
        if lower in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            tok = tok.head.head
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and not any(
                    self.mention_type(m) == "PERSON" for m in self.mentions_in(tok.idx, tok.idx + len(tok))):
                tok = tok.head.head  # "X of the minister's office, who admitted “…”": X
            lower = tok.lower_
        if tok.pos_ == "PRON" or lower in MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON:
            how = "pronoun"
            if lower in FIRST_PERSON:  # the narrator: the document's author, when named
                author = self.ctx.document.author
                speaker = self.by_name(author, before=len(self.text)) if author and lower == "i" else None
                return Attribution(speaker=speaker, speaker_text=tok.text, how="author")
            entity = self.antecedent(tok, exclude=None)
            return Attribution(speaker=entity, speaker_text=tok.text, how=how)
        start, end = phrase_span(tok)
        phrase = self.text[start:end]
        result = Attribution(speaker_text=phrase, how="cue", head_noun=tok.lemma_.lower())
        inside = [m for m in self.mentions_in(start, end) if not self.inside_quote(m.start, set())
                  or q.parent is not None]
        head = [m for m in inside if m.start <= tok.idx < m.end]
        if head:
            result.speaker = self._surname_bearer(head[0])
            return result
        for c in tok.rights:  # "the spokesman, Karl Weiss, said", "The Minister of X, Y, said": the apposition
            if c.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN"):
                named = self.resolve(c, q, previous)
                if named.speaker:
                    return named
        noun = tok.lemma_.lower()
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if noun in SPEECH_NOUNS and owners:  # "Holloway's reply was blunt: “…”"
            owned = self.resolve(owners[0], q, previous)
            if owned.speaker:
                owned.speaker_text = owned.speaker_text or phrase
                return owned
        if noun in DOCUMENT_NOUNS or noun in SPOKES_NOUNS:
            orgs = [m for m in inside if m.type in ("ORG", "GPE", "NORP") and m.end <= tok.idx]
            if orgs:
                result.speaker = orgs[0].entity
                return result
            for child in tok.subtree:
                if child.dep_ == "pobj" and child.head.lower_ in ("by", "of", "from") and child.i != tok.i:
                    inner = self.resolve(child, q, previous)
                    if inner.speaker:
                        result.speaker = inner.speaker
                        return result
            result.speaker = self.by_role(tok)
            if result.speaker:  # "the spokesman added": the person the text calls its spokesman
                return result
            for prev in reversed(list(previous.values())):
                if prev.head_noun == noun and prev.speaker:
                    result.speaker = prev.speaker
                    return result
            return result
        persons = [m for m in inside if self.mention_type(m) == "PERSON"]  # "The Mayor of X, Y": Y
        if persons:
            result.speaker = persons[-1].entity
            return result
        if tok.pos_ == "PROPN":
            result.speaker = self.by_name(phrase, before=tok.idx) or self.by_role(tok)
        elif any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            result.speaker = self.by_role(tok) or self.by_head_word(tok.text, before=tok.idx)
        return result

    def hypothetical_cue(self, n: int) -> bool:
        """Whether quotation ``n``'s nearest cue is hypothetical ("might conclude that it was “…”")."""
        cues = self.cues(n)
        return bool(cues) and _hypothetical(cues[0])
