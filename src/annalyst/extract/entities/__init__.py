"""Named entities of one document: people, organisations and places, with their aliases.

The steps, each in its own module:

1. :mod:`.mentions`: spaCy's entities with their edges fixed (titles, "the",
   "'s", glued places and headline verbs), plus acronyms in parentheses,
   ``(@handle)`` aliases and organisation names the model missed;
2. :mod:`.typing`: the evidence each mention's context gives for its type;
3. :mod:`.aliases`: mentions grouped into entities (surname to full name,
   acronym to expansion, "U.S." to "United States");
4. names already known are searched for where the model missed them
   ("the butcher X", footnotes), then each entity gets one type by vote;
5. :mod:`.descriptors`: titles, roles and appositions for each entity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ...model import LocalEntity, Mention
from ..context import DocContext
from .aliases import canonical_name, cluster_mentions, surname_forms
from .descriptors import describe
from .headers import HEADER_ORIGINS, bylines, cited_titles, match_label, participants, role_mentions, turn_labels
from .lexicon import is_acronym
from .mentions import Candidate, collect_mentions, find_missed
from .typing import decide_type, score_mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "extract_entities"]

EXTRACTOR = "entities.v2"
_HANDLE = re.compile(r"[ \t]*\([ \t]*(@\w+)[ \t]*\)")


def _add_missed(ctx: DocContext, clusters: list[list[Candidate]], common: frozenset[str]) -> None:
    """Search the text for known names the model did not tag, and add them to their entity."""
    types = [decide_type(c) for c in clusters]
    forms: dict[str, int] = surname_forms(clusters, types, common)
    for form, n in list(forms.items()):
        if is_acronym(form) and "." not in form and len(form) >= 3 and form.lower() not in STOP_WORDS:
            forms.setdefault(form.lower(), n)  # "cia" where "CIA" is known
    taken = sorted((m.start, m.end) for c in clusters for m in c)
    for start, end, n in find_missed(ctx.text, forms, taken):
        if ctx.text[start:end].islower() and not _nominal(ctx.parsed, start, end):
            continue
        cand = Candidate(start, end, ctx.text[start:end], "", "search")
        score_mention(ctx.parsed, cand)
        clusters[n].append(cand)
        bisect.insort(taken, (start, end))


def _add_header_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Add a byline's organisation, and speaker labels and roles that name a listed participant."""
    def free(s: int, e: int) -> bool:
        return not any(c.start < e and s < c.end for c in cands)

    for name, org in bylines(text):
        for span, etype in ((name, "PERSON"), (org, "ORG")):
            if span is None:
                continue
            for cand in cands:  # the model often reads a byline's name as an organisation
                if (cand.start, cand.end) == span:
                    cand.votes[etype] += 2
            if free(*span):
                cands.append(Candidate(span[0], span[1], text[span[0]:span[1]], etype, "byline"))
                handle = _HANDLE.match(text, span[1])
                if etype == "PERSON" and handle and free(*handle.span(1)):  # "By X (@x)"
                    cands.append(Candidate(*handle.span(1), handle.group(1), "PERSON", "handle", alias_of=cands[-1]))
    for s, e in cited_titles(text):
        inside = [c for c in cands if s <= c.start and c.end <= e]  # "Exile" of "Notes from Exile"
        cands = [c for c in cands if c not in inside]
        if free(s, e):
            work = Candidate(s, e, text[s:e], "WORK", "citation")
            work.votes["WORK"] += 3
            cands.append(work)
    labels = turn_labels(text)
    persons = [c for c in cands if c.label == "PERSON" or c.title]
    entries = participants(text, [(c.start, c.end) for c in persons]) if labels else []
    owners = {c.start: c for c in persons}
    for s, e, label in labels:
        entry = match_label(label, entries)
        if entry is None:
            continue
        inside = [c for c in cands if s <= c.start and c.end <= e]  # "OBI" of "COLONEL OBI"
        cands = [c for c in cands if c not in inside]
        if free(s, e):
            cands.append(Candidate(s, e, label, "PERSON", "label", alias_of=owners[entry.name_start]))
    for s, e, entry in role_mentions(text, entries, [(c.start, c.end) for c in cands]):
        cands.append(Candidate(s, e, text[s:e], "PERSON", "role", alias_of=owners[entry.name_start]))
    return sorted(cands, key=lambda c: c.start)


def _nominal(doc: Doc, start: int, end: int) -> bool:
    """True when the parser reads the words at ``[start, end)`` as a noun (not "who" the pronoun)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ in {"NOUN", "PROPN", "X"} for t in span)


def extract_entities(ctx: DocContext) -> list[LocalEntity]:
    """The document's local entities, ids ``"<doc id>:L<n>"`` in order of first mention."""
    doc = ctx.parsed
    cands = _add_header_mentions(ctx.text, collect_mentions(doc))
    for cand in cands:
        score_mention(doc, cand)
    common = frozenset(t.lower_ for t in doc if t.is_lower and t.is_alpha)
    clusters = cluster_mentions(cands, common)
    _add_missed(ctx, clusters, common)
    out: list[LocalEntity] = []
    for cluster in sorted(clusters, key=lambda c: min(m.start for m in c)):
        cluster.sort(key=lambda m: m.start)
        local_id = f"{ctx.doc_id}:L{len(out)}"
        etype = decide_type(cluster)
        if etype == "PERSON" and all(" " not in c.text and c.text.casefold() in common and not c.title
                                     for c in cluster):
            continue  # "Propaganda" alone, a word the text also writes in lower case: nobody's name
        mentions = tuple(Mention(ctx.doc_id, c.start, c.end, c.text, etype, local_id, EXTRACTOR,
                                 1.0 if c.origin == "ner" else 0.8) for c in cluster)
        aliases = tuple(dict.fromkeys(a for c in cluster for a in _aliases(ctx.text, c, etype)))
        descriptors = _unique(d for c in cluster if c.origin not in HEADER_ORIGINS for d in describe(doc, c, etype))
        out.append(LocalEntity(local_id, ctx.doc_id, _alias(canonical_name(cluster)), etype, aliases,
                               descriptors, mentions))
    return out


def _aliases(text: str, cand: Candidate, etype: str) -> list[str]:
    """The mention's name, and for a person the name with a one-word title ("Mr. Y", "Gen. X Y")."""
    out = [_alias(cand.text)]
    if etype == "PERSON" and cand.title and cand.title_start is not None and len(cand.title.split()) == 1:
        out.append(_alias(text[cand.title_start:cand.end]))
    return out


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Distinct items in order, case-insensitively ("general" and "General" are one title)."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _alias(text: str) -> str:
    """A surface form as an alias: one line, single spaces."""
    return " ".join(text.split())
