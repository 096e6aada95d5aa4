"""The entity a pronoun refers to, by the classic salience rules.

spaCy's small English model has no coreference component, and coreferee or
fastcoref need models downloaded at run time, so the antecedent is searched
here with agreement (gender, number), recency and subjects first, within three
paragraphs and a few sentences (four unless the caller says fewer). It follows
chains of pronouns, unnamed roles ("the president") and lone given names, and
skips quoted words other than those the pronoun stands in.
"""

from __future__ import annotations

from ...language.people import INSTITUTION_NOUNS, PERSON_NOUNS, SPOKES_NOUNS
from ...language.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS, NEUTER_PRONOUNS, PLURAL_PRONOUNS
from ...language.titles import FEMALE_GENDERED, HONORIFICS, MALE_GENDERED
from ...model import Mention
from .positions import SUBJECT_DEPS, sentences_back


class Antecedents:
    """Pronoun antecedents (mixin over :class:`.positions.Positions` and :class:`.naming.Naming`)."""

    def antecedent(self, tok, exclude: str | None = None, depth: int = 0, *, sentences: int = 4) -> str | None:
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
        keep = self.quotes_at(tok.idx)
        candidates = []
        for m in self._mentions:
            if m.start >= tok.idx:
                break
            if m.start < window_start or m.entity == exclude or self.inside_quote(m.start, keep):
                continue
            if self._is_byline(m):
                continue
            if self.mention_type(m) not in types or not self._gender_agrees(m, gender):
                continue
            candidates.append(m)
        for sentence in sentences_back(tok, sentences):
            if sentence.end_char <= window_start:
                break
            subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.i < tok.i
                        and not self.inside_quote(t.idx, keep)]
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
                    chained = self.antecedent(t, exclude, depth + 1, sentences=sentences)
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
            return not (titles & FEMALE_GENDERED)
        return not (titles & MALE_GENDERED)

    def _is_subject(self, m: Mention) -> bool:
        for t in self.tokens_in(m.start, m.end):
            if t.dep_ in SUBJECT_DEPS or (t.dep_ in ("appos", "compound", "flat") and t.head.dep_ in SUBJECT_DEPS):
                return True
        return False
