"""The dossier as a network for Gephi and other graph tools: GEXF and GraphML, written by networkx.

Nodes are entities: ``label`` (the name), ``type``, ``aliases``,
``descriptors``, ``sources`` (how many documents name it), ``mentions`` and
``evidence`` (every mention as ``DOC:START-END``).

Edges join two entities:

* ``kind="event"``: both take part in the same events; ``weight`` counts the
  events, ``records`` lists their ids;
* ``kind="quote"``: one (the ``speaker``) addressed the other, or named it
  inside the quoted words; ``weight`` counts the quotes.

The graph is undirected (networkx reads no GEXF file that mixes directed and
undirected edges), so a quote edge names its speaker.

``evidence`` lists the spans each edge rests on. In GEXF each edge has one
time interval (a ``spell``) per dated event or quoting document, so Gephi's
timeline shows when a tie was active; GraphML has no intervals, so there an
edge carries ``start``, ``end`` and its ``intervals`` as text.

Text from the documents goes through networkx's XML writer, which escapes it;
characters XML 1.0 cannot carry at all (form feeds and other control
characters that PDFs leave) are dropped first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import IO

import networkx as nx

from ..model import Dossier, Span
from .dates import interval

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _evidence(spans: Iterable[Span]) -> str:
    return " ".join(f"{s.doc}:{s.start}-{s.end}" for s in spans)


@dataclass
class _Tie:
    records: list[str] = field(default_factory=list)
    spells: set[tuple[str, str]] = field(default_factory=set)
    evidence: list[Span] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)


def dossier_graph(d: Dossier) -> nx.MultiGraph:
    """Entities as nodes, shared events and quotes as edges (keyed by kind), with GEXF spells."""
    g = nx.MultiGraph(name="annalyst")
    for e in d.entities:
        docs = sorted({m.doc for m in e.mentions})
        g.add_node(e.id, label=_xml(e.name), type=e.type, aliases=_xml("; ".join(e.aliases)),
                   descriptors=_xml("; ".join(e.descriptors)), sources=len(docs), mentions=len(e.mentions),
                   documents=" ".join(docs), evidence=_evidence(e.mentions))
    ties: dict[tuple[str, str, str], _Tie] = defaultdict(_Tie)
    for v in d.events:
        spell = interval(v.date, v.date_end)
        for a, b in combinations(sorted({p.entity for p in v.participants if p.entity in g}), 2):
            tie = ties["event", a, b]
            tie.records.append(v.id)
            tie.evidence += v.mentions
            tie.labels.add(v.type)
            if spell:
                tie.spells.add(spell)
    named: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # doc -> mentions (start, end, entity)
    for e in d.entities:
        for m in e.mentions:
            named[m.doc].append((m.start, m.end, e.id))
    published = {doc.id: doc.published for doc in d.documents}
    for q in d.quotes:
        if q.speaker not in g:
            continue
        others = {entity for start, end, entity in named[q.doc] if q.start <= start and end <= q.end}
        if q.addressee in g:
            others.add(q.addressee)
        spell = interval(published.get(q.doc))
        for other in sorted(others - {q.speaker}):
            tie = ties["quote", q.speaker, other]
            tie.records.append(q.id)
            tie.evidence.append(Span(q.doc, q.start, q.end, q.text))
            tie.labels.add("addressed" if other == q.addressee else "quoted about")
            if spell:
                tie.spells.add(spell)
    for (kind, a, b), tie in ties.items():
        speaker = {"speaker": a} if kind == "quote" else {}
        g.add_edge(a, b, key=kind if kind == "event" else f"{kind}:{a}", kind=kind, **speaker,
                   label=_xml(", ".join(sorted(tie.labels))), weight=len(tie.records),
                   records=" ".join(tie.records), evidence=_evidence(tie.evidence), spells=sorted(tie.spells))
    return g


def write_gexf(d: Dossier, out: str | Path | IO[bytes]) -> dict[str, int]:
    """GEXF 1.2 with dynamic edges (one spell per dated event or quote) for Gephi's timeline."""
    g = dossier_graph(d)
    for _, _, data in g.edges(data=True):
        if not data["spells"]:
            del data["spells"]
    nx.write_gexf(g, out)
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


def write_graphml(d: Dossier, out: str | Path | IO[bytes]) -> dict[str, int]:
    """GraphML: the same graph, the intervals of each edge as ``start``, ``end`` and ``intervals`` text."""
    g = dossier_graph(d)
    for _, _, data in g.edges(data=True):
        spells: list[tuple[str, str]] = data.pop("spells")
        data["intervals"] = " ".join(f"{a}/{b}" for a, b in spells)
        if spells:
            data["start"] = min(a for a, _ in spells)
            data["end"] = max(b for _, b in spells)
    nx.write_graphml(g, out)
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}

