"""Which mentions of one document name the same thing.

Mentions are first grouped by their normalised name (case, dots, possessives
and a leading "the" ignored, common country abbreviations folded, so "O.A.S."
and "OAS", "U.S." and "USA" meet). Groups are then joined when the text says
they are one:

* an acronym in parentheses after a name, or a ``(@handle)`` after a byline
  name, binds to it; an acronym also binds to the one organisation whose
  initials it spells;
* a shorter person name binds to the one full name it ends: "Holloway" and
  "Mr. Holloway" (the title is already stripped) to "Henry Holloway". When
  two people share the surname the short form stays on its own: guessing
  would put one person's words in another's mouth. Unless the text used it
  before naming the second: until then it could mean only the first, and a
  writer who goes on using it for one of them means that one (the other is
  the one given a first name). A name used as a place ("in X") with no person
  clue keeps its own entity too, as a place whatever the model's label (its
  uses with a title, "Judge X", are the person's), and one the text calls a place ("the town
  of X", "the X district") is that place wherever it stands alone: only its
  uses with a title or a person's clue ("Judge X") are the person's;
* a single unmatched name one letter away from exactly one person's surname
  (a typo such as "Mar" for "Marr") binds to it, as a last resort.

* a company's first name alone ("Acme" of "Acme Tools Ltd.") binds to the one
  organisation it opens, unless a person of the text bears it, a title or "X, who"
  makes it a person, or it is used as a place; a legal suffix ("Ltd.", "Inc.",
  "plc") names no other company;
* a first name alone binds to the one person of the text who has it
  ("Miriam" to "Miriam Holt"), even where the model took it for an
  organisation with nothing else saying so; two people called "Moshe" are
  never merged, and a lone "Moshe" beside them stays on its own;
* a one-word name with "Mrs."/"Ms." or with "Mr."/"Sir" is looked up apart from
  its other uses, and never binds to a bearer called by the other sex's title,
  nor, in minutes, to a participant listed with another title ("Mrs. X" is not
  "Col. Y X"); a shared surname alone is the one bearer the text does not
  otherwise call by a first name or a courtesy title ("Ms. X" for her, "X" for him).
"""

from __future__ import annotations

from ...unionfind import UnionFind
from .lexicon import FUNCTION_WORDS, ORG_HEADS, canonical_key, initials, is_acronym, place_names, title_sex
from .mentions import HEADER_ORIGINS, Candidate, demonym_stems
from .teams import PLACE_USE, split_places_from_teams, spread_teams
from .typing import KIN, LOCATIVE, NAMED_PLACE, decide_type, is_place_only


def group_key(cand: Candidate) -> str:
    return canonical_key(cand.text)


def _one_letter_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


_AS_PERSON = " (person)"  # suffix of the group key of a place name's uses as a person's name


def _split_place_from_person(groups: dict[str, list[Candidate]]) -> None:
    """Split a one-word name the text calls a place ("the town of X") into the place and "Judge X".

    The uses with a title or a person's clue form a group of their own, keyed
    ``"x (person)"``; the rest stay the place's.
    """
    for k, members in list(groups.items()):
        if " " in k or not any(c.votes[NAMED_PLACE] or _used_as_place(c) for c in members):
            continue
        people = [c for c in members if not c.votes[NAMED_PLACE] and (c.title or _person_clues([c]))]
        if people and len(people) < len(members):
            groups[k] = [c for c in members if c not in people]
            groups[k + _AS_PERSON] = people
            _drop_person_labels(groups[k])


def _used_as_place(cand: Candidate) -> bool:
    """A use in a place's position ("lives in X") with no title and no person's clue."""
    return bool(cand.votes[LOCATIVE]) and not cand.title and not _person_clues([cand])


def _drop_person_labels(members: list[Candidate]) -> None:
    """The model's PERSON labels on a place that a person of the text is named after came from that person."""
    for cand in members:
        if cand.label == "PERSON" and cand.votes["PERSON"] >= 1:
            cand.votes["PERSON"] -= 1


def _split_by_sex(groups: dict[str, list[Candidate]]) -> None:
    """Split a one-word name's uses with "Mrs."/"Ms." and with "Mr."/"Sir" from its other uses.

    Two people of a text may share a surname ("Mrs. X" and "Col. Y X"): each part,
    keyed ``"x (female)"``, ``"x (male)"``, then finds its own bearer.
    """
    for k, members in list(groups.items()):
        if " " in k:
            continue
        by_sex: dict[str | None, list[Candidate]] = {}
        for cand in members:
            by_sex.setdefault(title_sex(cand.title), []).append(cand)
        for sex in ("female", "male"):
            if sex in by_sex and len(by_sex) > 1:
                groups[f"{k} ({sex})"] = by_sex.pop(sex)
        groups[k] = [c for part in by_sex.values() for c in part]


def _base(k: str) -> str:
    """The name of a group key without its "(person)", "(female)" part."""
    return k.split(" (", maxsplit=1)[0]


def _may_bear(members: list[Candidate], owner: list[Candidate]) -> bool:
    """Can the titled uses of a surname be the owner's? Not "Mrs. X" for "Mr. Y X", nor in minutes
    "Mrs. X" for a participant listed as "Col. Y X": a listed person is called by the listed title."""
    sexes = {title_sex(c.title) for c in members} - {None}
    owner_sexes = {title_sex(c.title) for c in owner} - {None}
    if sexes and owner_sexes and sexes != owner_sexes:
        return False
    listed = [c.listed_as for c in owner if c.listed_as]
    titles = [set(_words(c.title)) for c in members if c.title]
    return not (listed and titles) or all(t <= words for t in titles for words in listed)


def _words(text: str | None) -> list[str]:
    return [w.rstrip(".") for w in (text or "").casefold().split()]


def _may_be_person(etype: str, members: list[Candidate]) -> bool:
    """A person, or a lone word the model called an organisation with nothing else saying so ("X did not
    hesitate"): no acronym, no organisation head word, no other clue of an organisation."""
    return etype == "PERSON" or (etype == "ORG" and not any(
        is_acronym(c.text) or c.votes["ORG"] - (c.label == "ORG") > 0 for c in members))


def _person_clues(members: list[Candidate]) -> bool:
    """True when some mention has evidence of a person beyond the model's label ("Price explains")."""
    return any(c.votes["PERSON"] - (c.label == "PERSON") > 0 for c in members)


def cluster_mentions(cands: list[Candidate], common: frozenset[str] = frozenset()) -> list[list[Candidate]]:
    """Mentions grouped into entities, in order of first mention.

    ``common`` holds the words the document also uses in lower case ("propaganda"):
    such a word alone is not taken for somebody's surname.
    """
    groups: dict[str, list[Candidate]] = {}
    for cand in cands:
        groups.setdefault(group_key(cand), []).append(cand)
    _split_place_from_person(groups)
    split_places_from_teams(groups)
    spread_teams(groups, place_names()[1])
    _split_by_sex(groups)
    union = UnionFind(groups)
    types = {k: decide_type(members) for k, members in groups.items()}
    _type_by_surname(groups, types)

    for cand in cands:
        if cand.alias_of is not None and group_key(cand.alias_of) in groups:
            union.union(group_key(cand.alias_of), group_key(cand))

    # acronyms spelled by exactly one organisation's initials
    expansions: dict[str, list[str]] = {}
    for k, members in groups.items():
        if len(k.split()) >= 2 and types[k] in {"ORG", "GPE", "LOC", "FAC"}:
            expansions.setdefault(initials(members[0].text), []).append(k)
            for form in of_forms(members[0].text):  # "GON" for "Norlandian Government", the Government Of Norland
                expansions.setdefault("".join(w[0] for w in form.split()).upper(), []).append(k)
    for k, members in groups.items():
        if any(is_acronym(c.text) for c in members):
            found = expansions.get(k.upper(), [])
            if len(found) == 1:
                union.union(found[0], k)

    # shorter person names to the one full name they end
    persons = [k for k in groups if types[k] == "PERSON" and len(k.split()) >= 2
               and not all(c.origin in HEADER_ORIGINS for c in groups[k])]  # "COL. X" is a label, no full name
    by_tail: dict[str, set[str]] = {}
    for k in persons:
        words = k.split()
        for n in range(1, len(words)):
            by_tail.setdefault(" ".join(words[n:]), set()).add(k)
        if len(words) > 2:
            by_tail.setdefault(f"{words[0]} {words[-1]}", set()).add(k)
        if len(words[0]) > 1:
            by_tail.setdefault(f"{words[0][0]} {words[-1]}", set()).add(k)  # "A. Roe" of "Anna Roe"
    bound = set()
    for k, members in groups.items():
        owners = {o for o in by_tail.get(_base(k), set()) - {k} if _may_bear(members, groups[o])}
        if _base(k) in common and not _person_clues(members):
            continue  # "price" is also a word here: "Price" alone is a surname only with a person's clue
        if len({union.find(o) for o in owners}) > 1:
            owners = _named_first(owners, groups, min(c.start for c in members), union)
        if owners and " " not in k and any(_used_as_place(c) for c in members) \
                and not any(c.title or _person_clues([c]) for c in members):
            _drop_person_labels(members)  # "lives in X" beside "Judge Y X": the town, not the judge
            types[k] = decide_type(members)
            continue
        if len({union.find(o) for o in owners}) == 1 and (types[k] == "PERSON" or not is_place_only(members)):
            union.union(next(iter(owners)), k)
            bound.add(k)
            for cand in members:  # the surname takes the full name's type, not the model's guess for it
                if cand.label and cand.label != "PERSON" and cand.votes[cand.label] >= 1:
                    cand.votes[cand.label] -= 1
    # a first name alone to the one person who has it
    first_names: set[str] = set()
    by_first: dict[str, set[str]] = {}
    for k in persons:
        by_first.setdefault(k.split()[0], set()).add(k)
    for k, members in groups.items():
        owners = {union.find(o) for o in by_first.get(k, ())}
        if k in bound or k in by_tail or not _may_be_person(types[k], members) or k in common or len(owners) != 1 \
                or union.find(k) != k or is_place_only(members):
            continue
        union.union(owners.pop(), k)
        bound.add(k)
        first_names.add(k)
        for cand in members:  # the person's type, not the model's guess for the lone word
            if cand.label and cand.label != "PERSON" and cand.votes[cand.label] >= 1:
                cand.votes[cand.label] -= 1
    _tell_bearers_apart(groups, types, by_tail, bound, first_names, union)
    # "Human Rights Commission" to the one longer organisation name it ends
    # (not across "of": "United Nations" is not the "Security Council of the United Nations")
    # and "the Times", "the Commission" (a head word alone) to the one "X Times", "Y Commission"
    orgs = [k for k in groups if types[k] == "ORG" and len(k.split()) >= 2 and not FUNCTION_WORDS & set(k.split())]
    org_tails: dict[str, set[str]] = {}
    for k in orgs:
        words = k.split()
        for n in range(1, len(words)):
            if len(words) - n >= 2 or words[-1] in ORG_HEADS:
                org_tails.setdefault(" ".join(words[n:]), set()).add(k)
    for k in groups:
        owners = org_tails.get(k, set()) - {k}
        if types[k] == "ORG" and len({union.find(o) for o in owners}) == 1:
            union.union(next(iter(owners)), k)
    _join_company_names(groups, types, orgs, persons, bound, common, union)
    surnames = {}
    for k in persons:
        surnames.setdefault(k.split()[-1], set()).add(union.find(k))
    for k in groups:
        if k in bound or types[k] != "PERSON" or " " in k or len(k) < 3 or k in surnames:
            continue
        near = {owner for s, owners in surnames.items() if _one_letter_apart(k, s) for owner in owners}
        if len(near) == 1 and union.find(k) == k:
            union.union(next(iter(near)), k)

    clusters: dict[str, list[Candidate]] = {}
    for k, members in groups.items():
        clusters.setdefault(union.find(k), []).extend(members)
    return [sorted(c, key=lambda m: m.start) for c in sorted(clusters.values(), key=lambda c: min(m.start for m in c))]


def _type_by_surname(groups: dict[str, list[Candidate]], types: dict[str, str]) -> None:
    """A two-word name the model called an organisation is a person when its last word is a person's surname.

    "Y X" beside "Z X, the leader's nephew" or "X said": with nothing else saying
    organisation (no head word, no acronym, no legal suffix), the family name makes
    it a person, as it would for a reader.
    """
    surnames = {k.split()[-1] for k in groups if types[k] == "PERSON" and len(k.split()) >= 2}
    surnames |= {k for k in groups if types[k] == "PERSON" and " " not in k and _person_clues(groups[k])}
    for k, members in groups.items():
        words = k.split()
        if len(words) == 2 and types[k] == "ORG" and words[-1] in surnames and _may_be_person("ORG", members) \
                and not ORG_HEADS & set(words) and all(w[:1].isupper() for c in members for w in c.text.split()):
            for cand in members:
                cand.votes["PERSON"] += 2
            types[k] = decide_type(members)


def _tell_bearers_apart(groups: dict[str, list[Candidate]], types: dict[str, str], by_tail: dict[str, set[str]],
                        bound: set[str], first_names: set[str], union: UnionFind[str]) -> None:
    """A shared surname alone is the one bearer the text does not call otherwise.

    A writer with two people of one surname tells them apart: "Ms. X" or her first
    name for one, the bare surname for the other. When every bearer but one is
    called by a first name alone or by the surname with a courtesy title, or was
    introduced as somebody's relative ("Y X, the minister's wife"), the bare
    surname is that one; when two or more are not, it stays nobody's.
    """
    for k, members in groups.items():
        if " " in k or k in bound or union.find(k) != k or not _may_be_person(types[k], members):
            continue
        roots = {union.find(o) for o in by_tail.get(k, ())}
        if len(roots) < 2:
            continue
        told_apart = {union.find(g) for g in bound if g in first_names or (g != k and _base(g) == k)}
        told_apart |= {r for r in roots if any(c.votes[KIN] for g in groups if union.find(g) == r
                                               for c in groups[g])}  # "X Y, the leader's nephew"
        rest = roots - told_apart
        if len(rest) == 1:
            union.union(rest.pop(), k)
            bound.add(k)


def _join_company_names(groups: dict[str, list[Candidate]], types: dict[str, str], orgs: list[str],
                        persons: list[str], bound: set[str], common: frozenset[str], union: UnionFind[str]) -> None:
    """A company's first name alone ("Acme" of "Acme Tools Ltd.") to the one organisation it opens.

    Only when no person of the text has that word in their name, nothing calls it a
    person (a title, "X, who"), and it is used as no place: "Ford" beside "Gerald
    Ford", "Chicago" beside "Chicago Tribune" stay what they are.
    """
    firsts: dict[str, set[str]] = {}
    for k in orgs:
        firsts.setdefault(k.split()[0], set()).add(k)
    person_words = {w for k in persons for w in k.split()}
    for k, members in groups.items():
        if " " in k or k in bound or k in person_words or k in common or types[k] not in {"PERSON", "ORG"} \
                or union.find(k) != k or is_place_only(members) \
                or any(c.title or c.votes["PERSON"] - (c.label == "PERSON") >= 1 for c in members):
            continue
        owners = {union.find(o) for o in firsts.get(k, ())}
        if len(owners) == 1:
            union.union(owners.pop(), k)
            bound.add(k)
            for cand in members:  # the company's type, not the model's guess for the lone word
                cand.votes["ORG"] += 2


def _named_first(owners: set[str], groups: dict[str, list[Candidate]], used_at: int, union: UnionFind[str]) -> set[str]:
    """The one bearer of a shared surname it means, when first used at ``used_at``, or none.

    That is the first bearer named, if the second had not been named yet: "Tom
    Baker ... Baker ... his sister Anna Baker" (and "BAKER" in a cable's subject
    line before either). After both are named, "Baker" alone is anyone's guess.
    """
    first: dict[str, int] = {}
    for o in owners:
        root, start = union.find(o), min(c.start for c in groups[o])
        first[root] = min(first.get(root, start), start)
    named = sorted(first, key=first.get)
    return {named[0]} if used_at < first[named[1]] else set()


def of_forms(name: str) -> list[str]:
    """"Government of Norland" for "Norlandian Government": a country's body named by its people's adjective."""
    words = name.split()
    if len(words) != 2 or words[1].casefold() not in ORG_HEADS:
        return []
    found = sorted(stem for stem in demonym_stems(words[0]) if stem in place_names()[0])
    return [f"{words[1]} of {found[0].title()}"] if len(found) == 1 else []


def canonical_name(cluster: list[Candidate]) -> str:
    """The fullest proper name among the mentions (no acronym or handle when a full form exists; a headline's
    capitals only when the text writes the name no other way)."""
    def rank(c: Candidate) -> tuple:
        text = c.text.rstrip(".") if not is_acronym(c.text) else c.text
        return (c.origin not in HEADER_ORIGINS, not text.startswith("@"), not text.islower(),
                not is_acronym(text), not (" " in text and text.isupper()), len(text.split()),
                sum(1 for m in cluster if m.text == c.text), len(text))
    best = max(cluster, key=rank)
    return best.text


def surname_forms(clusters: list[list[Candidate]], types: list[str],
                  common: frozenset[str] = frozenset()) -> dict[str, int]:
    """Surface forms worth searching the text for, mapped to their cluster index.

    Every distinct name form of a cluster, plus each person's surname when no
    other person in the document shares it. A form claimed by two clusters is
    dropped: it cannot be attributed.
    """
    forms: dict[str, set[int]] = {}
    for n, (cluster, etype) in enumerate(zip(clusters, types, strict=True)):
        for cand in cluster:
            if len(cand.text) >= 2 and not cand.text.islower() and not cand.text.startswith("@") \
                    and cand.origin not in HEADER_ORIGINS:  # "President" is not searched as a name
                forms.setdefault(cand.text, set()).add(n)
        if etype == "PERSON":
            full = max((c.text for c in cluster), key=lambda t: len(t.split()))
            words = full.split()
            if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 3 \
                    and words[-1].casefold() not in common:
                for i in range(1, len(words)):  # "Castillo Armas" and "Armas" of "Carlos Castillo Armas"
                    if words[i][:1].isupper():
                        forms.setdefault(" ".join(words[i:]), set()).add(n)
    # a side's name is also its town's, whose uses the text marks ("in X", the dateline): elsewhere it is the side
    placed = {n for n, cluster in enumerate(clusters) if all(c.votes[PLACE_USE] for c in cluster)}
    forms = {f: (ns - placed if len(ns) > 1 and ns - placed else ns) for f, ns in forms.items()}
    return {f: next(iter(ns)) for f, ns in forms.items() if len(ns) == 1}
