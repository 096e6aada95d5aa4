"""The entity a phrase names: by name, surname, title, role or head word.

Reads the entity mentions of the entities stage; a mention's type is read as
PERSON when a title or most of the parser's tags say so (typing errors
upstream are common). A bare surname two people of the text share names the
one just called by full name or title; a definite role noun ("the minister")
the one person the text gave that role (:mod:`.roles`); "the King" the one
person named with that title; a definite description ("the commission") the
nearest earlier body with that head word.
"""

from __future__ import annotations

import bisect
import re

from ...language.countries import country_key
from ...language.reporting import BELIEF_VERBS, SPEECH_VERBS
from ...language.titles import FEMALE_GENDERED, HONORIFICS, MALE_GENDERED, TITLES
from ...model import LocalEntity, Mention
from .roles import another_holder, appositive_role, equated_role, fronted_role, role_holder, role_words

# A gendered title right before a name ("Mrs. X", "King X"); a dot only after an abbreviated one, since "... to
# assist the King. Israeli ..." ends a sentence with the title and types nothing.
_ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms", "mme", "mlle"})
_PERSON_TITLE = re.compile(r"\b(?:(?:" + "|".join(sorted(_ABBREVIATED_TITLES)) + r")\.?|(?:"
                           + "|".join(sorted((MALE_GENDERED | FEMALE_GENDERED) - _ABBREVIATED_TITLES)) + r"))\s*$")


class Naming:
    """The entity a name, surname, title, role or description names (mixin over :class:`.positions.Positions`)."""

    def entity(self, entity_id: str | None) -> LocalEntity | None:
        return self._entities.get(entity_id or "")

    def entity_type(self, entity_id: str | None) -> str | None:
        entity = self._entities.get(entity_id or "")
        return entity.type if entity else None

    def speaker_kind(self, entity_id: str | None) -> str | None:
        """The entity's type, read as PERSON when titles or the parser say so (see :meth:`mention_type`)."""
        entity = self._entities.get(entity_id or "")
        if entity is None:
            return None
        return self.mention_type(entity.mentions[0]) if entity.mentions else entity.type

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
            if x.type == "PERSON" or _PERSON_TITLE.search(before) or self._speaks_as_person(x):
                kind = "PERSON"
                break
            tagged += self.token_at(x.start).ent_type_ == "PERSON"
        if tagged * 2 > len(mentions):  # the parser's own tags, when most of them agree
            kind = "PERSON"
        self._types[m.entity] = kind
        return kind

    def _speaks_as_person(self, m: Mention) -> bool:
        """A one-word name that says or thinks something ("Ostrow said", "Ostrow believes"): a person, whatever
        type it was given, unless it names a state ("Paris said" is a government speaking)."""
        if " " in m.text or not m.text[:1].isupper() or m.text.isupper() or country_key(m.text) is not None:
            return False
        t = self.token_at(m.start)
        return t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS | BELIEF_VERBS

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
        keep = self.quotes_at(tok.idx)
        fronted: dict[str, list[str]] = {}
        for m in self._mentions[:bisect.bisect_left(self._mention_starts, tok.idx)]:
            if not self.inside_quote(m.start, keep) and not self._is_byline(m):
                last_seen[m.entity] = m.start
                first = self.token_at(m.start)
                for role in (fronted_role(first), appositive_role(first), equated_role(first)):
                    if role:
                        fronted.setdefault(m.entity, []).append(role)
        persons = [e for e in self.ctx.entities if e.id in last_seen and self.speaker_kind(e.id) == "PERSON"]
        holder = role_holder(words, persons, last_seen, self.paragraph(tok.idx)[0], fronted)
        if holder and any(another_holder(t, tok) for t in self.tokens_in(last_seen[holder], tok.idx)
                          if not self.inside_quote(t.idx, keep)):
            return None
        return holder

    def by_title(self, tok) -> str | None:
        """ "The King", "the Ambassador", or in a cable's clipped style "Ambassador" alone: the one person of the
        text named with that title ("King X", "Ambassador Y"), as diplomatic prose calls an office holder by the
        office. Not "Varnland's King" or "the Foreign Minister of X": a described office, not the one named."""
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or any(
                c.dep_ in ("poss", "compound", "amod") for c in tok.children):
            return None
        title = tok.lower_.rstrip(".")
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if dets != ["the"] and not (not dets and title in TITLES):
            return None
        found = {e.id for e in self.ctx.entities if e.mentions and (
                    e.type in ("PERSON", "ORG") or self.speaker_kind(e.id) == "PERSON")
                 for form in (e.name, *e.aliases)
                 if len(form.split()) > 1 and form.split()[0].lower().rstrip(".") == title}
        return found.pop() if len(found) == 1 else None

    def by_head_word(self, word: str, before: int, types: tuple[str, ...] | None = None) -> str | None:
        """A definite description ("the commission", "the Council") names the nearest earlier entity (not a
        person; of ``types`` when given) with that head word ("the Harbour Commission")."""
        word = word.lower()
        best = None
        for m in self._mentions:
            if m.start >= before:
                break
            entity = self._entities.get(m.entity)
            if entity is None or entity.type == "PERSON" or (types is not None and entity.type not in types):
                continue
            if any(f.lower().split()[-1:] == [word] for f in (entity.name, *entity.aliases)):
                best = m.entity
        return best

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
        keep = self.quotes_at(m.start)
        named = [x for x in self._mentions if x.entity in bearers and since <= x.start < m.start
                 and not self.inside_quote(x.start, keep)
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

    def _is_byline(self, m: Mention) -> bool:
        """A name in a byline, caption or heading (a paragraph without a verb) is nobody's antecedent."""
        author = (self.ctx.document.author or "").casefold()
        if author and m.text.casefold() in author:
            return True
        lo, hi = self.paragraph(m.start)
        verbless = self._bylines.get(lo)
        if verbless is None:
            verbless = self._bylines[lo] = not any(t.pos_ in ("VERB", "AUX") for t in self.tokens_in(lo, hi))
        return verbless
