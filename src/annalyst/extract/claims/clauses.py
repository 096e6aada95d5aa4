"""The proposition inside a claim: its clause span, polarity, predicate class, actors, event and dates.

A claim's span is the proposition clause, not the sentence: the head of the
clause with its dependents, minus coordinated clauses ("... was not involved
but only knew about it": the second conjunct is another proposition) and minus
an adverbial clause that reports something else ("... as he admitted that ...").
Short spans keep claims from overlapping one another and keep links precise.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...language.modality import DENIAL_VERBS, NEGATIVE_PRONOUNS, NEGATORS
from ...language.reporting import CLAIM_VERBS
from ..context import DocContext
from ..timexes.lookup import dates_touching
from .cues import (
    COMPOUND_PARTICIPLE,
    EVENT_OF,
    LIGHT_VERBS,
    OTHER_EVENT,
    PREDICATE_OF,
    years_in,
)
from .holders import agents_of, antecedent, country_key, mention_at, sides_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_DROP = frozenset({"conj", "cc", "parataxis"})
_SCENE = frozenset({"prep", "advmod", "npadvmod", "advcl", "punct"})
_LONG = 160  # characters: a proposition longer than this is probably carrying its setting along
_NOUN_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod"})
_EDGE = frozenset({"PUNCT", "CCONJ", "SCONJ"})
_QUOTED = re.compile(r"“[^”\n]*(?:”|\n|$)|\"[^\"\n]*\"")


@dataclass
class Proposition:
    """What a clause says, normalised for comparison across sources."""

    predicate: str | None = None
    polarity: int = 1
    actors: list[str] = field(default_factory=list)
    actor_notes: list[str] = field(default_factory=list)
    event_type: str | None = None
    dates: list[str] = field(default_factory=list)
    distinct: bool = False  # "an earlier coup attempt": not the event the document is about


_REPORTS = CLAIM_VERBS | DENIAL_VERBS  # made once, not at every token it tests




def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks: words there belong to the quoted speaker, not the author."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def inside_sorted(ranges: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` lies in one of ``ranges`` (sorted and disjoint, as regex matches are), found by bisection."""
    n = bisect.bisect_right(ranges, (pos, math.inf)) - 1
    return n >= 0 and ranges[n][0] <= pos < ranges[n][1]


def inside(ranges: list[tuple[int, int]], start: int, end: int | None = None) -> bool:
    end = start + 1 if end is None else end
    return any(a <= start and end <= b for a, b in ranges)


def _reports_elsewhere(tok: Token) -> bool:
    """An adverbial clause that is itself a report ("as he admitted that ...") is a claim of its own."""
    return any(t.lemma_ in _REPORTS and any(c.dep_ == "ccomp" for c in t.children)
               for t in tok.subtree)


def clause_range(head: Token, *, stop: Token | None = None) -> tuple[int, int]:
    """Token range (first, last) of the proposition headed by ``head``.

    ``stop``: the last token to include (e.g. the object of "hard to accept this claim").
    """
    dropped: set[int] = set()
    for child in head.children:
        if (child.dep_ in _DROP and child.i > head.i) or (
                child.dep_ == "advcl" and child.i > head.i and _reports_elsewhere(child)):
            dropped.update(t.i for t in child.subtree)
    kept = [t.i for t in head.subtree if t.i not in dropped and (stop is None or t.i <= stop.i)]
    doc = head.doc
    if doc[max(kept)].idx - doc[min(kept)].idx > _LONG:
        # A long clause: leave out the scene-setting before the subject ("At the last meeting of
        # ..., X supported Y"), so the span stays the proposition and overlaps fewer others.
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            lead = {t.i for c in head.children if c.i < subject.i and c.dep_ in _SCENE for t in c.subtree}
            kept = [i for i in kept if i not in lead] or kept
    return trim(doc, min(kept), max(kept))


def noun_range(noun: Token, clause: Token) -> tuple[int, int]:
    """Token range of a noun with its left modifiers and the clause that describes it.

    "a military coup supported by X in 1962": the noun's other dependents (a long
    "of ..." list before the clause, say) are left out.
    """
    doc = noun.doc
    if clause.left_edge.i - noun.i > 8:
        # The parser hung the clause on a distant noun; the phrase right before it is the likelier head.
        for chunk in doc[noun.i: clause.left_edge.i].noun_chunks:
            if chunk.end >= clause.left_edge.i - 1:
                return trim(doc, chunk.start, clause.right_edge.i)
    left = [c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ in _NOUN_LEFT]
    return trim(doc, min([noun.i, *left]), max(clause.right_edge.i, noun.i))


def trim(doc, lo: int, hi: int) -> tuple[int, int]:
    for tok in doc[lo:hi]:  # a note or heading the parser glued to the clause across a line break
        if "\n" in tok.text_with_ws:
            lo = tok.i + 1
    while lo < hi and (doc[lo].pos_ in _EDGE or doc[lo].dep_ == "mark"):
        lo += 1
    while hi > lo and (doc[hi].pos_ in ("PUNCT", "CCONJ") or doc[hi].is_space):
        hi -= 1
    return lo, hi


def char_range(doc, lo: int, hi: int) -> tuple[int, int]:
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def polarity_of(head: Token) -> int:
    """-1 when the clause is negated ("was not involved", "never happened"), else +1."""
    negated = any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "neg")) for c in head.children)
    # "had nothing to do with", "played no role in": the negation sits on the object
    negated = negated or any(c.dep_ == "dobj" and (c.lower_ in ("nothing", "none") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in head.children)
    # "Nobody in Paris knew", "no British officer took part": the negation sits on the subject
    negated = negated or any(c.dep_ in ("nsubj", "nsubjpass") and negative_subject(c) for c in head.children)
    if head.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.head.children):  # "did not help launch"
        negated = not negated
    return -1 if negated else 1


def negative_subject(tok: Token) -> bool:
    """ "nobody", "no one", "none of them", "no British officer", "not one cent": a subject that denies for all
    it covers."""
    if tok.lower_ in NEGATIVE_PRONOUNS or any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children):
        return True
    # "not a single pound" ("not" on the noun), "not one soldier" ("not" on the numeral)
    words = [tok, *(d for d in tok.children if d.dep_ in ("nummod", "amod", "det"))]
    return any(d.lower_ == "not" and d.i < tok.i for w in words for d in w.children)


def predicate_class(tok: Token) -> str | None:
    """The predicate class a word expresses: "backed" -> involvement, "took part", "U.S.-backed" too."""
    if tok.lemma_ in PREDICATE_OF:
        return PREDICATE_OF[tok.lemma_]
    match = COMPOUND_PARTICIPLE.match(tok.text)
    if match:
        return "supply" if match["verb"].lower() in ("armed", "trained", "equipped") else "involvement"
    objects = [c.lemma_ for c in tok.children if c.dep_ == "dobj"]
    if any((tok.lemma_, o) in LIGHT_VERBS for o in objects):
        return "involvement"
    if tok.lemma_ == "have" and any(o in ("knowledge", "foreknowledge") for o in objects):
        return "knowledge"  # "had no knowledge of the plot"
    if tok.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "behind" for c in tok.children):
        return "involvement"
    if tok.lemma_ == "have" and any(c.dep_ == "dobj" and c.lower_ in ("nothing", "something", "anything") and
                                    any(t.lower_ == "with" for t in c.subtree) for c in tok.children):
        return "involvement"  # "had nothing to do with"
    return None


def predicate_of(head: Token) -> Token:
    """The content verb of a clause: "helped launch" -> "helped"; a copula's complement otherwise."""
    if predicate_class(head):
        return head
    for child in head.children:
        if child.dep_ in ("xcomp", "acomp", "attr") and predicate_class(child):
            return child
    return head


def _compound_sides(ctx: DocContext, pred: Token, places: set[str]) -> tuple[list[str], list[str]]:
    """The actor inside "U.S.-backed": a state by name, else the entity the prefix names."""
    match = COMPOUND_PARTICIPLE.match(pred.text)
    if not match:
        return [], []
    key = country_key(match["actor"], places)
    if key:
        return [key], [f"'{pred.text}' ({match['actor']}) for {key.title()}"]
    m = mention_at(ctx, pred)
    return ([m.text.casefold()], [f"'{m.text}'"]) if m else ([], [])


def analyse(ctx: DocContext, head: Token, lo: int, hi: int, places: set[str],
            predicate: str | None = None, agents: list[Token] | None = None) -> Proposition:
    """Normalise the proposition headed by ``head`` whose span is tokens ``lo..hi``.

    ``predicate``: the class when the head verb does not carry it ("denied any involvement");
    ``agents``: the actors when they are not the verb's subject ("denied the CIA's role").
    """
    doc = ctx.parsed
    pred = predicate_of(head)
    prop = Proposition(predicate=predicate or predicate_class(pred) or pred.lemma_, polarity=polarity_of(head))
    prop.actors, prop.actor_notes = _compound_sides(ctx, pred, places)
    if not prop.actors:
        prop.actors, prop.actor_notes = sides_of(ctx, agents if agents else agents_of(pred), places)
    span_tokens = list(doc[lo: hi + 1])
    # the event may sit in the span, above the predicate, or beside it on the noun it describes
    described = list(pred.head.subtree) if pred.dep_ in ("acl", "relcl") else []
    for tok in [*span_tokens, *pred.ancestors, *described]:
        cls = EVENT_OF.get(tok.lemma_.casefold()) or EVENT_OF.get(tok.lower_)
        if tok.dep_ == "amod" and tok.tag_ == "VBN":
            continue  # "the elected government", "the armed forces": a description, not an event
        if cls and tok.i != pred.i:
            prop.event_type = cls
            prop.distinct = _other_event(tok)
            break
    else:  # "murdered X": the predicate itself names the event; else the one event class of the sentence
        prop.event_type = EVENT_OF.get(pred.lemma_)
        classes = {EVENT_OF.get(t.lemma_.casefold()) or EVENT_OF.get(t.lower_) for t in pred.sent} - {None}
        # only a predicate without an object of its own ("a U.S.-backed operation") borrows the
        # sentence's event; "supported the junta" is about the junta, whatever else the sentence says
        has_object = any(c.dep_ in ("dobj", "pobj", "prep") for c in pred.children)
        if prop.event_type is None and len(classes) == 1 and not has_object:
            prop.event_type = classes.pop()
    prop.dates = _dates(ctx, *char_range(doc, lo, hi))
    if not prop.dates:  # the setting left out of a long span still dates it, a coordinated clause does not
        prop.dates = _dates_of_tokens(ctx, _own_tokens(head))
    if not prop.dates:  # "In April 1961 a putsch backed by X shook Y": one date for the whole sentence
        sent = doc[lo].sent
        main = _own_tokens(sent.root)  # but not a clause coordinated to the claim's ("..., and X in 1985")
        dates = _dates_of_tokens(ctx, main) if head.i in main else _dates(ctx, sent.start_char, sent.end_char)
        if len(dates) == 1:
            prop.dates = dates
    return prop


def _own_tokens(head: Token) -> list[int]:
    """Indices of the clause's tokens, without clauses coordinated to it (which have their own dates)."""
    dropped = {t.i for c in head.children if c.dep_ in _DROP and c.i > head.i for t in c.subtree}
    # nor a title or caption the parser glued on across a line break
    breaks = [t.i for t in head.subtree if t.i < head.i and "\n" in t.text_with_ws]
    first = max(breaks) + 1 if breaks else 0
    return [t.i for t in head.subtree if t.i not in dropped and t.i >= first]


def _dates_of_tokens(ctx: DocContext, indices: list[int]) -> list[str]:
    """Normalised dates written in the given tokens (timexes touching them, else years)."""
    doc = ctx.parsed
    values = dates_touching(ctx, [(doc[i].idx, doc[i].idx + len(doc[i])) for i in indices])
    years = [y for i in indices for y in years_in(doc[i].text) if not any(v.startswith(y) for v in values)]
    return list(dict.fromkeys([*values, *years]))


def _other_event(tok: Token) -> bool:
    """ "an earlier coup attempt", "the second election": an event set apart from the main one."""
    heads = [tok, tok.head] if tok.dep_ == "compound" else [tok]
    return any(c.lower_ in OTHER_EVENT for h in heads for c in h.children) or (
        tok.dep_ == "compound" and tok.head.lemma_ == "attempt")


def _dates(ctx: DocContext, start: int, end: int) -> list[str]:
    """Normalised dates in ``[start, end)``: timex values, else years written out."""
    values = dates_touching(ctx, [(start, end)])
    years = [y for y in years_in(ctx.text[start:end]) if not any(v.startswith(y) for v in values)]
    return list(dict.fromkeys([*values, *years]))


def about_of(ctx: DocContext, start: int, end: int, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Entity ids named in the span (pronouns resolved), then ids of the events mentioned in it."""
    ids = list(extra)
    ids.extend(m.entity for m in ctx.mentions_in(start, end))
    span = ctx.parsed.char_span(start, end, alignment_mode="expand")
    if span is not None:
        for tok in span:
            if tok.pos_ == "PRON" and mention_at(ctx, tok) is None:
                m = antecedent(ctx, tok)
                if m is not None:
                    ids.append(m.entity)
    for event in ctx.events:
        if any(s.doc == ctx.doc_id and s.start < end and start < s.end for s in event.mentions):
            ids.append(event.id)
    return tuple(dict.fromkeys(ids))
