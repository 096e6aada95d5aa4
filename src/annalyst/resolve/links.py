"""Agreement and contradiction between claims of different sources.

No natural-language-inference model runs offline here, so claims are compared
through the structured proposition the claims extractor records on each claim
(:mod:`annalyst.extract.claims`): a predicate class ("involvement" covers
backed, supported, orchestrated ...), the *sides* of the actors (a state named
by a name, demonym, agency or a person's title: "the CIA", "the government of
the USA", "American imperialists" and a "U.S. Secretary of State" all stand for
the United States), the event class and dates, and the holder's polarity.

Two claims of different documents are about the same thing when they share
the predicate class and an actor's side, and either name the same merged
event or the same event class with compatible dates ("1962" and
"1962-09-11"). Same polarity -> ``agrees``; opposite -> ``contradicts``. A
claim that doubts another claim ("It is hard to accept this claim") carries the
opposite polarity of the claim it doubts, which is the author's own position.
Lexical similarity (rapidfuzz) only nudges the score; it never decides a link,
because two sources that contradict each other often share most of their words.

Claims outside those structured classes (whether the army stayed in its
barracks, whether a confession was true) are compared as propositions by
:mod:`.propositions`, with a lower score. Only claims that share a blocking key
(an actor's side, a holder, an event or entity, an uncommon word) are ever
compared, so the work grows with the overlaps between sources rather than with
the square of their claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from ..language.countries import country_key
from ..language.diplomatic import government_acronym, is_apparatus, is_identification
from ..language.judgements import QUESTIONS
from ..model import Claim, Document, Entity, Event, Link
from .dates import compatible_dates
from .figures import Figure, compatible, exact_equal, figures
from .judgements import Judgement, judge
from .paraphrases import Paraphrases, alike_in_other_words, worth_asking
from .propositions import (
    blocking_keys,
    concept_weights,
    same_matter_in_other_words,
    same_proposition,
    shared_units,
)
from .sentences import Encoder
from .sentences import encoder as sentence_encoder

try:  # an optional nicety: the score works without it
    from rapidfuzz.fuzz import token_set_ratio
except ImportError:  # pragma: no cover
    token_set_ratio = None

# Predicate classes worth comparing; a bare verb lemma ("be", "have") says too little.
COMPARABLE = frozenset({"involvement", "supply", "manipulation", "violence", "takeover", "cause", "knowledge"})

_POSITION = {1: "holds", -1: "rejects"}
_ROLE_END = re.compile(r"\s(?:to|in|at|for|from|with|on)\s")


def _descriptor_sides(entities: Sequence[Entity]) -> dict[str, list[tuple[str, str]]]:
    """Sides of people known only by name in one source but described in another.

    "U.S. President" or "Israeli ambassador to Peru" ties a person to a state; only
    the words before "to/in/at ..." count, so an ambassador *to* a state is not its agent.
    """
    places = {e.name.casefold().removeprefix("the ") for e in entities if e.type == "GPE"}
    out: dict[str, list[tuple[str, str]]] = {}
    for e in entities:
        if e.type != "PERSON":
            continue
        for desc in e.descriptors:
            own = _ROLE_END.split(desc)[0]
            words = own.replace("’s", "").replace("'s", "").split()
            grams = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + words
            for gram in grams:
                key = country_key(gram, places)
                if key:
                    out.setdefault(e.name.casefold(), []).append((key, desc))
                    break
    return out


def _expand(claim: Claim, described: dict[str, list[tuple[str, str]]]) -> Claim:
    """``claim`` with the sides its named actors have through descriptors found in any source."""
    extra = [(key, f"'{name.title()}' described as '{desc}'") for name in claim.actors
             for key, desc in described.get(name, ()) if key not in claim.actors]
    if not extra:
        return claim
    return replace(claim, actors=(*claim.actors, *dict.fromkeys(k for k, _ in extra)),
                   actor_notes=(*claim.actor_notes, *(f"{note} for {k.title()}" for k, note in extra)))


@lru_cache(maxsize=4096)
def _same_side(x: str, y: str) -> bool:
    """Equal sides, or a demonym and its state ("belgian" and "belgium"), by the extractor's demonym rule."""
    return x == y or country_key(x, (y,)) == y or country_key(y, (x,)) == x


def _same_matter(a: Claim, b: Claim, event_ids: dict[str, str]) -> str | None:
    """Why ``a`` and ``b`` speak about the same event or relation, or None when they do not.

    About one event, any agentive predicate is the actor's part in it ("overthrew",
    "backed", "was involved in" all read as involvement); about a relation without
    an event, the predicate classes must be equal.
    """
    if a.predicate not in COMPARABLE or b.predicate not in COMPARABLE:
        return None
    if a.predicate != b.predicate and not (a.event_type and a.event_type == b.event_type):
        return None
    if a.predicate != b.predicate and "knowledge" in (a.predicate, b.predicate):
        # Only not knowing speaks to a part in the event: who did not know of it took no part
        # ("nobody outside the army knew" agrees with "Britain did not plan it" and contradicts
        # "Britain planned it"); knowing of it says nothing about taking part.
        knowing = a if a.predicate == "knowledge" else b
        if knowing.polarity > 0:
            return None
    predicate = a.predicate if a.predicate == b.predicate else "involvement"
    if "knowledge" in (a.predicate, b.predicate) and a.predicate != b.predicate:
        predicate = "involvement (who did not know of it took no part)"
    sides = {x for x in a.actors for y in b.actors if _same_side(x, y)}
    if not sides:
        return None
    side = ", ".join(sorted(s.title() for s in sides))
    shared_events = sorted(set(a.about) & set(b.about) & set(event_ids))
    if shared_events:
        named = "; ".join(f"“{event_ids[e]}”, {e}" for e in shared_events)
        return f"{predicate} of the {side} side in the same event ({named})"
    if a.event_type and a.event_type == b.event_type and compatible_dates(a.dates, b.dates):
        when = min([*a.dates, *b.dates], key=len)
        return f"{predicate} of the {side} side in the {a.event_type} of {when}"
    if not a.event_type and not b.event_type:
        shared = (set(a.about) & set(b.about)) - set(event_ids)
        if len(shared) >= 2:
            return f"{a.predicate} by the {side} side concerning {', '.join(sorted(shared))}"
    return None


def _holder(claim: Claim, names: dict[str, str]) -> str:
    if claim.holder == "author":
        return "the author"
    if claim.holder is None:
        return "an unnamed source"
    return names.get(claim.holder, claim.holder)


def _side_of(claim: Claim, names: dict[str, str], by_id: dict[str, Claim]) -> str:
    """One clause telling who says what in ``claim``: source, holder, stance, cue and words."""
    cue = f" (cue “{claim.cue}”)" if claim.cue else ""
    said = f"in {names.get(claim.doc, claim.doc)}, {_holder(claim, names)} {claim.stance}{cue} “{claim.text}”"
    target = by_id.get(claim.target or "")
    if target is not None:
        said += f", which doubts {_holder(target, names)}'s claim “{target.text}”"
    return said


def _score(a: Claim, b: Claim, reason: str) -> float:
    score = 0.55 + 0.25 * min(a.confidence, b.confidence)
    if "same event" in reason:
        score += 0.1
    if token_set_ratio is not None:
        score += 0.1 * token_set_ratio(a.text, b.text) / 100
    return round(min(score, 1.0), 3)


def _writers(documents: Sequence[Document], entities: Sequence[Entity]) -> dict[str, str]:
    """Document id -> the person entity its byline names, when the sources speak of that person too (an op-ed
    by a former minister whom the other sources quote): what "I" says there is that person's claim."""
    people: dict[str, str] = {}
    for e in entities:
        if e.type == "PERSON":
            for name in (e.name, *e.aliases):
                people.setdefault(name.casefold(), e.id)
    return {d.id: people[d.author.casefold()] for d in documents if d.author and d.author.casefold() in people}


#: a word shared by more claims than this says nothing about which of them belong together
_COMMON_WORD = 60


def _pairs(claims: list[Claim], by_id: dict[str, Claim], writers: dict[str, str],
           dates: dict[str, str] | None = None, extra: dict[str, set[tuple[str, str]]] | None = None
           ) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims of different documents that share a blocking key (an actor's side, a holder, an event
    or entity, an uncommon word): the only ones worth comparing, so the work grows with the overlaps, not
    with the square of the claims (record linkage's blocking).

    A block of more than ``_WINDOW`` claims (a state every cable names, a much-quoted holder) is read as a
    sorted neighbourhood: its claims in the order of their documents' dates, each compared with the
    ``_WINDOW`` on either side, so one claim costs the same in a corpus of a hundred documents or of a
    hundred thousand, and claims far apart in time (which rarely speak of one moment) are not paired.
    A claim is paired with at most ``_PARTNERS`` later claims, those sharing the most keys with it first:
    a claim of many words sits in many blocks, and its windows together would otherwise grow with the corpus.
    Pairs come in the order of their first claim, then of their second.
    """
    dates = dates or {}
    blocks: dict[tuple[str, str], list[int]] = {}
    for n, claim in enumerate(claims):
        keys = blocking_keys(claim, by_id, writers) | {("side", country_key(x, ()) or x) for x in claim.actors}
        keys |= (extra or {}).get(claim.id, set())  # the judgements and figures it gives
        for key in keys:
            blocks.setdefault(key, []).append(n)
    seats: list[list[tuple[list[int], int]]] = [[] for _ in claims]  # each claim's blocks and place in each
    for key, members in blocks.items():
        if (key[0] == "word" and len(members) > _COMMON_WORD) or len(members) < 2:
            continue
        if len(members) > _WINDOW:
            members.sort(key=lambda n: (dates.get(claims[n].doc) or "", n))
        for place, n in enumerate(members):
            seats[n].append((members, place))
    for i, claim in enumerate(claims):
        shared: Counter[int] = Counter()
        for members, place in seats[i]:
            shared.update(j for j in members[max(0, place - _WINDOW):place + _WINDOW + 1]
                          if j > i and claims[j].doc != claim.doc)
        if len(shared) > _PARTNERS:
            shared = Counter(dict(sorted(shared.items(), key=lambda x: (-x[1], x[0]))[:_PARTNERS]))
        for j in sorted(shared):
            yield claim, claims[j]
        seats[i] = []


#: how many claims of one block each claim is compared with (the next ones in document-date order)
_WINDOW = 50
#: how many later claims one claim is compared with at most, those sharing the most blocking keys first
#: (on 1,000 diplomatic records 113 of 12,916 claims reach it, and the links are those of no bound)
_PARTNERS = 400


#: two documents further apart than this many days speak of different moments, unless a date says otherwise
_MOMENT_DAYS = 120
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z’'-]+(?:\s+[A-Z][A-Za-z’'-]+)?")


def _close_in_time(a: Claim, b: Claim, dates: dict[str, str], days: int = 0) -> bool:
    """Whether two claims' documents are dated close enough to speak of one moment (unknown dates pass)."""
    from datetime import date

    da, db = dates.get(a.doc), dates.get(b.doc)
    if not da or not db or len(da) < 10 or len(db) < 10:
        return True
    try:
        return abs((date.fromisoformat(da[:10]) - date.fromisoformat(db[:10])).days) <= (days or _MOMENT_DAYS)
    except ValueError:
        return True


def _dated_close(a: Claim, b: Claim, dates: dict[str, str], days: int) -> bool:
    """Whether both claims' documents carry a day and are at most ``days`` apart (the weaker the evidence that two
    claims speak of one matter, the surer the moment must be: an unknown date does not pass here)."""
    da, db = dates.get(a.doc) or "", dates.get(b.doc) or ""
    return len(da) >= 10 and len(db) >= 10 and _close_in_time(a, b, dates, days)


def _side_reader(entities: Sequence[Entity]) -> Callable[[str, str], frozenset[str]]:
    """``(doc, text) ->`` the states ``text`` names, by name, demonym or the document's government acronyms."""
    places = [e.name.casefold() for e in entities if e.type == "GPE"]
    states_by_doc: dict[str, dict[str, int]] = {}
    for e in entities:
        key = country_key(e.name, places) if e.type in ("GPE", "NORP") else None
        if key:
            for m in e.mentions:
                states_by_doc.setdefault(m.doc, {}).setdefault(key, 0)
                states_by_doc[m.doc][key] += 1

    def read(doc: str, text: str) -> frozenset[str]:
        found = set()
        for m in _CAPITALISED.finditer(text):
            phrase = m.group(0)
            for gram in (phrase, *phrase.split()):
                key = country_key(gram, places) or government_acronym(gram, states_by_doc.get(doc, {}))
                if key:
                    found.add(key)
        return frozenset(found)

    return read


def _claim_sides(claims: Sequence[Claim], entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Claim id -> the actors it names: entity ids, and states by name, demonym or government acronym."""
    read = _side_reader(entities)
    return {c.id: frozenset({x for x in c.about if ":V" not in x}) | read(c.doc, c.text) for c in claims}


def _judgement_link(a: Claim, b: Claim, ja: Judgement | None, jb: Judgement | None, dates: dict[str, str]
                    ) -> tuple[str, int, str] | None:
    """``(why, sign, positions)`` when ``a`` and ``b`` pass one judgement on one actor at about the same time."""
    if ja is None or jb is None or ja.concept != jb.concept:
        return None
    sides = ja.sides & jb.sides
    if not sides or not _close_in_time(a, b, dates, _JUDGEMENT_DAYS):
        return None
    side = ", ".join(sorted(s.title() for s in sides))

    def told(j: Judgement) -> str:
        whose = f" as {side}'s own claim" if j.reported else ""
        return f"{'holds' if j.polarity > 0 else 'denies'} it (“{j.words}”{whose})"

    return QUESTIONS[ja.concept].format(side=side), ja.polarity * jb.polarity, \
        f"the first {told(ja)} and the second {told(jb)}"


#: a claim that opens like a question: an auxiliary, then its subject
_QUESTION = re.compile(r"(?:did|do|does|is|are|was|were|has|have|had|can|could|would|will|should|shall)\s+"
                       r"(?:we|you|they|he|she|it|i|the|this|that|these|those)\b", re.IGNORECASE)
#: claims of fewer words are phrases ("the sponsoring powers"), not propositions
_FEWEST_WORDS = 4
#: modal words: a claim of what should, would or might be is not a claim of what is
_MODALS = frozenset({"should", "would", "could", "might", "may", "must", "will", "shall", "can", "ought"})


def _structured(claim: Claim) -> bool:
    """A claim the structured comparison reads: a predicate class and the actors' sides, whatever its words."""
    return claim.predicate in COMPARABLE and bool(claim.actors)


def _modality(text: str) -> frozenset[str]:
    # lower case only: "in May" names a month
    return frozenset(w for w in re.findall(r"\b[a-z]+\b", text) if w in _MODALS)


def _same_mode(a: Claim, b: Claim) -> bool:
    """Whether two claims of opposite polarity on one proposition are in the same mode: what is against what
    is, what should be against what should be ("we should approach them" does not contradict "an approach would
    serve no purpose"). Their documents' dates do not decide: a later history contradicts a cable of the day."""
    return _modality(a.text) == _modality(b.text)


def _figure_link(a: Claim, b: Claim, fa: list[Figure] | None, fb: list[Figure] | None, dates: dict[str, str],
                 event_ids: dict[str, str]) -> tuple[str, int, str] | None:
    """``(why, sign, positions)`` when ``a`` and ``b`` give figures of one measure for the same event (compatible:
    they agree; not: they contradict), or the same figure for the same side's people a fortnight apart at most."""
    if not fa or not fb:
        return None
    events = sorted(x for x in set(a.about) & set(b.about) if x in event_ids)
    for x in fa:
        for y in fb:
            if x.measure != y.measure:
                continue
            positions = f"the first gives “{x.words}”, the second “{y.words}”"
            if events:
                same = compatible(x, y)
                what = "; ".join(f"“{event_ids[e]}”" for e in events)
                return (f"the number {x.measure} in the same event ({what}), figures that "
                        f"{'can both be right' if same else 'cannot both be right'}", 1 if same else -1, positions)
            sides = x.sides & y.sides
            if sides and exact_equal(x, y) and _close_in_time(a, b, dates, _FIGURE_DAYS):
                side = ", ".join(sorted(s.title() for s in sides))
                return f"the number {x.measure} among {side}, the same figure within a fortnight", 1, positions
    return None


#: claims told in other words further apart than this many days (or undated) may tell of different moments: a
#: paraphrase shares fewer words than a repeated claim, so the moment must be known and closer
_PARAPHRASE_DAYS = 14
#: equal figures of one side's people further apart than this many days may count different incidents
_FIGURE_DAYS = 14
#: two judgements of one actor further apart than this many days may judge different acts
_JUDGEMENT_DAYS = 30


def compare_claims(claims: Sequence[Claim], events: Sequence[Event], entities: Sequence[Entity],
                   documents: Sequence[Document] = (), encoder: Encoder | bool | None = True) -> list[Link]:
    """``agrees``/``contradicts`` links between claims of different documents about the same matter.

    ``documents``, when given, lets explanations name each source by its title as well as its id.
    ``encoder`` is the sentence encoder that confirms claims said in other words (:mod:`.paraphrases`):
    ``True`` (the default) takes the installed one if any, None or False finds links by the rules alone.
    """
    if encoder is True:
        encoder = sentence_encoder()
    para = Paraphrases(encoder) if encoder else None
    deferred: list[tuple[Claim, Claim]] = []
    names = {e.id: e.name for e in entities}
    names.update({d.id: f"“{d.title}” ({d.id})" for d in documents if d.title})
    event_ids = {e.id: e.label for e in events}
    names.update({k: f"“{v}”" for k, v in event_ids.items()})
    by_id = {c.id: c for c in claims}
    described = _descriptor_sides(entities)
    # a claim nobody holds ("it was reported that ...") takes no side, so it neither agrees nor contradicts
    # nor does an editor's note about documents ("Not printed", "[Here follows a list of persons]")
    # nor does a question ("did we not approach them?") or a phrase too short to say anything ("the powers")
    candidates = sorted((_expand(c, described) for c in claims if not (c.holder is None and c.stance == "reports")
                         and not is_apparatus(c.text) and not is_identification(c.text) and not _QUESTION.match(c.text)
                         and (len(c.text.split()) >= _FEWEST_WORDS or _structured(c))), key=lambda c: (c.doc, c.start))
    persons = frozenset(e.id for e in entities if e.type == "PERSON")
    writers = _writers(documents, entities)
    weights = concept_weights(candidates)
    sides = _claim_sides(candidates, entities)
    dates = {d.id: d.published for d in documents if d.published}
    read = _side_reader(entities)
    judged = {c.id: j for c in candidates if (j := judge(c, lambda text, doc=c.doc: read(doc, text))) is not None}
    counted = {c.id: f for c in candidates if c.polarity > 0 and (f := figures(c.text, lambda t, d=c.doc: read(d, t)))}
    extra: dict[str, set[tuple[str, str]]] = {}
    for cid, j in judged.items():
        extra.setdefault(cid, set()).update(("judged", f"{j.concept}:{side}") for side in j.sides)
    for cid, found in counted.items():
        events = [x for x in by_id[cid].about if ":V" in x]
        extra.setdefault(cid, set()).update(("figure", f"{f.measure}:{x}") for f in found for x in (*f.sides, *events))
    links: list[Link] = []
    for a, b in _pairs(candidates, by_id, writers, dates, extra):
        structured = a.predicate in COMPARABLE and a.actors and b.predicate in COMPARABLE and b.actors
        judgement = _judgement_link(a, b, judged.get(a.id), judged.get(b.id), dates) or \
            _figure_link(a, b, counted.get(a.id), counted.get(b.id), dates, event_ids)
        if judgement is not None:
            structured = False
        reason = judgement[0] if judgement else _same_matter(a, b, event_ids) if structured else None
        if reason is not None and " side concerning " in reason and len(shared_units(a.text, b.text, weights)) < 2:
            # a relation with no event ("X supports the resolution", "Y should be supported") is one matter
            # only when the claims also share what it is about, beyond the predicate and the actor
            reason = None
        sign = judgement[1] if judgement else 1
        worded = proposed = False
        if reason is None:
            proposed = True
            found = same_proposition(a, b, by_id, names, COMPARABLE, persons, writers, weights)
            if found is not None and found[1] != 0 and sides[a.id] and sides[b.id] and \
                    not sides[a.id] & sides[b.id]:
                found = None  # one predicate over one event, but of other actors: "attacking X", "attacking Y"
            if found is None and _close_in_time(a, b, dates):
                said = same_matter_in_other_words(a, b, weights, sides[a.id], sides[b.id])
                found = (said, 1) if said else None
                worded = said is not None
            if found is None:
                if para is not None and _dated_close(a, b, dates, _PARAPHRASE_DAYS) and \
                        worth_asking(a, b, weights, sides[a.id], sides[b.id]):
                    deferred.append((a, b))  # told in other words, maybe: the encoder decides after the loop
                continue
            reason, sign = found
            if worded and a.polarity != b.polarity:
                continue  # described in other words, a negation may be anywhere: no contradiction on that
        if proposed and sign != 0 and a.polarity != sign * b.polarity and not _same_mode(a, b):
            continue  # opposite positions, but one of what is and one of what should or would be
        agree = sign > 0 if judgement else sign == 0 or a.polarity == sign * b.polarity
        kind = "agrees" if agree else "contradicts"
        positions = (judgement[2] if judgement else
                     f"which the first {_POSITION[a.polarity]} and the second {_POSITION[b.polarity]}"
                     if sign == 1 else "each in its own words" if sign == 0 else
                     f"the first {_POSITION[a.polarity]} the one and the second {_POSITION[b.polarity]} the other")
        score = _score(a, b, reason) if structured else round(_score(a, b, reason) - 0.15, 3)
        links.append(_link(a, b, kind, reason, positions, score, names, by_id))
    if para is not None and deferred:
        links.extend(_paraphrase_links(deferred, para, weights, sides, names, by_id))
    return links


def _link(a: Claim, b: Claim, kind: str, reason: str, positions: str, score: float, names: dict[str, str],
          by_id: dict[str, Claim]) -> Link:
    """The link and its explanation: who says what in each source, what both concern, and the verdict."""
    notes = "; ".join(dict.fromkeys([*a.actor_notes, *b.actor_notes]))
    verdict = "so they agree" if kind == "agrees" else "so they contradict each other"
    first = _side_of(a, names, by_id)
    explanation = (f"{first[:1].upper()}{first[1:]}; {_side_of(b, names, by_id)}; both concern "
                   f"{reason}, {positions}, "
                   f"{verdict}" + (f" (actors equated through {notes})" if notes else "") + ".")
    return Link(id=f"L:{kind}:{a.id}:{b.id}", kind=kind, a=a.id, b=b.id, score=score, explanation=explanation)


def _paraphrase_links(pairs: list[tuple[Claim, Claim]], para: Paraphrases, weights: dict[str, float],
                      sides: dict[str, frozenset[str]], names: dict[str, str], by_id: dict[str, Claim]
                      ) -> Iterator[Link]:
    """``agrees`` links between the claims of ``pairs`` that say one thing in other words (:mod:`.paraphrases`);
    every claim embedded once, in one batch. Of the pairs found alike, each claim keeps in each other document
    only its closest partner, and only when it is that partner's closest too (mutual nearest neighbours): a claim
    near several of one source's sentences is near their common subject, not one proposition. Never a
    contradiction: a negation or a modal in other words may sit anywhere, and an embedding hardly sees it."""
    needed = {c.id: c for pair in pairs for c in pair}
    para.embed(c.text for c in needed.values())
    found: list[tuple[Claim, Claim, str, float]] = []
    best: dict[tuple[str, str], float] = {}
    for a, b in pairs:
        reason = alike_in_other_words(a, b, weights, sides[a.id], sides[b.id], para, names)
        if reason is None:
            continue
        closeness = para.cosine(a.text, b.text)
        found.append((a, b, reason, closeness))
        for x, y in ((a, b), (b, a)):
            best[(x.id, y.doc)] = max(best.get((x.id, y.doc), -1.0), closeness)
    for a, b, reason, closeness in found:
        if closeness < best[(a.id, b.doc)] or closeness < best[(b.id, a.doc)]:
            continue
        positions = f"which the first {_POSITION[a.polarity]} and the second {_POSITION[b.polarity]}"
        yield _link(a, b, "agrees", reason, positions, round(_score(a, b, reason) - 0.2, 3), names, by_id)
