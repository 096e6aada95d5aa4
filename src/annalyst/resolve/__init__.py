"""Cross-document resolution: from per-document analyses to one dossier.

Order: entities first (every local entity id gets a global one), then every
reference in quotes, claims and events is rewritten through that mapping;
events are merged across documents; finally the link finders compare quotes
and claims across sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..model import Claim, DocAnalysis, Document, Dossier, Event, Failure, Link, Participant, Quote
from .entities import resolve_entities
from .events import merge_events
from .links import compare_claims
from .quotes import link_quotes

__all__ = ["compare_claims", "link_quotes", "merge_events", "resolve", "resolve_entities"]


def _rewrite(mapping: dict[str, str], ref: str | None) -> str | None:
    if ref is None:
        return None
    return mapping.get(ref, ref)


def _name_documents(links: Iterable[Link], documents: Sequence[Document]) -> list[Link]:
    """Explanations must be checkable by a person: name documents by title, not by their id."""
    titles = {d.id: f"“{d.title}”" if d.title else Path(d.source).name for d in documents}
    if not titles:
        return list(links)
    # one pattern for any word, looked up in a dict: an alternation of 30,000 ids would be slow to build
    return [replace(link, explanation=_WORD.sub(lambda m: titles.get(m.group(0), m.group(0)), link.explanation))
            for link in links]


_WORD = re.compile(r"\b\w+\b(?!:)")


def resolve(analyses: Sequence[DocAnalysis], failures: Iterable[Failure] = ()) -> Dossier:
    """The dossier of ``analyses``, which are read in order three times (twice for the entities, once for
    the rest): a sequence that reads them again from disk at each pass is enough, none need stay in memory."""
    entities, mapping = resolve_entities(analyses)
    quotes: list[Quote] = []
    claims: list[Claim] = []
    events: list[Event] = []
    timexes = []
    findings = []
    documents: list[Document] = []
    for a in analyses:
        documents.append(a.document)
        timexes.extend(a.timexes)
        findings.extend(a.findings)
        quotes.extend(replace(q, speaker=_rewrite(mapping, q.speaker), addressee=_rewrite(mapping, q.addressee),
                              reported_by=_rewrite(mapping, q.reported_by)) for q in a.quotes)
        claims.extend(replace(c, holder=_rewrite(mapping, c.holder),
                              about=tuple(dict.fromkeys(mapping.get(x, x) for x in c.about))) for c in a.claims)
        events.extend(replace(e, place=_rewrite(mapping, e.place),
                              participants=tuple(Participant(mapping.get(p.entity, p.entity), p.role)
                                                 for p in e.participants)) for e in a.events)
    published = {d.id: d.published for d in documents if d.published}
    events, event_links, event_map, event_findings = merge_events(events, entities, published)
    findings.extend(event_findings)
    claims = [replace(c, about=tuple(dict.fromkeys(event_map.get(x, x) for x in c.about))) for c in claims]
    links = [*_name_documents(event_links, documents), *link_quotes(quotes, entities, documents),
             *compare_claims(claims, events, entities, documents)]
    return Dossier(
        documents=tuple(documents),
        entities=tuple(entities),
        timexes=tuple(timexes),
        events=tuple(events),
        quotes=tuple(quotes),
        claims=tuple(claims),
        links=tuple(links),
        findings=tuple(findings),
        failures=tuple(failures),
    )
