"""Acronyms across documents: "AID" and "GOQ" join the organisation they abbreviate.

Cables and memoranda write organisations and governments by their initials
("the USG", "GOQ" for the Government of Quellia) and seldom spell them out in
the same document. An acronym of three letters or more joins:

* what a general list of cable abbreviations says it stands for ("SYG", the
  Secretary-General), when the corpus names that;
* the same acronym elsewhere, whatever type the tagger gave it there ("AID" an
  organisation in one memo, a place in another, "USG" a person in a third);
  a place's or a person's name written in capitals ("VELBY" in a headline, where
  other documents write "Velby") is no acronym and keeps its own type;
* the one organisation of the corpus whose name has those initials, with or
  without its small words ("Agency for International Development" is "AID",
  "Government of Quellia" is "GOQ" and "GQ"); a country's government written
  with the adjective ("the Quellian Government") is its "Government of
  Quellia" too (the two join), so its initials are those of that form as well. When several
  organisations have the initials, the one the same document names decides;
  when none or several do, the acronym stays apart. The initials of the
  government of a country the corpus names are that government's only.

The work is linear in the number of local entities: every acronym is looked up
in a dictionary of initials.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..language.abbreviations import CABLE_ABBREVIATIONS
from ..language.names import canonical_key, is_acronym
from ..language.places import place_names
from ..model import LocalEntity
from ..unionfind import UnionFind

_NAMED = {"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON"}
_SMALL = frozenset({"of", "the", "for", "and", "on", "in", "to", "de", "del", "la"})
_ROMAN = re.compile(r"[IVXLCDM]+")


def _letters(acronym: str) -> str:
    return acronym.replace(".", "").replace("&", "").upper()


def initials(name: str) -> set[str]:
    """The acronyms a name may be written as: its initials with and without its small words,
    a hyphenated word as one word and as two ("Inter-Quellian Bank": "IB", "IQB")."""
    out = set()
    for split_hyphens in (False, True):
        words = [w for w in re.split(r"[\s-]+" if split_hyphens else r"\s+", name.replace("’", "'")) if w]
        words = [w for w in words if w[:1].isalpha() and w.casefold() != "the"]
        if len(words) < 2:
            continue
        out.add("".join(w[0] for w in words).upper())
        out.add("".join(w[0] for w in words if w.casefold() not in _SMALL).upper())
    return {a for a in out if len(a) >= 2}


def _countries_by_stem() -> dict[str, list[str]]:
    countries, _ = place_names()
    by_stem: dict[str, list[str]] = defaultdict(list)
    for c in countries:
        if c[:4].isalpha():
            by_stem[c[:4]].append(c)
    return by_stem


def _country_of(adjective: str, by_stem: dict[str, list[str]]) -> str | None:
    """The country an adjective names ("Quellian" of "Quellia"), when one country's name it starts like."""
    a = adjective.casefold()
    fits = [c for c in by_stem.get(a[:4], ()) if len(c) >= 4 and a.startswith(c[:max(4, len(c) - 1)])]
    return fits[0] if len(fits) == 1 else None


def _government(form: str, by_stem: dict[str, list[str]], countries: frozenset[str]) -> str | None:
    """The country whose government ``form`` names: "Government of Quellia", "the Quellian Government"."""
    key = canonical_key(form)
    if key.startswith("government of "):
        rest = canonical_key(key.removeprefix("government of "))
        return rest if rest in countries else None
    words = key.split()
    if len(words) >= 2 and words[-1] == "government":  # "the Quellian Government", "the U.S. Government"
        rest = canonical_key(" ".join(words[:-1]))
        if rest in countries:
            return rest
        return _country_of(rest, by_stem) if len(words) == 2 else None
    return None


def _expansions(le: LocalEntity, by_stem: dict[str, list[str]], countries: frozenset[str]) -> set[str]:
    """The initials the names of an organisation give it."""
    out: set[str] = set()
    for form in (le.name, *le.aliases):
        if is_acronym(form) or len(form.split()) < 2:
            continue
        out |= initials(form)
        country = _government(form, by_stem, countries)
        if country:
            out |= initials("Government of " + country)
    return out


def join_acronyms(locals_: Sequence[LocalEntity], union: UnionFind[int]) -> None:
    """Join acronyms to one another across types, and to the one organisation they abbreviate, in place."""
    acronyms: dict[str, list[int]] = defaultdict(list)
    # a place's or a person's name the corpus writes in small letters too ("Velby" and, in a
    # headline or a table in capitals, "VELBY") is a word in capitals there, not initials
    written = {canonical_key(form) for le in locals_ if le.type in {"GPE", "LOC", "FAC", "PERSON"}
               for form in (le.name, *le.aliases) if not form.isupper()}
    for i, le in enumerate(locals_):
        letters = _letters(le.name)
        if le.type in _NAMED and is_acronym(le.name) and len(letters) >= 3 and not _ROMAN.fullmatch(letters) \
                and not ("." not in le.name and canonical_key(le.name) in written):
            acronyms[letters].append(i)
    if not acronyms:
        return
    by_stem = _countries_by_stem()
    countries = place_names()[0]
    governments_of: dict[str, int] = {}
    owners: dict[str, set[int]] = defaultdict(set)
    for i, le in enumerate(locals_):
        if le.type == "ORG":
            for a in _expansions(le, by_stem, countries) & acronyms.keys():
                owners[a].add(i)
            country = _government(le.name, by_stem, countries)
            if country:  # "the Quellian Government" of one memo is the "Government of Quellia" of another
                union.union(governments_of.setdefault(country, i), i)
    # the initials of the government of a country the corpus names ("GOQ") are read as that
    # government's only: never as another organisation that happens to have them
    named = {canonical_key(le.name) for le in locals_ if le.type == "GPE"} & countries
    governments = {a for c in named for a in initials("Government of " + c)}
    for a in governments & owners.keys():
        owners[a] = {i for i in owners[a] if "government" in canonical_key(locals_[i].name)}
    doc_countries: dict[str, set[str]] = defaultdict(set)
    for le in locals_:
        if le.type == "GPE" and canonical_key(le.name) in countries:
            doc_countries[le.doc].add(canonical_key(le.name))
    by_key: dict[str, int] = {}
    for i, le in enumerate(locals_):
        if le.type in _NAMED and not is_acronym(le.name):
            by_key.setdefault(canonical_key(le.name), i)
    for letters, members in acronyms.items():
        if canonical_key(letters) in countries:
            continue  # "USA", "UAE": a country's own abbreviation, joined by name elsewhere
        listed = [by_key[k] for k in CABLE_ABBREVIATIONS.get(letters, ()) if k in by_key]
        if listed:  # "SYG": the Secretary-General, whose initials these are not
            for i in members:
                union.union(listed[0], i)
            continue
        found = {union.find(j) for j in owners.get(letters, ())}
        if len(found) <= 1:  # one organisation has these initials, or none: every such acronym is it
            root = found.pop() if found else members[0]
            for i in members:
                union.union(root, i)
            continue
        # several have them: the one the documents name, or whose country they name, when they agree
        # (the same acronym in two documents is already one entity: it cannot be two governments)
        country_of = {union.find(i): c for c, i in governments_of.items()}
        owner_docs: dict[int, set[str]] = defaultdict(set)
        for j in owners[letters]:
            owner_docs[union.find(j)].add(locals_[j].doc)
        picks = set()
        for i in members:
            doc = locals_[i].doc
            picks |= {r for r in found if country_of.get(r) in doc_countries.get(doc, set()) or doc in owner_docs[r]}
        if len(picks) == 1:
            root = picks.pop()
            for i in members:
                union.union(root, i)
