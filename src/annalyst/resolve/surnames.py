"""Surnames across documents: a bare surname joins the one person the corpus names in full.

A memo calls a man "Ambassador Quell" after naming him "Tobias R. Quell" once,
or never names him in full at all: the corpus did elsewhere. This module
works on person names only, in blocks of one normalised surname, so its cost
grows with the number of local entities, not with their pairs:

0. **A surname inside an organisation** (:func:`split_surnames`): "Quell"
   alone, in a document that put it with "the Quell Government", is taken out
   as a person when the corpus knows a person of that surname.
1. **Names are read** (:func:`read_name`): titles, ranks and cable
   abbreviations before a name are dropped ("Secretary of State X", "FonMin X",
   "Messrs. X", "Presidents X"), so are lower-case words a tagger swept in,
   suffixes such as "Jr.", a phrase after the name ("X of State") and a noun
   named after the person ("X Papers"); what is left is a bare surname (one
   word) or a full name.
2. **Full names of one person join** (:func:`compatible`): "Robert Quell",
   "Robert T. Quell", "R. T. Quell" and "Bob Quell" are one man when only one
   longer name of the block fits the shorter one; "Tobias Quell" and "Mara
   Quell" never join. A name of two surnames may drop the given name ("Quell
   Ibarra" of "Tobias Quell Ibarra") or the second surname ("Tobias Quell").
3. **A bare surname joins a person** when one candidate fits, the evidence
   tried in order: the only full name of the surname in the corpus; the only
   woman ("Mrs. Quell"); the only one named in the same document; the only
   one whose titles and roles match ("Ambassador Quell" where one Quell is an
   ambassador and the other a minister); the only one of its sex ("Mr.
   Quell"); the only one the corpus ever calls by the surname alone (the
   Quell of a guest list is not). When
   none decides, the surname stays apart: two people who share it are never
   guessed between. A word no one bears as a surname joins the one person
   whose given name it is ("Tobias"). Bare surnames with no full name anywhere
   are one person across the corpus (with the same word typed a place or an
   organisation, where the corpus makes it a person in more documents); so
   are those of several candidates that carry the same title ("Ambassador
   Quell" in three memos).

A full name written in one document only, whose first word is no known given
name but a word the corpus writes in lower case ("Urge Quell"), is no
candidate: it is read as its surname alone. One whose first word is another
person's surname ("Ibarra Quell" of a list) names nobody and is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..language.given_names import given_names
from ..language.nicknames import same_given_name
from ..language.titles import TITLE_LINKS, TITLE_MODIFIERS, TITLES, title_sex
from ..model import LocalEntity
from ..unionfind import UnionFind

# Abbreviated titles of cables and memoranda, lower case without dots: "FonMin X", "Amb X", "Secy X".
CABLE_TITLES = frozenset({
    "messrs", "messieurs", "mm", "sec", "secy", "secstate", "amb", "ambs", "pres", "fonmin", "finmin", "primin",
    "pm", "dept", "asst", "dep", "undersec", "gov", "govt", "sen", "rep", "adm", "gen", "lt", "col", "maj", "capt",
    "cdr", "dr", "sr", "sra", "srta", "dona", "dom", "generalissimo", "premier", "ex",
})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Nouns a name is put before to name something of the person's: "the X Papers", "the X Government".
_NOT_NAMES = frozenset({"papers", "paper", "library", "files", "file", "collection", "doctrine", "plan", "memoirs",
                        "diary", "government", "administration", "regime", "cabinet", "department", "committee",
                        "report", "family", "group", "mission", "commission", "office", "staff"})
# Particles inside a surname: "de la", "van", "von", "dos".
PARTICLES = frozenset({"de", "la", "del", "los", "las", "y", "e", "da", "das", "do", "dos", "di", "du", "van", "von",
                       "der", "den", "ter", "le", "san", "santa", "sao", "st"})
_TITLE_WORDS = TITLES | TITLE_MODIFIERS | TITLE_LINKS | CABLE_TITLES


def _fold(word: str) -> str:
    """Lower case, no dots, no accents, no possessive: the comparable form of one name word."""
    w = re.sub(r"[^\w'-]", "", word.replace("’", "'").casefold())
    w = re.sub(r"'s?$", "", w)
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name as written, titles removed: folded words, and whether each is an initial."""

    words: tuple[str, ...]
    initials: tuple[bool, ...]
    first_known: bool  # its first given name is a common given name

    @property
    def bare(self) -> bool:
        return len(self.words) == 1

    @property
    def surname(self) -> str:
        return self.words[-1]

    @property
    def initials_only(self) -> bool:
        """A full name whose given names are initials alone: "T. R. Quell"."""
        return len(self.words) >= 2 and all(self.initials[:-1])

    def surnames(self) -> set[str]:
        """The words a bare mention may use for this person: the last, and for a name of three or
        more words the one before it (the first of two surnames: "Quell" of "Tobias Quell Ibarra",
        "Quell" of "Tobias Quell de la Vega")."""
        full = [w for w, i in zip(self.words, self.initials, strict=True) if not i and w not in PARTICLES]
        keys = {self.words[-1]}
        if len(full) >= 3:
            keys.add(full[-2])
        return keys


@lru_cache(maxsize=1 << 16)
def read_name(form: str) -> Name | None:
    """The person's name in ``form`` with titles, lower-case words and suffixes removed, or None."""
    raw = [w for w in re.split(r"\s+", form.strip()) if w]
    words: list[str] = []
    initials: list[bool] = []
    leading = True
    for w in raw:
        f = _fold(w)
        if not f or not any(c.isalpha() for c in f):
            continue
        if leading and (f in _TITLE_WORDS or f[:-1] in _TITLE_WORDS or not w[:1].isupper()):
            continue  # "Secretary", "of", "State", "Presidents" before a name; a lower-case word swept in
        leading = False
        if not w[:1].isupper() and f not in PARTICLES:
            break  # "X is Y", "X of State": the name ends where the phrase begins
        if f in _SUFFIXES and words:
            continue
        if re.fullmatch(r"(?:[A-Z]\.){2,}", w):  # "J.B." is two initials
            for c in w.replace(".", ""):
                words.append(c.casefold())
                initials.append(True)
            continue
        words.append(f)
        initials.append(len(f) == 1)
    while words and (words[-1] in _NOT_NAMES or words[-1][:-1] in _NOT_NAMES):
        words.pop()  # "X Papers", "X Administrations": named after the person, not the person's name
        initials.pop()
    if not words or initials[-1]:
        return None
    if len(words) >= 2 and not all(initials[:-1]):
        first = next(w for w, i in zip(words, initials, strict=True) if not i)
        known = first in given_names()
    else:
        known = False
    return Name(tuple(words), tuple(initials), known)


def _spelling(word: str) -> str:
    """A word with the "h" after a consonant left out: "Matheus" and "Mateus" are one name."""
    return re.sub(r"(?<=[^aeiou])h", "", word)


def _same_spelling(a: str, b: str) -> bool:
    return a == b or _spelling(a) == _spelling(b)


def _same_word(a: str, b: str, a_initial: bool, b_initial: bool) -> bool:
    """One given name written two ways: in full, as an initial, or shortened ("Tob" of "Tobias")."""
    if _same_spelling(a, b):
        return True
    if a_initial or b_initial:
        return a[0] == b[0]
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 5 and short[:4] == long_[:4]:  # one name spelt two ways: "Rudolf", "Rudolph"
        return True
    return (len(short) >= 3 and long_.startswith(short)) or same_given_name(a, b)


def compatible(a: Name, b: Name) -> bool:
    """True when the name ``a`` may be a shorter writing of ``b`` (``a`` no longer than ``b``).

    Either the first given names agree and the rest of ``a`` runs through ``b`` in order, ending on
    one of ``b``'s surnames ("Tobias Quell" of "Tobias R. Quell Ibarra"); or ``a`` is the last
    words of ``b`` without its given names, two or more words and no initial ("Quell Ibarra").
    """
    if len(a.words) > len(b.words) or a.bare or b.bare:
        return False
    if a.words[-1] not in b.surnames():
        return False
    if _same_word(a.words[0], b.words[0], a.initials[0], b.initials[0]):
        j = 1
        for w, i in zip(a.words[1:], a.initials[1:], strict=True):
            while j < len(b.words) and not _same_word(w, b.words[j], i, b.initials[j]):
                j += 1
            if j == len(b.words):
                return False
            j += 1
        return True
    n = len(a.words)
    return n >= 2 and not any(a.initials) and all(map(_same_spelling, b.words[-n:], a.words))


def is_titled(form: str) -> bool:
    """True when ``form`` begins with a title or a word a tagger swept in ("Presidents X", "wean X")."""
    first = (form.split(maxsplit=1) or [""])[0]
    f = _fold(first)
    return not first[:1].isupper() or f in _TITLE_WORDS or f[:-1] in _TITLE_WORDS


def split_surnames(locals_: Sequence[LocalEntity], places: frozenset[str] = frozenset()) -> list[LocalEntity]:
    """Local entities with the mentions of a person's surname inside an organisation taken out.

    A document that writes "the Quell Government" and "Quell said" may have put both in one
    organisation: "Quell" alone, a word of the organisation's name for which the corpus knows a
    person of that surname, is the person, and becomes a PERSON of its own here, for step 3 to
    place. When every mention is the surname ("Quell" typed an organisation named "Defense
    Quell"), the whole local entity is the person. Never a place's name (``places``, or a word
    more documents make a place than a person): "Ostia" of "the Ostia Post" is the town.
    """
    as_person = Counter(w for _, w in {(le.doc, s) for le in locals_ if le.type == "PERSON"
                                       for n in _person_names(le) for s in n.surnames()})
    as_place = Counter(w for _, w in {(le.doc, _fold(le.name)) for le in locals_ if le.type in {"GPE", "LOC"}})
    surnames = {s for le in locals_ if le.type == "PERSON" for n in _person_names(le) if not n.bare
                for s in n.surnames()}
    surnames = {s for s in surnames - places if as_place[s] < as_person[s]}
    out: list[LocalEntity] = []
    for le in locals_:
        words = {_fold(w) for w in le.name.split()} & surnames
        if le.type == "PERSON" or len(le.name.split()) < 2 or not words:
            out.append(le)
            continue
        taken = tuple(m for m in le.mentions if len(m.text.split()) == 1 and _fold(m.text) in words)
        if not taken:
            out.append(le)
        elif len(taken) == len(le.mentions):
            if len({_fold(m.text) for m in taken}) == 1:
                out.append(replace(le, name=taken[0].text, type="PERSON", aliases=(taken[0].text,)))
            else:
                out.append(le)
        else:
            rest = tuple(m for m in le.mentions if m not in taken)
            gone = {_fold(m.text) for m in taken}
            out.append(replace(le, aliases=tuple(a for a in le.aliases if _fold(a) not in gone), mentions=rest))
            for w in sorted(gone):
                mine = tuple(m for m in taken if _fold(m.text) == w)
                out.append(LocalEntity(f"{le.id}:{w}", le.doc, mine[0].text, "PERSON", (mine[0].text,), (), mine))
    return out


def _person_names(le: LocalEntity) -> list[Name]:
    forms = dict.fromkeys((le.name, *le.aliases, *(m.text for m in le.mentions)))
    return [n for n in (read_name(f) for f in forms if not f.startswith("@")) if n is not None]


def _sex(descriptors: Iterable[str]) -> str | None:
    sexes = {title_sex(d) for d in descriptors if len(d.split()) == 1} - {None}
    return sexes.pop() if len(sexes) == 1 else None


_ROLE_FILLERS = frozenset({"former", "then", "late", "acting", "new", "the", "a", "an"})


def _roles(descriptors: Iterable[str]) -> set[tuple[str, ...]]:
    """The titles and roles a person is given, folded ("assistant secretary of state"), courtesy titles left out."""
    out = set()
    for d in descriptors:
        words = tuple(w for w in (_fold(w) for w in d.split()) if w and w not in _ROLE_FILLERS)
        if words and not title_sex(d) and words != ("dr",):
            out.add(words)
    return out


def _roles_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One role written twice: equal, one the start of the other ("Secretary" of "Secretary of State"),
    or one of two words or more the end of the other ("Foreign Minister" of "Chilean Foreign Minister")."""
    short, long_ = sorted((a, b), key=len)
    return long_[:len(short)] == short or (len(short) >= 2 and long_[-len(short):] == short)


Block = dict[tuple[str, ...], tuple[Name, list[int]]]  # full name -> (the name, local entities writing it)


def _lower_case_words(texts: Iterable[str], wanted: set[str]) -> set[str]:
    """Those of ``wanted`` that some text writes in lower case: common words, not given names."""
    found: set[str] = set()
    if wanted:
        for text in texts:
            found.update(wanted.intersection(re.findall(r"\b[a-z]+\b", text)))
    return found


def join_person_names(locals_: Sequence[LocalEntity], union: UnionFind[int], texts: Mapping[str, str], *,
                      may_join: Callable[[int], bool] = lambda i: True) -> tuple[set[int], set[int]]:
    """Join full names of one person (step 2), then bare surnames to them (step 3), in place.

    Returns the local entities of another type than PERSON that joined a person as a surname,
    and those whose name is no person's name (a common word swept in: "Urge X").

    ``may_join(i)`` says whether a local entity that is not a PERSON, known by one word, may be
    read as a surname ("X" a place in one memo, a man in the others); such an entity joins a
    person only on the evidence of step 3, never a group of bare surnames.
    """
    names = {i: _person_names(le) for i, le in enumerate(locals_) if le.type == "PERSON"}
    written: Counter = Counter()
    for ns in names.values():
        written.update({n.words for n in ns if not n.bare})

    def first_word(n: Name) -> str:
        return next(w for w, i in zip(n.words, n.initials, strict=True) if not i)

    # A full name is a candidate unless it is written in one document only, its first word is no
    # known given name, and that word is a common word the tagger swept in (written in lower case
    # somewhere in the corpus: "Urge X") or the surname of another full name the corpus writes
    # twice (two surnames of a list read as one name: "Ambassadors Ibarra, Quell"); the first is read
    # as its surname, the second left alone.
    doubtful = {n.words: first_word(n) for ns in names.values() for n in ns
                if not n.bare and not n.initials_only and not n.first_known and written[n.words] < 2}
    common = _lower_case_words(texts.values(), set(doubtful.values()))
    surnames = {n.words[-1] for ns in names.values() for n in ns if not n.bare and written[n.words] >= 2}
    swept = {w for w, first in doubtful.items() if first in common}
    listed = {w for w, first in doubtful.items() if first in surnames} - swept
    strong = {i: [n for n in ns if not n.bare and not n.initials_only and n.words not in swept | listed]
              for i, ns in names.items()}
    for i, ns in names.items():  # a list of surnames names nobody: left as it is
        if not strong[i] and any(n.words in listed for n in ns):
            names[i] = []
    # Two words that are no given name and a surname the corpus uses alone in two documents or more
    # are two surnames, the given name left out ("Quell Ibarra"): the first is a surname too.
    alone = Counter(w for _, w in {(locals_[i].doc, n.words[0]) for i, ns in names.items() for n in ns if n.bare})
    blocks: dict[str, Block] = defaultdict(dict)
    givenless: set[tuple[str, ...]] = set()
    for i, ns in strong.items():
        for n in ns:
            keys = n.surnames()
            if len(n.words) == 2 and not any(n.initials) and not n.first_known and alone[n.words[0]] >= 2:
                keys.add(n.words[0])
                givenless.add(n.words)
            for s in keys:
                blocks[s].setdefault(n.words, (n, []))[1].append(i)
    _join_full_names(blocks, union)
    no_name = {i for i, ns in names.items() if not strong[i] and any(n.words in swept | listed for n in ns)}
    return _BareSurnames(locals_, union, names, strong, blocks, givenless).join(may_join), no_name


def _join_full_names(blocks: dict[str, Block], union: UnionFind[int]) -> None:
    for block in blocks.values():
        forms = sorted(block.values(), key=lambda v: (-len(v[0].words), v[0].words))
        for _, owners in forms:  # one full name written alike is one person, as name keys have it
            for i in owners[1:]:
                union.union(owners[0], i)
        for k, (a, owners) in enumerate(forms):
            # the one longer name this one shortens; when there is none, its variants ("Bob X", "Robert X")
            longer = {union.find(ls[0]) for b, ls in forms[:k] if len(b.words) > len(a.words) and compatible(a, b)}
            if len(longer) > 1:
                continue
            joined = longer or {union.find(ls[0]) for b, ls in forms
                                if len(b.words) == len(a.words) and compatible(a, b)}
            for r in joined:
                union.union(owners[0], r)


class _BareSurnames:
    """Step 3 over a snapshot of the clusters of full names, so no decision depends on the order of the others."""

    def __init__(self, locals_: Sequence[LocalEntity], union: UnionFind[int], names: dict[int, list[Name]],
                 strong: dict[int, list[Name]], blocks: dict[str, Block], givenless: set[tuple[str, ...]]):
        self.locals, self.union, self.names, self.strong, self.blocks = locals_, union, names, strong, blocks
        self.givenless = givenless  # two surnames without the given name: any initials may fit them
        self.cluster = [union.find(i) for i in range(len(locals_))]
        self.named_in: dict[int, set[str]] = defaultdict(set)  # cluster -> documents naming it in full
        self.roles: dict[int, Counter] = defaultdict(Counter)  # cluster -> its titles and roles, by document
        self.sexes: dict[int, set[str]] = defaultdict(set)
        self.called: Counter = Counter()  # cluster -> documents calling it by the bare surname too
        for i, ns in strong.items():
            if ns:
                c = self.cluster[i]
                self.called[c] += any(n.bare for n in names[i])
                self.named_in[c].add(locals_[i].doc)
                self.roles[c].update(_roles(locals_[i].descriptors))
                sex = _sex(locals_[i].descriptors)
                if sex:
                    self.sexes[c].add(sex)
        self._candidates: dict[str, set[int]] = {}
        self.given: dict[str, set[int]] = defaultdict(set)  # first given name -> clusters
        for i, ns in strong.items():
            for n in ns:
                if not n.initials[0] and n.words[0] not in n.surnames():
                    self.given[n.words[0]].add(self.cluster[i])
        self.doc_people: dict[str, set[int]] = defaultdict(set)
        for c, docs in self.named_in.items():
            for d in docs:
                self.doc_people[d].add(c)

    def candidates(self, surname: str, partial: list[Name]) -> set[int]:
        """The clusters of the full names of a surname (those fitting the initials of ``partial``)."""
        if not partial:
            if surname not in self._candidates:  # once per surname: a frequent one has many owners
                self._candidates[surname] = {self.cluster[owners[0]] for _, owners in
                                             self.blocks.get(surname, {}).values()}
            return self._candidates[surname]
        return {self.cluster[owners[0]] for n, owners in self.blocks.get(surname, {}).values()
                if n.words in self.givenless or any(compatible(p, n) for p in partial)}

    def join(self, may_join: Callable[[int], bool]) -> set[int]:
        joins: list[tuple[int, int]] = []
        groups: dict[tuple, int] = {}
        as_person: dict[str, set[str]] = defaultdict(set)  # lone surname -> documents where it is a person
        typed_otherwise: dict[str, list[int]] = defaultdict(list)
        for i, le in enumerate(self.locals):
            if le.type == "PERSON":
                ns = self.names.get(i) or []
                if not ns or self.strong.get(i):
                    continue
                partial = [n for n in ns if n.initials_only]
                # a weak full name ("Urge X") is read as its surname
                surname = max(ns, key=lambda n: (not n.bare and not n.initials_only, len(n.words))).surname
            else:
                n = read_name(le.name) if len(le.name.split()) == 1 else None
                if n is None or not may_join(i):
                    continue
                partial, surname = [], n.surname
            candidates = self.candidates(surname, partial)
            owner = self.decide(le, candidates)
            if owner is None and not candidates and le.type == "PERSON" and all(n.bare for n in ns):
                # no one bears it as a surname: the one person whose given name it is ("Tobias")
                given = self.given.get(surname, set())
                owner = next(iter(given)) if len(given) == 1 else None
            if owner is not None:
                joins.append((owner, i))
            elif le.type != "PERSON":
                if not candidates:
                    typed_otherwise[surname].append(i)
            elif not partial:
                if not candidates:  # the same lone surname in several documents is one person
                    key: tuple = (surname,)
                    as_person[surname].add(le.doc)
                else:  # or, when several people bear it, in several documents with one title
                    own = _roles(le.descriptors)
                    if not own:
                        continue
                    key = (surname, min(own))
                j = groups.setdefault(key, i)
                if j != i:
                    joins.append((j, i))
        # a word the corpus uses as a lone surname in more documents than as anything else is a
        # surname where the tagger typed it a place or an organisation too
        for surname, others in typed_otherwise.items():
            if (surname,) in groups and len(as_person[surname]) > len({self.locals[i].doc for i in others}):
                joins.extend((groups[(surname,)], i) for i in others)
        for a, b in joins:
            self.union.union(a, b)
        return {b for _, b in joins if self.locals[b].type != "PERSON"}

    def decide(self, le: LocalEntity, candidates: set[int]) -> int | None:
        """The one candidate the evidence points to, or None."""
        sex = _sex(le.descriptors)
        if sex:  # "Mrs. X" is not "Mr. Y X"
            candidates = {c for c in candidates if self.sexes[c] <= {sex}}
        if len(candidates) <= 1:
            return next(iter(candidates), None)
        # a courtesy title of one sex: "Mrs. X" here, "Ms. X" there. A woman's title is marked and
        # decides first; "Mr." is what most people of these papers are called, and decides last.
        same = [c for c in candidates if sex and self.sexes[c] == {sex}]
        if sex == "female" and len(same) == 1:
            return same[0]
        here = candidates & self.doc_people.get(le.doc, set())
        if here:
            return here.pop() if len(here) == 1 else None
        own = _roles(le.descriptors)
        if own:
            support = {c: sum(n for role, n in self.roles[c].items() if any(_roles_match(role, o) for o in own))
                       for c in candidates}
            first, second = sorted(support.values(), reverse=True)[:2]
            if first > 0 and first >= 3 * second:
                return max(support, key=support.__getitem__)
        if len(same) == 1:
            return same[0]
        # the only one the corpus ever calls by the surname alone (a name in a guest list is not)
        called = [c for c in candidates if self.called[c]]
        return called[0] if len(called) == 1 else None
