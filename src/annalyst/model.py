"""The records annalyst produces, from a read document to the cross-source links.

Every record is a frozen dataclass. Extracted records carry their evidence: the
document id, ``start``/``end`` character offsets into ``Document.text`` (end
exclusive), the covered ``text``, the ``extractor`` that made it (a versioned
name such as ``"quotes.v1"``) and a ``confidence``.

Two levels of identity exist:

* inside one document, extractors refer to people and things by *local entity
  ids* (``LocalEntity.id``, unique across the run because it starts with the
  document id);
* after cross-document resolution, :class:`Entity` ids replace them. The
  resolver rewrites every reference (quote speakers, claim holders, event
  participants) through one mapping, see :mod:`annalyst.resolve`.

No spaCy object appears here: these records travel between processes, into the
store and into ``dossier.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK", "LAW", "OTHER")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
STANCES = ("asserts", "denies", "doubts", "reports")
LINK_KINDS = ("same_event", "agrees", "contradicts", "same_quote")


@dataclass(frozen=True, slots=True)
class Document:
    """One source text as read from disk; offsets of every record refer to ``text``."""

    id: str
    source: str
    text: str
    sha256: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date at the precision known
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: ``documents[doc].text[start:end] == text``."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name (or a pronoun resolved to a name) in a document."""

    doc: str
    start: int
    end: int
    text: str
    type: str
    entity: str  # local entity id, rewritten to the global id after resolution
    extractor: str = "entities.v1"
    confidence: float = 1.0

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """A person, organisation or place as one document knows it."""

    id: str  # "<doc id>:L<n>"
    doc: str
    name: str  # the fullest proper name in the document
    type: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place merged across documents."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression normalised to an ISO (TIMEX3-compatible) value."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    type: str  # DATE TIME DURATION SET
    value: str | None
    anchor: str | None = None  # another timex id, "published", or None
    mod: str | None = None  # EARLY, LATE, APPROX, ...
    extractor: str = "timexes.v1"
    confidence: float = 1.0
    ambiguous: bool = False  # e.g. a slashed 03/04/1975 whose day/month order the text does not settle


@dataclass(frozen=True, slots=True)
class Participant:
    entity: str
    role: str  # agent, patient, other


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, with every mention that reports it."""

    id: str
    type: str
    label: str
    date: str | None
    date_end: str | None
    participants: tuple[Participant, ...]
    place: str | None
    mentions: tuple[Span, ...]
    extractor: str = "events.v1"
    confidence: float = 1.0
    # how the date was found: "timex" (governed by the event), "sentence", "narrative" (reference time), or None
    date_source: str | None = None
    # a nominal mention ("the coup") names the event it refers to; the resolver merges it there
    antecedent: str | None = None
    # after merging: the ids of the per-document mention records this event stands for
    merged_from: tuple[str, ...] = ()
    # parallel to ``mentions``: the per-document event id each mention came from (``same_event`` link ends)
    mention_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Note:
    """The words of a note in the same document (a footnote, an endnote, a reference list entry)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Citation:
    """What a claim or a quotation rests on: the reference mark that closes it and what the mark points to.

    ``mark`` is the mark's exact words at ``start``/``end`` ("[2]", "²", "(see Document 4)", "according to
    the Evening Ledger"); ``note`` the note's words when the document holds them; ``source`` the
    publication or document named, when one is ("Document 4", "the Evening Ledger"). A mark whose note
    the document lacks keeps the mark alone.
    """

    mark: str
    start: int
    end: int
    note: Note | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (to whom)."""

    id: str
    doc: str
    start: int
    end: int
    text: str  # the quoted words, without the quote marks
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    addressee: str | None = None
    reported_by: str | None = None
    # how the speaker was found: cue, pronoun, author, continuation, lead-in, footnote, citation, transcript
    attribution: str | None = None
    kind: str = "inline"  # inline, multi (several paragraphs), block, unclosed, transcript
    cue_start: int | None = None  # offsets of the cue word, evidence for the attribution
    cue_end: int | None = None
    extractor: str = "quotes.v1"
    confidence: float = 1.0
    citations: tuple[Citation, ...] = ()  # the reference marks closing the quotation, see extract/citations.py


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition a source puts forward, and how it stands to it."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    holder: str | None  # entity id, "author" or None
    stance: str  # asserts denies doubts reports
    about: tuple[str, ...] = ()
    extractor: str = "claims.v1"
    confidence: float = 1.0
    # The normalised proposition, compared across sources by resolve/links.py. ``polarity`` is the
    # holder's position on the positive proposition (+1 holds it, -1 rejects it), so "X denied that
    # Y was involved" and "Y was not involved" both read as -1 on "Y involved".
    polarity: int = 1
    predicate: str | None = None  # predicate class ("involvement", "support"...) or the verb lemma
    actors: tuple[str, ...] = ()  # sides of the agents: country keys or normalised names
    actor_notes: tuple[str, ...] = ()  # which words tie each agent to its side, for explanations
    event_type: str | None = None  # event class named in the proposition ("coup", "election"...)
    dates: tuple[str, ...] = ()  # ISO dates/years named in the proposition
    target: str | None = None  # the claim this one takes a stance on ("It is hard to accept this claim")
    cue: str | None = None  # the words that set the stance ("claimed", "the myth that", "allegedly")
    citations: tuple[Citation, ...] = ()  # the reference marks closing the claim, see extract/citations.py


@dataclass(frozen=True, slots=True)
class Link:
    """A cross-source relation between two events, claims or quotes."""

    id: str
    kind: str  # same_event agrees contradicts same_quote
    a: str
    b: str
    score: float
    explanation: str


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a careful reader should check: an inconsistency, an impossible date..."""

    kind: str
    message: str
    doc: str | None = None
    start: int | None = None
    end: int | None = None
    refs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """A source that could not be read or analysed, and why."""

    source: str
    error: str
    stage: str  # ingest, extract


@dataclass(frozen=True, slots=True)
class DocAnalysis:
    """Everything found in one document, before cross-document resolution.

    This is the unit of work of the per-document stage: it is computed in a
    worker process (or a Dask task) and carries only plain records.
    """

    document: Document
    entities: tuple[LocalEntity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class Dossier:
    """The whole record of a run: what ``dossier.json`` and the store hold."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    links: tuple[Link, ...] = ()
    findings: tuple[Finding, ...] = ()
    failures: tuple[Failure, ...] = ()
