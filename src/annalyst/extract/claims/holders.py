"""Who holds a claim, who acts in it, and which side each actor stands for.

A claim's holder is the subject of its reporting verb ("Dorn claimed ...") or
the author. Its actors are the agents of the predicate ("backed by the
intelligence agency"). To compare claims of different sources about the same
relation, each actor is reduced to a *side*: the state it belongs to when the
text says so (a name or demonym of the state inside the phrase, "the
government of X", a person's title such as "X's foreign minister", a national
agency), else its own normalised name. The words that justify the side travel
with the claim, so a link's explanation can show them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.countries import country_key
from ...language.countries import norm_name as _norm
from ...language.pronouns import AUTHOR_PRONOUNS, PERSONAL_PRONOUNS
from ..context import DocContext
from ..references import references_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ...model import Mention, Quote

#: how a cable's sending post names itself in the third person ("Embassy believes ...")
_POSTS = frozenset({"embassy", "mission", "consulate", "legation", "delegation", "station"})
_SENDER = re.compile(r"^\s*FROM\s*:\s*(.+)$", re.MULTILINE)
# "you may tell X that ..."
_MESSAGE = frozenset({"tell", "say", "inform", "assure", "report", "write", "convey", "advise", "remind"})
_QUANTIFIERS = frozenset({"nobody", "anybody", "somebody", "everybody", "none", "anyone", "someone", "everyone",
                          "one", "officials", "people"})
_PERMISSION = frozenset({"may", "can", "could", "might", "should", "must"})
_MODIFIERS = ("compound", "amod", "nmod", "poss")


def places_of(ctx: DocContext) -> set[str]:
    """Normalised names of the places (GPE) the document mentions."""
    return {_norm(e.name) for e in ctx.entities if e.type == "GPE"} | {
        _norm(a) for e in ctx.entities if e.type == "GPE" for a in e.aliases}


def mention_at(ctx: DocContext, token: Token) -> Mention | None:
    """The entity mention that covers ``token``, if any."""
    for m in ctx.mentions_in(token.sent.start_char, token.sent.end_char):
        if m.start <= token.idx < m.end:
            return m
    return None


def antecedent(ctx: DocContext, token: Token) -> Mention | None:
    """The person a third-person singular pronoun refers to, by the document's reference resolver
    (:mod:`..references`: agreement, recency, subjects first, within three sentences), as the last
    mention of that person before the pronoun."""
    if token.lower_ not in PERSONAL_PRONOUNS:
        return None
    entity = references_of(ctx).antecedent(token, sentences=3)
    if entity is None:
        return None
    before = [m for m in ctx.mentions_in(0, token.idx) if m.entity == entity]
    return before[-1] if before else None


def entity_of(ctx: DocContext, token: Token) -> str | None:
    """The local entity id a token names: its own mention, a pronoun's antecedent, or a modifier's mention."""
    m = mention_at(ctx, token) or antecedent(ctx, token)
    if m is not None:
        return m.entity
    titled = references_of(ctx).by_title(token)  # "the King": the one person named with that title
    if titled is not None:
        return titled
    # "the union's general secretary, Samuel Nwosu, warned": the person in apposition speaks,
    # not the organisation that qualifies the title
    for child in token.children:
        if child.dep_ == "appos":
            m = mention_at(ctx, child)
            if m is not None:
                return m.entity
    # "A State Department official said": the organisation names the speaker's side.
    for child in token.children:
        if child.dep_ in _MODIFIERS:
            m = mention_at(ctx, child)
            if m is not None:
                return m.entity
    return None


def quote_at(ctx: DocContext, token: Token) -> Quote | None:
    """The quotation (an inline quote or a transcript turn) the token is part of, if any."""
    for quote in ctx.quotes:
        if quote.start <= token.idx < quote.end:
            return quote
    return None


def holder_of(ctx: DocContext, verb: Token) -> tuple[str | None, str | None]:
    """Who puts forward what ``verb`` reports: (local entity id, "author" or None; the words naming them).

    "I" and "we" are the author, except inside a quotation or a transcript turn
    ("THE PRESIDENT: I know that ..."), where they are its speaker; so is "you"
    told to pass a message on ("You may tell the Minister that ...").
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return None, None
    subj = subjects[0]
    if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = _described(ctx, verb.head)  # "X of the Prime Minister's office, who admitted that ..."
    words = ctx.text[subj.left_edge.idx: subj.right_edge.idx + len(subj.right_edge)]
    quote = quote_at(ctx, verb)
    if quote is not None and (subj.lower_ in AUTHOR_PRONOUNS or (
            subj.lower_ == "you" and verb.lemma_ in _MESSAGE
            and any(c.dep_ == "aux" and c.lower_ in _PERMISSION for c in verb.children))):
        return quote.speaker, quote.speaker_text or words
    if subj.lower_ in AUTHOR_PRONOUNS or _sending_post(ctx, subj):
        return "author", words
    if subj.lower_ == "you" and verb.lemma_ in _MESSAGE | {"note", "stress", "emphasize", "make"} and any(
            c.dep_ == "aux" and c.lower_ in _PERMISSION for c in verb.children):
        return "author", words  # an instruction to pass the sender's message on: "You may inform X that ..."
    if subj.lower_ in PERSONAL_PRONOUNS:
        m = antecedent(ctx, subj)
        return (m.entity if m else None), (m.text if m else words)
    return entity_of(ctx, subj), words


def _described(ctx: DocContext, noun: Token) -> Token:
    """The noun a relative clause describes, climbing "X of Y's office" to the person X when Y is not one."""
    node = noun
    for _ in range(3):
        m = mention_at(ctx, node)
        if m is not None and m.type == "PERSON":
            return node
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head
        else:
            break
    return node if mention_at(ctx, node) is not None else noun


def _sending_post(ctx: DocContext, subj: Token) -> bool:
    """ "Embassy believes ...", "The Mission recommends ...": in a cable whose ``FROM:`` line is that kind of
    post, the post speaking of itself is the author."""
    if subj.lower_ not in _POSTS or any(c.dep_ not in ("det",) for c in subj.children):
        return False
    sender = _SENDER.search(ctx.text[:2000])
    return sender is not None and subj.lower_[:3] in sender.group(1).lower()


def agents_of(predicate: Token) -> list[Token]:
    """The tokens heading the actor phrases of ``predicate``: its subject, or the "by" phrase of a passive."""
    from .cues import INVOLVED_IN

    agents: list[Token] = []
    for child in predicate.children:
        if child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in predicate.children)
    if not agents:
        deps = ("nsubj", "nsubjpass") if (predicate.lemma_ in INVOLVED_IN or not passive) else ("nsubj",)
        agents = [c for c in predicate.children if c.dep_ in deps]
        if not agents and predicate.dep_ == "conj":
            agents = [c for c in predicate.head.children if c.dep_ in deps]
        if not agents and predicate.dep_ in ("xcomp", "acomp", "attr"):  # "helped launch", "was responsible"
            agents = [c for c in predicate.head.children if c.dep_ == "nsubj"]
    out = []
    for agent in agents:
        # "who/that" -> the noun the relative clause describes
        a = agent.head.head if agent.tag_ in ("WDT", "WP") and agent.head.dep_ == "relcl" else agent
        out.append(a)
        out.extend(c for c in a.conjuncts if c.i > a.i)
    return out


def _allegiance_tokens(head: Token) -> list[Token]:
    """Words that tie a noun phrase to a state: its left modifiers, "of X", appositions ("a CIA agent")."""
    out = [head]
    for child in head.children:
        if child.dep_ in _MODIFIERS:
            out.extend(child.subtree)
        elif child.dep_ == "prep" and (child.lower_ in ("of", "for") or (
                child.lower_ in ("in", "at", "from") and head.lower_ in _QUANTIFIERS)):
            # "nobody in London", "someone at the embassy": the place is whose side they are on
            out.extend(t for p in child.children if p.dep_ == "pobj" for t in p.subtree)
        elif child.dep_ == "appos":
            out.extend(_allegiance_tokens(child))
    return out


def _keys_in(tokens: list[Token], places: set[str]) -> list[tuple[str, str]]:
    """(side, words) for each state named by a token or a pair of adjacent tokens."""
    found: list[tuple[str, str]] = []
    ordered = sorted(set(tokens), key=lambda t: t.i)
    used: set[int] = set()
    for k, tok in enumerate(ordered):
        if tok.i in used:  # the second word of a pair already read ("Soviet Union")
            continue
        grams = [(tok.text, 1)]
        if k + 1 < len(ordered) and ordered[k + 1].i == tok.i + 1:
            grams.insert(0, (f"{tok.text} {ordered[k + 1].text}", 2))
        for gram, width in grams:
            key = country_key(gram, places)
            if key:
                found.append((key, gram))
                used.update(range(tok.i, tok.i + width))
                break
        else:
            if tok.ent_type_ in ("GPE", "NORP") and tok.pos_ in ("PROPN", "ADJ"):
                # a state or people we have no table for: its own name is its side ("Belgian");
                # resolve/links.py matches such demonyms to state names by the same rule
                found.append((_norm(tok.text), tok.text))
    return found


def sides_of(ctx: DocContext, agents: list[Token], places: set[str]) -> tuple[list[str], list[str]]:
    """The sides the agent phrases stand for, and one note per side saying which words tie it there.

    A person's side comes from how the document describes them anywhere
    ("U.S. Secretary of State X", "X, a CIA agent"): a pronoun is resolved first.
    """
    sides: dict[str, str] = {}
    names: dict[str, str] = {}
    doc = ctx.parsed
    for agent in agents:
        phrase = ctx.text[agent.idx: agent.idx + len(agent)]
        whole = ctx.text[agent.left_edge.idx: agent.idx + len(agent)]  # "Her Majesty's Government"
        key = country_key(whole, places) if agent.left_edge.i < agent.i else None
        if key:
            sides.setdefault(key, f"'{whole}'")
        for key, words in _keys_in(_allegiance_tokens(agent), places):
            sides.setdefault(key, f"'{phrase}' ({words})" if words != phrase else f"'{phrase}'")
        m = mention_at(ctx, agent) or antecedent(ctx, agent)
        if m is None:
            continue
        entity = ctx.entity(m.entity)
        label = entity.name if entity else m.text
        names.setdefault(_norm(label), f"'{label}'")
        if entity is None or entity.type != "PERSON":
            continue
        for other in entity.mentions:
            span = doc.char_span(other.start, other.end, alignment_mode="expand")
            if span is None:
                continue
            for key, words in _keys_in(_allegiance_tokens(span.root), places):
                if words not in other.text:  # a state inside the name itself is no allegiance
                    sides.setdefault(key, f"'{phrase}' = {label}, described as '{_describe(span.root)}'")
    if not sides:
        return list(names), [f"{n}" for n in names.values()]
    return list(sides), [f"{v} for {k.title()}" for k, v in sides.items()]


def _describe(root: Token) -> str:
    """The words around a name that describe the person: "U.S. Secretary of State Henry Holloway"."""
    tokens = _allegiance_tokens(root)
    lo = min(t.i for t in tokens)
    hi = max(t.i for t in tokens)
    return root.doc[lo: hi + 1].text
