"""Who said a quotation, and to whom: the cue, its subject, and the entity behind it.

The attribution *frame* of a quotation is the rest of its sentence: the text
from the previous sentence end up to the opening mark, and from the closing
mark to the next sentence end (stopping at the next quotation). Reporting
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

spaCy's own coreference is not in the small English model, and coreferee and
fastcoref need models downloaded at run time, so pronouns are resolved here
with the classic salience rules (agreement, recency, subjects first).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...language.pronouns import (
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SECOND_PERSON,
)
from ...language.reporting import HYPOTHETICAL_MODALS
from ...model import LocalEntity, Mention
from ..context import DocContext
from .clauses import SUBJECT_DEPS, cue_span, is_cue, phrase_span, quoting_verb, subject_of
from .cues import (
    ABBREVIATIONS,
    ADDRESSING_VERBS,
    DOCUMENT_NOUNS,
    FEMALE_TITLES,
    HONORIFICS,
    INSTITUTION_NOUNS,
    MALE_TITLES,
    PERSON_NOUNS,
    SPEECH_NOUNS,
    SPOKES_NOUNS,
)
from .marks import Quotation
from .roles import another_holder, appositive_role, equated_role, fronted_role, role_holder, role_words

_SPEAKING_TYPES = ("PERSON", "ORG", "NORP", "GPE")
_PERSON_TITLE = re.compile(r"\b(?:" + "|".join(sorted(MALE_TITLES | FEMALE_TITLES)) + r")\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*\s")




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


class Attributor:
    """Attribution over one parsed document; built once per document."""

    def __init__(self, ctx: DocContext, quotations: list[Quotation], paragraphs: list[tuple[int, int]]):
        self.ctx = ctx
        self.doc = ctx.parsed
        self.text = ctx.text
        self.quotations = quotations
        self.paragraphs = paragraphs
        self._starts = [t.idx for t in self.doc]
        self._mentions = ctx.mentions()
        self._mention_starts = [m.start for m in self._mentions]
        self._entities = {e.id: e for e in ctx.entities}
        self._types: dict[str, str] = {}
        # quotations as covered intervals (marks included), for fast "is this inside a quote" tests
        self._bounds = [(q.open if q.open is not None else q.start, q.close + 1 if q.close is not None else q.end)
                        for q in quotations]
        self._children: dict[int | None, list[int]] = {}
        for n, q in enumerate(quotations):
            self._children.setdefault(q.parent, []).append(n)
        self._top_starts = [self._bounds[n][0] for n in self._children.get(None, [])]
        self._closing = {q.close: n for n, q in enumerate(quotations) if q.close is not None}

    # ------------------------------------------------------------ tokens and spans

    def tokens_in(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._starts) and self._starts[i] < end:
            out.append(self.doc[i])
            i += 1
        return out

    def token_at(self, pos: int):
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.doc[max(i, 0)]

    def inside_quote(self, pos: int, keep: set[int]) -> bool:
        """Is ``pos`` inside (or on a mark of) a quotation other than those in ``keep``?"""
        level = self._children.get(None, [])
        i = bisect.bisect_right(self._top_starts, pos) - 1
        candidates = [level[i]] if i >= 0 else []
        while candidates:
            n = candidates.pop()
            lo, hi = self._bounds[n]
            if not lo <= pos < hi:
                continue
            if n not in keep:
                return True
            candidates.extend(self._children.get(n, []))
        return False

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.paragraphs, (pos, 1 << 62)) - 1
        return self.paragraphs[max(i, 0)]

    # ------------------------------------------------------------ the frame

    def frame(self, n: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """The text left and right of quotation ``n`` that belongs to its sentence."""
        q = self.quotations[n]
        keep = self.lineage(n)
        lo_bound, hi_bound = self.paragraph(q.open if q.open is not None else q.start)[0], \
            self.paragraph(q.close if q.close is not None else q.end)[1]
        if q.parent is not None:
            parent = self.quotations[q.parent]
            lo_bound, hi_bound = max(lo_bound, parent.start), min(hi_bound, parent.end)
        if q.kind == "block":  # the introducing sentence, ending with the colon
            colon = self.text.rfind(":", 0, q.start)
            hi = colon if colon >= 0 else q.start
            lo = self._sentence_start(self.paragraph(hi)[0], hi, keep)
            return (lo, hi), (q.end, q.end)
        left_end = q.open if q.open is not None else q.start
        left = (self._sentence_start(lo_bound, left_end, keep), left_end)
        right_start = q.close + 1 if q.close is not None else q.end
        right_end = self._sentence_end(right_start, hi_bound)
        if self._ends_sentence(q, right_start) and not self._short_attribution(right_start, right_end):
            return left, (right_start, right_start)
        return left, (right_start, right_end)

    def _short_attribution(self, start: int, end: int) -> bool:
        """ "“… well.” Holloway said.": a short sentence of its own that is only the attribution."""
        rest = self.text[start:end].strip()
        if len(rest) > 60 or not rest.endswith((".", "!", "?")):
            return False
        return any(is_cue(t) for t in self.tokens_in(start, end))

    def lineage(self, n: int) -> set[int]:
        out = {n}
        parent = self.quotations[n].parent
        while parent is not None:
            out.add(parent)
            parent = self.quotations[parent].parent
        return out

    def _sentence_start(self, bound: int, pos: int, keep: set[int]) -> int:
        i = pos - 1
        while i > bound:
            sibling = self._quotation_closing_at(i, keep)
            if sibling is not None:
                q = self.quotations[sibling]
                if self._ends_sentence(q, q.close + 1) and q.close < pos:
                    return q.close + 1
                i = (q.open if q.open is not None else q.start) - 1
                continue
            if self.text[i] in ".!?" and self.text[i + 1: i + 2].isspace() and not self._abbreviation(i):
                return i + 1
            i -= 1
        return bound

    def _quotation_closing_at(self, pos: int, keep: set[int]) -> int | None:
        n = self._closing.get(pos)
        return n if n is not None and n not in keep else None

    def _sentence_end(self, start: int, bound: int) -> int:
        i = bisect.bisect_left(self._top_starts, start)  # stop at the next quotation
        if i < len(self._top_starts) and self._top_starts[i] < bound:
            bound = self._top_starts[i]
        for n in self._children.get(None, []):  # or the next one nested in the same passage
            lo, hi = self._bounds[n]
            if lo <= start < hi:
                for c in self._children.get(n, []):
                    if start <= self._bounds[c][0] < bound:
                        bound = self._bounds[c][0]
        m = _SENTENCE_END.search(self.text, start, bound)
        while m and self._abbreviation(m.start()):
            m = _SENTENCE_END.search(self.text, m.end(), bound)
        return m.end() if m else bound

    def _ends_sentence(self, q: Quotation, after: int) -> bool:
        """A quotation whose words end a sentence (“... well.” Then ...) has nothing after it in its frame."""
        if not self.text[q.start:q.end].rstrip("”’\"')]").endswith((".", "!", "?", "…")):
            return False
        rest = self.text[after:after + 40].lstrip(" \t")
        return not rest or rest[0] in "\n(“\"‘" or rest[0].isupper()

    def _abbreviation(self, dot: int) -> bool:
        m = re.search(r"(\w+)$", self.text[max(0, dot - 12):dot])
        if not m:
            return False
        word = m.group(1)
        nxt = self.text[dot + 1: dot + 3].lstrip()
        return word.lower() in ABBREVIATIONS or len(word) == 1 or (nxt[:1].islower())

    # ------------------------------------------------------------ cues

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

    # ------------------------------------------------------------ speaker

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

    def _surname_bearer(self, m: Mention) -> str | None:
        """ "Marek told reporters" when the text names two Mareks: the one last called by full name or
        title ("Anna Marek", "Mr. Marek"), in this paragraph or the one before; else, when the others are
        only ever named in full, the one the text calls by the surname; else nobody, since a bare
        surname two people share does not say which of them it is."""
        surname = m.text.lower()
        if len(surname.split()) != 1:
            return m.entity
        bearers = set()
        for e in self.ctx.entities:
            for form in (e.name, *e.aliases):
                words = [w.lower() for w in form.split() if w.lower().rstrip(".") not in HONORIFICS]
                if len(words) > 1 and words[-1] == surname and self.speaker_kind(e.id) == "PERSON":
                    bearers.add(e.id)
        if len(bearers) < 2:
            return m.entity
        since = self._window_start(m.start, paragraphs=2)
        named = [x for x in self._mentions if x.entity in bearers and since <= x.start < m.start
                 and not self.inside_quote(x.start, set())
                 and (" " in x.text.strip() or self._titled(x))]
        if named:
            return named[-1].entity
        if not any(x.entity != m.entity and self._by_surname(x, surname) and self.speaker_kind(x.entity) == "PERSON"
                   for x in self._mentions):
            return m.entity  # the others are only ever named in full: the surname alone is not theirs
        return None

    def _by_surname(self, m: Mention, surname: str) -> bool:
        """Is the mention the surname alone, or with a title ("Roe", "Mrs. Roe")?"""
        words = [w.lower() for w in m.text.split() if w.lower().rstrip(".") not in HONORIFICS]
        return words == [surname]

    def _titled(self, m: Mention) -> bool:
        """Does a title stand right before the mention ("Mrs. Marek", "Gen. Marek")?"""
        before = self.text[max(0, m.start - 15):m.start].split()
        return bool(before) and before[-1].lower().rstrip(".") in HONORIFICS

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._mention_starts, start)
        out = []
        while i < len(self._mentions) and self._mentions[i].start < end:
            if self._mentions[i].end <= end + 2:
                out.append(self._mentions[i])
            i += 1
        return out

    def speaker_kind(self, entity_id: str | None) -> str | None:
        """The entity's type, read as PERSON when titles or the parser say so (see :meth:`mention_type`)."""
        entity = self._entities.get(entity_id or "")
        if entity is None:
            return None
        return self.mention_type(entity.mentions[0]) if entity.mentions else entity.type

    def entity_type(self, entity_id: str | None) -> str | None:
        entity = self._entities.get(entity_id or "")
        return entity.type if entity else None

    def by_name(self, phrase: str, before: int) -> str | None:
        """The entity whose name or alias the (honorific-less) phrase equals or ends."""
        words = [w for w in re.findall(r"[\w’'-]+", phrase) if w.lower().rstrip(".") not in HONORIFICS]
        if not words:
            return None
        name = " ".join(words).lower()
        best = None
        for e in self.ctx.entities:
            forms = {a.lower() for a in (e.name, *e.aliases)}
            if name in forms or any(f.endswith(" " + name) for f in forms):
                last = max((m.start for m in e.mentions if m.start < before), default=-1)
                score = (e.type == "PERSON", last)
                if best is None or score > best[0]:
                    best = (score, e.id)
        return best[1] if best else None

    def by_role(self, tok) -> str | None:
        """ "the minister": the person the text gave that title or role (see :mod:`.roles`)."""
        words = role_words(tok)
        if not words:
            return None
        last_seen: dict[str, int] = {}
        fronted: dict[str, list[str]] = {}
        for m in self._mentions[:bisect.bisect_left(self._mention_starts, tok.idx)]:
            if not self.inside_quote(m.start, set()) and not self._is_byline(m):
                last_seen[m.entity] = m.start
                first = self.token_at(m.start)
                for role in (fronted_role(first), appositive_role(first), equated_role(first)):
                    if role:
                        fronted.setdefault(m.entity, []).append(role)
        persons = [e for e in self.ctx.entities if e.id in last_seen and self.speaker_kind(e.id) == "PERSON"]
        holder = role_holder(words, persons, last_seen, self.paragraph(tok.idx)[0], fronted)
        if holder and any(another_holder(t, tok) for t in self.tokens_in(last_seen[holder], tok.idx)
                          if not self.inside_quote(t.idx, set())):
            return None
        return holder

    def by_title(self, tok) -> str | None:
        """ "The King", "the Ambassador" as a subject: the one person of the text named with that title
        ("King X", "Ambassador Y"), as diplomatic prose calls an office holder by the office."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("poss", "compound", "amod") for c in tok.children):
            return None
        title = tok.lower_.rstrip(".")
        found = {e.id for e in self.ctx.entities if e.mentions and self.speaker_kind(e.id) == "PERSON"
                 for form in (e.name, *e.aliases)
                 if len(form.split()) > 1 and form.split()[0].lower().rstrip(".") == title}
        return found.pop() if len(found) == 1 else None

    def hypothetical_cue(self, n: int) -> bool:
        """Whether quotation ``n``'s nearest cue is hypothetical ("might conclude that it was “…”")."""
        cues = self.cues(n)
        return bool(cues) and _hypothetical(cues[0])

    def by_head_word(self, word: str, before: int) -> str | None:
        """A definite description ("the commission") names the nearest earlier entity with that head word."""
        word = word.lower()
        best = None
        for m in self._mentions:
            if m.start >= before:
                break
            entity = self._entities.get(m.entity)
            if entity is None or entity.type == "PERSON":
                continue
            if any(f.lower().split()[-1:] == [word] for f in (entity.name, *entity.aliases)):
                best = m.entity
        return best

    # ------------------------------------------------------------ pronouns

    def antecedent(self, tok, exclude: str | None, depth: int = 0) -> str | None:
        """The entity a pronoun refers to: agreeing, recent, main-clause subjects first, within three paragraphs.

        Sentences are read backwards from the pronoun; in each, the subject of the main verb
        comes first, then the other subjects, nearest first. A subject that is itself a
        pronoun of the same kind passes on its own antecedent (a chain of "he"s); a subject
        that is an unnamed person ("the president") passes on the person given that role,
        if any (see :meth:`by_role`); otherwise it, or two people who both agree with the
        pronoun ("X and Y"), stops the search with no entity. A given name alone ("Anna went
        home") is the one person of the text whose full name starts with it.
        """
        lower = tok.lower_
        if lower in PLURAL_PRONOUNS:
            types, kind = ("ORG", "NORP", "GPE"), PLURAL_PRONOUNS
        elif lower in NEUTER_PRONOUNS:
            types, kind = ("ORG", "GPE"), NEUTER_PRONOUNS
        else:
            types = ("PERSON",)
            kind = MALE_PRONOUNS if lower in MALE_PRONOUNS else FEMALE_PRONOUNS if lower in FEMALE_PRONOUNS \
                else MALE_PRONOUNS | FEMALE_PRONOUNS
        gender = "m" if lower in MALE_PRONOUNS else "f" if lower in FEMALE_PRONOUNS else None
        window_start = self._window_start(tok.idx, paragraphs=3)
        candidates = []
        for m in self._mentions:
            if m.start >= tok.idx:
                break
            if m.start < window_start or m.entity == exclude or self.inside_quote(m.start, set()):
                continue
            if self._is_byline(m):
                continue
            if self.mention_type(m) not in types or not self._gender_agrees(m, gender):
                continue
            candidates.append(m)
        sentence = tok.sent
        for _ in range(4):
            if sentence.end_char <= window_start:
                break
            subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.i < tok.i
                        and not self.inside_quote(t.idx, set())]
            subjects.sort(key=lambda t: (t.head != t.sent.root, -t.i))
            for t in subjects:
                found = [m for m in candidates if self._covers(m, t)]
                if found:
                    if types == ("PERSON",) and any(m.entity != found[-1].entity and self._covers(m, c)
                                                    for c in t.conjuncts for m in candidates):
                        return None  # "X and Y met. “…,” she said": either of them, as far as we know
                    return found[-1].entity
                named = self._by_first_name(t) if types == ("PERSON",) else None
                if named and named != exclude and self._gender_agrees(self._entities[named].mentions[0], gender):
                    return named  # "Elena went home. “…,” she said": the one Elena of the text
                if t.lower_ in kind and depth < 3:
                    chained = self.antecedent(t, exclude, depth + 1)
                    if chained:
                        return chained
                equated = self._equated(t, candidates)
                if equated:
                    return equated  # "The winner was X. “…,” he said": the subject is X
                if types == ("PERSON",) and t.pos_ == "PROPN":
                    holder = self.by_title(t)  # "The King ... made it clear that he considers “…”"
                    if holder and self._gender_agrees(self._entities[holder].mentions[0], gender):
                        return holder
                if types == ("PERSON",) and self._unnamed_person(t):
                    holder = self.by_role(t)  # the subject itself: "the governor's wife" is not the governor
                    if holder in {m.entity for m in candidates}:
                        return holder  # "President X arrived. The president looked tired. “…,” he said"
                    return None  # "the president's mood darkened. “…,” he told": the unnamed president
            if sentence.start == 0:
                break
            sentence = self.doc[sentence.start - 1].sent
        return candidates[-1].entity if candidates else None

    def _equated(self, t, candidates: list[Mention]) -> str | None:
        """A common-noun subject the sentence equates with a name ("Their spokesman was X", "The
        winner is X"): the one candidate naming the complement of "be"."""
        if t.pos_ != "NOUN" or t.dep_ != "nsubj" or t.head.lemma_ != "be":
            return None
        for c in t.head.children:
            if c.dep_ == "attr" and c.i > t.i:
                found = {m.entity for m in candidates if self._covers(m, c)}
                return found.pop() if len(found) == 1 else None
        return None

    def _by_first_name(self, t) -> str | None:
        """A lone given name as a subject ("Anna went home"): the one person of the text whose full
        name starts with it, whatever type the name itself was given."""
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or any(
                c.dep_ in ("compound", "flat", "appos") for c in t.children):
            return None
        found = set()
        for e in self.ctx.entities:
            if not e.mentions or self.speaker_kind(e.id) != "PERSON":
                continue
            for form in (e.name, *e.aliases):
                words = [w for w in form.split() if w.lower().rstrip(".") not in HONORIFICS]
                if len(words) > 1 and words[0] == t.text:
                    found.add(e.id)
        return found.pop() if len(found) == 1 else None

    def _covers(self, m: Mention, t) -> bool:
        """Does mention ``m`` name the subject token ``t`` (itself, its compound, or its apposition)?"""
        tokens = [t, *(c for c in t.children if c.dep_ in ("appos", "compound", "flat"))]
        return any(m.start <= x.idx < m.end for x in tokens)

    def _unnamed_person(self, t) -> bool:
        """A singular person noun with no name attached: "the president", "the president's mood"."""
        for x in (t, *(c for c in t.children if c.dep_ == "poss")):
            if x.pos_ != "NOUN" or x.tag_ != "NN" or x.ent_type_:
                continue
            lemma = x.lemma_.lower()
            if lemma in PERSON_NOUNS and lemma not in INSTITUTION_NOUNS and lemma not in SPOKES_NOUNS \
                    and not any(c.dep_ in ("appos", "compound", "flat") or c.pos_ == "PROPN" for c in x.children):
                return True
        return False

    def _is_byline(self, m: Mention) -> bool:
        """A name in a byline, caption or heading (a paragraph without a verb) is nobody's antecedent."""
        author = (self.ctx.document.author or "").casefold()
        if author and m.text.casefold() in author:
            return True
        lo, hi = self.paragraph(m.start)
        return not any(t.pos_ in ("VERB", "AUX") for t in self.tokens_in(lo, hi))

    def _window_start(self, pos: int, paragraphs: int) -> int:
        i = bisect.bisect_right(self.paragraphs, (pos, 1 << 62)) - 1
        return self.paragraphs[max(i - paragraphs + 1, 0)][0]

    def mention_type(self, m: Mention) -> str:
        """The mention's type, read as PERSON when any sign says so (typing errors upstream are common)."""
        cached = self._types.get(m.entity)
        if cached is not None:
            return cached
        entity = self._entities.get(m.entity)
        mentions = entity.mentions if entity is not None else (m,)
        kind = entity.type if entity is not None else m.type
        tagged = 0
        for x in mentions:
            before = self.text[max(0, x.start - 12):x.start].lower()
            if x.type == "PERSON" or _PERSON_TITLE.search(before):
                kind = "PERSON"
                break
            tagged += self.token_at(x.start).ent_type_ == "PERSON"
        if tagged * 2 > len(mentions):  # the parser's own tags, when most of them agree
            kind = "PERSON"
        self._types[m.entity] = kind
        return kind

    def _gender_agrees(self, m: Mention, gender: str | None) -> bool:
        if gender is None:
            return True
        entity = self._entities.get(m.entity)
        titles = set()
        for x in (entity.mentions if entity else (m,)):
            before = self.text[max(0, x.start - 12):x.start].lower()
            titles.update(w.rstrip(".") for w in before.split()[-1:])
            titles.update(w.lower().rstrip(".") for w in x.text.split()[:1])
        if gender == "m":
            return not (titles & FEMALE_TITLES)
        return not (titles & MALE_TITLES)

    def _is_subject(self, m: Mention) -> bool:
        for t in self.tokens_in(m.start, m.end):
            if t.dep_ in SUBJECT_DEPS or (t.dep_ in ("appos", "compound", "flat") and t.head.dep_ in SUBJECT_DEPS):
                return True
        return False

    # ------------------------------------------------------------ addressee

    def addressee(self, cue, q: Quotation, speaker: str | None) -> str | None:
        """``told Y``, ``reassures Y``, ``said to Y``."""
        targets = []
        if cue.lemma_.lower() in ADDRESSING_VERBS:
            targets += [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")]
        for c in cue.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                targets += [g for g in c.children if g.dep_ == "pobj"]
        for t in targets:
            if q.start <= t.idx < q.end:
                continue
            if t.pos_ == "PRON":
                if t.lower_ in SECOND_PERSON | FIRST_PERSON:
                    continue
                found = self.antecedent(t, exclude=speaker)
            else:
                start, end = phrase_span(t)
                mentions = [m for m in self.mentions_in(start, end) if m.entity != speaker]
                found = mentions[-1].entity if mentions else self.by_name(self.text[start:end], before=t.idx)
            if found and found != speaker:
                return found
        return None

    def other_party(self, q: Quotation, speaker: str) -> str | None:
        """In a conversation between two people, "you" in a quotation is the other one."""
        words = {w.lower() for w in re.findall(r"\w+", self.text[q.start:q.end])}
        if not words & SECOND_PERSON:
            return None
        lo = self._window_start(q.start, paragraphs=3)
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for m in self._mentions:
            if m.start >= q.start:
                break
            if m.start < lo or m.entity == speaker or self.mention_type(m) != "PERSON":
                continue
            if self.inside_quote(m.start, set()):
                continue
            counts[m.entity] = counts.get(m.entity, 0) + 1
            last[m.entity] = m.start
        if not counts:
            return None
        return max(counts, key=lambda e: (counts[e], last[e]))

    def entity(self, entity_id: str | None) -> LocalEntity | None:
        return self._entities.get(entity_id or "")
