"""Entities across documents: one global entity per person, organisation or place.

Each document has already clustered its own aliases (see
:mod:`annalyst.extract.entities`), so here two local entities merge when they
are of the same coarse type (person, organisation, place, other) and

* share a normalised name form: a full name, an organisation's name or
  acronym, a place name ("U.S." and "the United States" fold to one key); or
* they name one person: full names written differently ("Robert T. Hale",
  "Bob Hale"), or a bare surname ("Hale", "Ambassador Hale", even typed an
  organisation) and the one person of that surname the evidence points to
  (see :mod:`annalyst.resolve.surnames`). When two people share a surname and
  nothing tells which is meant, the bare surname stays on its own; or
* one is an organisation known only by its head word ("the Department" of a
  cable, "the Commission") and exactly one organisation elsewhere has a name
  ending in it ("State Department").

A person is merged on a first name alone only when no one bears it as a surname
and one person alone as a given name. The work is near-linear in the
number of local entities: every comparison goes through a dictionary of name
keys or a block of one surname, never all pairs.

Global ids are ``"<type>:<slug of the name>"``, with ``-2``, ``-3``... on
collision, assigned in order of first mention, so the same input gives the same ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ..language.names import canonical_key, is_acronym
from ..language.organisations import ORG_HEADS
from ..language.places import PLACE_KINDS, place_names
from ..language.titles import TITLES, is_role
from ..model import DocAnalysis, Entity, LocalEntity
from ..unionfind import UnionFind
from .acronyms import join_acronyms
from .surnames import is_titled, join_person_names, read_name, split_surnames

_COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "x"


def _coarse(etype: str) -> str:
    return _COARSE.get(etype, etype)


def _keys(le: LocalEntity) -> set[str]:
    """The name keys a local entity can be found by.

    A person is found by full names only: a lone surname is matched in a
    second pass, and only when it is unambiguous.
    """
    forms = (le.name, *le.aliases)
    if le.type == "PERSON":
        keys = set()
        for f in forms:
            if is_role(f):
                continue  # "High Commissioner" in one memo and in another may be two people
            words = canonical_key(f).split()
            while words and words[0] in TITLES:  # "Mr. Dulles" is a surname, not a full name
                words = words[1:]
            if len(words) >= 2 and not f.startswith("@"):
                keys.add(" ".join(words))
        return keys
    # a head word alone as the short form of a longer name ("the Council" of "the Quellian Council")
    # is what one document calls its own organisation: another document's "Council" is another council
    name = canonical_key(le.name)
    return {k for k in (canonical_key(f) for f in forms if not f.startswith("@"))
            if k and (k == name or k not in ORG_HEADS)}


def _name(members: list[LocalEntity], etype: str) -> str:
    """The fullest proper name: most words, then most mentions; never an acronym when a full form exists.

    A person's name is counted by the words of the name itself ("Varn of State" is one word), and
    never one that starts with a title or a lower-case word ("Presidents Quell", "met Quell").
    """
    counts: Counter = Counter()
    for le in members:
        counts[le.name] += len(le.mentions)

    def words(n: str) -> int:
        if etype != "PERSON":
            return len(n.split())
        read = read_name(n)
        return len(read.words) if read else 0

    return max(counts, key=lambda n: (etype != "PERSON" or not is_titled(n), not is_acronym(n), words(n),
                                      counts[n], len(n)))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Distinct items in first-seen order, case-insensitively ("general" and "General" are one title)."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _type(members: list[LocalEntity], persons: set[str]) -> str:
    votes: Counter = Counter()
    for le in members:
        votes["PERSON" if le.id in persons else le.type] += len(le.mentions) or 1
    return max(votes, key=lambda t: (votes[t], -list(votes).index(t)))


def _called_a_place(le: LocalEntity) -> bool:
    """True for a place its document describes as a kind of place: "the mining town of X"."""
    return _coarse(le.type) == "PLACE" and any(d.split()[-1].casefold() in PLACE_KINDS for d in le.descriptors)


def _join_head_words(locals_: list[LocalEntity], union: UnionFind[int]) -> None:
    """An organisation named by its head word alone ("Department") joins the one "X Department" of the corpus."""
    by_head: dict[str, set[int]] = {}
    for i, le in enumerate(locals_):
        words = canonical_key(le.name).split()
        if le.type == "ORG" and len(words) >= 2 and not is_acronym(le.name):
            by_head.setdefault(words[-1], set()).add(i)
    for i, le in enumerate(locals_):
        k = canonical_key(le.name)
        owners = {union.find(j) for j in by_head.get(k, ())}
        if le.type == "ORG" and k in ORG_HEADS and len(owners) == 1:
            union.union(owners.pop(), i)


def resolve_entities(analyses: Sequence[DocAnalysis]) -> tuple[list[Entity], dict[str, str]]:
    """Merge local entities into global ones; return them and the local-to-global id mapping."""
    countries, subdivisions = place_names()
    locals_ = split_surnames([le for a in analyses for le in a.entities], countries | subdivisions)
    union = UnionFind(range(len(locals_)), least=True)  # the earlier entity stays the root, so ids are stable
    index: dict[tuple[str, str], int] = {}
    for i, le in enumerate(locals_):
        for k in _keys(le):
            j = index.setdefault((_coarse(le.type), k), i)
            if j != i:
                union.union(j, i)
    # A full name of two or more words typed differently in two documents ("X Y" a PERSON in one,
    # an ORG in another) is still one name: the model's typing is noisier than such coincidences.
    by_full_name: dict[str, int] = {}
    for i, le in enumerate(locals_):
        if le.type in _COARSE and len(le.name.split()) >= 2 and not is_acronym(le.name):
            j = by_full_name.setdefault(canonical_key(le.name), i)
            if j != i:
                union.union(j, i)

    _join_head_words(locals_, union)
    join_acronyms(locals_, union)

    named_places = {union.find(i) for i, le in enumerate(locals_) if _called_a_place(le)}

    def may_be_surname(i: int) -> bool:
        # a surname the model typed as a place or organisation in one document still names the
        # person known elsewhere, unless it is a country's or a region's name or some document
        # calls it a place ("the town of X")
        le = locals_[i]
        k = canonical_key(le.name)
        return (le.type in {*_COARSE, "NORP"} and not is_acronym(le.name) and k not in countries
                and k not in subdivisions and union.find(i) not in named_places)

    read_as_persons, not_names = join_person_names(locals_, union, {a.document.id: a.document.text for a in analyses},
                      may_join=may_be_surname)

    persons = {locals_[i].id for i in read_as_persons}  # a surname typed ORG that joined a person is his name
    swept = {locals_[i].id for i in not_names}
    groups: dict[int, list[LocalEntity]] = {}
    for i, le in enumerate(locals_):
        groups.setdefault(union.find(i), []).append(le)
    entities: list[Entity] = []
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for root in sorted(groups):
        members = groups[root]
        etype = _type(members, persons)
        name = _name([le for le in members if le.id not in swept] or members, etype)
        base = f"{etype.lower()}:{_slug(name)}"
        eid, n = base, 1
        while eid in used:
            n += 1
            eid = f"{base}-{n}"
        used.add(eid)
        for le in members:
            mapping[le.id] = eid
        entities.append(Entity(
            id=eid, name=name, type=etype,
            # "Maran" of a local entity only ever called "Mrs. Maran" is no alias: another may be called so
            aliases=tuple(dict.fromkeys(a for le in members for a in (le.aliases or (le.name,)))),
            descriptors=_unique(d for le in members for d in le.descriptors),
            mentions=tuple(m.span for le in members for m in le.mentions)))
    return entities, mapping
