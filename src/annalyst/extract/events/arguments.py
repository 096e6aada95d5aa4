"""Who takes part in an event, and where: participants with roles and the place, from the dependency parse.

Roles follow PropBank's proto-roles, coarsened to three: ``agent`` (the subject
of an active verb, the "by" phrase of a passive, the possessor of an event
noun: "X's coup"), ``patient`` (the object, the subject of a passive, "against
X", "of X" after an event noun) and ``other`` (every other prepositional
participant: "with X", "to X"). A name is found through the entity mentions of
the stage before, on the argument's head or, when the head is a common noun
("the government of Peru", "Varela's dictatorship"), on its possessor,
compound or "of" phrase, and through conjuncts and appositions.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...language.pronouns import PERSONAL_PRONOUNS, RELATIVE_PRONOUNS
from ..context import DocContext, text_of
from ..references import references_of
from .lexicon import GATHERINGS, NON_AGENTIVE

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
_AGAINST = frozenset({"against", "of", "on"})
_LEADS = frozenset({"lead", "head", "command", "run", "found", "control", "direct"})
_BODY_TYPES = frozenset({"ORG"})
#: entity types an adjective names a party by ("Norlandic", "Soviet"): a nation, its state, its people
_NATIONAL = frozenset({"NORP", "GPE"})
#: prepositions that put a verb's act inside a gathering ("at the meeting", "during the lunch")
_DURING = frozenset({"at", "in", "during"})
#: event nouns whose possessor undergoes them ("his funeral", "her death"), where it mostly acts ("X's coup")
_UNDERGONE = frozenset({"funeral", "burial", "death"})


class EntityIndex:
    """Token index to local entity id, built once per document from the mentions of the entities stage."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.by_token: dict[int, str] = {}
        self.types = {e.id: e.type for e in ctx.entities}
        for m in ctx.mentions():
            span = ctx.parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token.setdefault(t.i, m.entity)

    def at(self, token) -> str | None:
        return self.by_token.get(token.i) or self._described(token)

    def _described(self, token) -> str | None:
        """A definite description that repeats the head noun of a body named before it ("the National Workers'
        Union ... the union", "the Revolutionary Council ... the Council"): that body, the latest one named
        in the document before it (the reference resolver's :meth:`~..references.naming.Naming.by_head_word`).
        Only a bare "the"/"its" + noun qualifies; "a union" is any union."""
        if token.pos_ not in ("NOUN", "PROPN") or token.i in self.by_token:
            return None
        dets = [c for c in token.children if c.dep_ in ("det", "poss")]
        if len(dets) != 1 or dets[0].lower_ not in ("the", "its", "this") or \
                any(c.dep_ in ("amod", "compound") for c in token.children):
            return None
        return references_of(self.ctx).by_head_word(token.lower_, token.idx, types=tuple(_BODY_TYPES))

    def antecedent(self, token) -> str | None:
        """A third-person pronoun's referent when the entities stage gave none: the person the document's
        reference resolver finds within the pronoun's sentence and the one before (:mod:`..references`)."""
        if token.lower_ not in PERSONAL_PRONOUNS:
            return None
        return references_of(self.ctx).antecedent(token, sentences=2)


def entities_of(token, index: EntityIndex, *, depth: int = 0) -> list[str]:
    """Local entity ids an argument headed by ``token`` names, with its conjuncts and appositions."""
    out: list[str] = []
    eid = index.at(token)
    if eid is None and token.pos_ == "PRON":
        eid = index.antecedent(token)
    if eid is None and token.dep_ == "appos" and token.pos_ == "NOUN" and depth == 0:
        eid = index.at(token.head)  # "X, the opposition leader who was shot": the leader is X
    if eid is not None:
        out.append(eid)
    elif token.pos_ in ("NOUN", "PROPN") and depth < 2:
        # a common noun: look at who it belongs to ("Varela's regime", "the government of Peru") or who
        # leads it ("the army led by X")
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _LEADS:
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (g for g in agent.children if g.dep_ == "pobj"):
                        out.extend(entities_of(obj, index, depth=depth + 1))
            if child.dep_ in ("poss", "compound") or (child.dep_ == "prep" and child.lower_ == "of"):
                target = child if child.dep_ != "prep" else next(
                    (g for g in child.children if g.dep_ == "pobj"), None)
                if target is not None:
                    out.extend(entities_of(target, index, depth=depth + 1))
    for child in token.children:
        if child.dep_ in ("conj", "appos") and depth < 3:
            out.extend(entities_of(child, index, depth=depth + 1))
    return list(dict.fromkeys(out))


def same_block(a, b) -> bool:
    """Whether two tokens lie in one paragraph: the small parser glues a title or byline without a full stop
    to the first sentence, and nothing across a blank line is an argument or a date of an event."""
    lo, hi = sorted((a.idx, b.idx))
    between = text_of(a.doc)[lo:hi]
    return "\n\n" not in between and "\n\r\n" not in between


def _subject_of(verb) -> tuple[object | None, bool]:
    """The subject token of a verb and whether it is a passive subject; inherited through conjunction,
    relative clauses ("X who came to power") and participial modifiers ("X, appointed in 1917").
    Of two subjects (a parse gone wrong) the one nearest the verb is taken."""
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, False
            return child, False
        if child.dep_ in ("nsubjpass", "csubjpass"):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, True
            return child, True
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_of(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head, True  # "General X, appointed commander in 1917": X was appointed
    if verb.dep_ == "relcl":
        return verb.head, False
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subject, _ = _subject_of(verb.head)
        return subject, False
    return None, False


def _relative_clauses(noun) -> list:
    """Relative and participial clauses on ``noun``, including a reduced relative clause starting right after
    it ("the election the army rigged") that the small parser often hangs on a word further back."""
    out = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    right = noun.right_edge.i + 1
    doc = noun.doc
    for token in doc[right:min(len(doc), right + 6)]:
        if token.dep_ == "relcl" and token.left_edge.i == right and token.head.i < noun.i and token not in out:
            out.append(token)
            break
    return out


def _place_under(token, index: EntityIndex) -> str | None:
    """A place hung on an argument by the parser ("met X in Lima" parsed as "X in Lima")."""
    for prep, obj in _prep_objects(token):
        ids = entities_of(obj, index)
        if prep in _PLACE_PREPS and ids and index.types.get(ids[0]) in PLACE_TYPES:
            return ids[0]
    return None


def _prep_objects(token) -> Iterator[tuple[str, object]]:
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.pos_ == "ADP":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    yield child.lower_, grand
        elif child.dep_ == "dative":
            yield "to", child


def arguments_of(head, light, index: EntityIndex, *, is_noun: bool) -> tuple[list[tuple[str, str]], str | None]:
    """``([(entity id, role)], place id)`` for an event headed by ``head``, carried by the light verb ``light``
    (or None)."""
    found: list[tuple[str, str]] = []
    place: str | None = None

    def add(token, role):
        if not same_block(token, head):
            return
        for eid in entities_of(token, index):
            found.append((eid, role))

    def add_preps(token):
        nonlocal place
        for prep, obj in _prep_objects(token):
            ids = entities_of(obj, index)
            if prep in _PLACE_PREPS and ids and index.types.get(ids[0]) in PLACE_TYPES:
                place = place or ids[0]
                continue
            if prep in _PLACE_PREPS and not ids:
                # "in a room of the hotel in X": a place one level down; "at length with X": a partner the
                # parser hung on the adverbial noun
                for p2, o2 in _prep_objects(obj):
                    ids2 = entities_of(o2, index)
                    if p2 in _PLACE_PREPS and ids2 and index.types.get(ids2[0]) in PLACE_TYPES:
                        place = place or ids2[0]
                    elif p2 == "with" and obj.pos_ == "NOUN" and not any(c.dep_ == "det" for c in obj.children):
                        found.extend((eid, "other") for eid in ids2)
                continue
            if prep == "by":
                role = "agent"
            elif prep in _AGAINST or (is_noun and prep in ("to", "for")):
                role = "patient"
            else:
                role = "other"
            for eid in ids:
                found.append((eid, role))
            if ids:  # "marched on Government House in the capital": the place one level down
                place = place or _place_under(obj, index)

    if is_noun:
        for child in head.children:
            if child.dep_ == "poss":
                add(child, "patient" if head.lemma_.lower() in _UNDERGONE else "agent")
            elif child.dep_ in ("compound", "nmod", "amod") and (
                    child.pos_ == "PROPN" or child.ent_type_ in _NATIONAL):
                add(child, "other")  # "the Varela meeting", "the Norlandic complaint": who takes part
        add_preps(head)
        carrier = light
        if carrier is not None:
            subject, passive = _subject_of(carrier)
            if subject is not None and subject.i != head.i and carrier.lemma_.lower() not in NON_AGENTIVE:
                add(subject, "patient" if passive else "agent")
            add_preps(carrier)
        elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "NOUN"):
            # "X finished first in the election", "X, the candidate in the election": X takes part
            governor = head.head.head
            if governor.pos_ == "VERB":
                subject, _ = _subject_of(governor)
                if subject is not None:
                    add(subject, "other")
                if head.head.lower_ in _DURING and head.lemma_.lower() in GATHERINGS:
                    # "at the lunch X told Y", "in the meeting X asked Y": whom the verb addresses, or with whom
                    # it acts, was there too
                    for obj in (c for c in governor.children if c.dep_ in ("dobj", "dative", "obj")):
                        add(obj, "other")
                    for prep, obj in _prep_objects(governor):  # "discussed it with Y at the lunch"
                        if prep == "with":
                            add(obj, "other")
            else:
                owner = governor
                while owner.dep_ in ("appos", "attr") and owner.head.i != owner.i:
                    owner = owner.head
                add(owner, "other")
        for child in _relative_clauses(head):  # "the coup that brought X to power"
            clause = [child, *(g for g in child.children if g.dep_ in ("xcomp", "advcl") and g.pos_ == "VERB")]
            for grand in (g for verb in clause for g in verb.children):
                if grand.dep_ in ("dobj", "nsubjpass") and grand.lower_ not in RELATIVE_PRONOUNS:
                    add(grand, "patient")
                elif grand.dep_ == "agent":
                    for g in grand.children:
                        if g.dep_ == "pobj":
                            add(g, "agent")
    elif head.pos_ == "ADJ":  # "X was dead": the copula's subject undergoes it
        subject, _ = _subject_of(head.head)
        if subject is not None:
            add(subject, "patient")
        add_preps(head.head)
    elif head.dep_ == "amod":  # "striking dockworkers of the union": whom the participle describes acts
        add(head.head, "agent")
        add_preps(head.head)
        if light is not None:
            add_preps(light)
            place = place or _place_under(light, index)
    else:
        subject, passive = _subject_of(head)
        if subject is not None:
            add(subject, "patient" if passive else "agent")
        for child in head.children:
            if child.dep_ in ("dobj", "obj", "oprd"):
                add(child, "patient")
                place = place or _place_under(child, index)
            elif child.dep_ == "xcomp" and child.pos_ in ("NOUN", "PROPN"):
                add(child, "other")
        add_preps(head)
        if light is not None:
            add_preps(light)

    roles: dict[str, str] = {}
    for eid, role in found:
        if eid == place:
            continue
        roles.setdefault(eid, role)
    return list(roles.items()), place
