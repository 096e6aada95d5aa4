"""Roles of an act's participants from where the parse puts them (subject of an active verb = ``agent``,
object or passive subject = ``patient``, "with X" = ``instrument``) and from what the phrase denotes: a
weapon is an instrument wherever it stands in the act's sentence, a building or vehicle after "at" or
"against" is the target of a bombing, a perpetrator noun is the agent; and who a sentence says claimed or is
blamed for an act outside its clause."""

from __future__ import annotations

from ..incident_words import (
    DAMAGE_VERBS,
    LIGHT_VERBS,
    NOUNS,
    SUSPECT_MODIFIERS,
    TARGETS,
    VERBS,
    VICTIM_NOUNS,
    WEAK_PERPETRATORS,
)
from .acts import Act, act_class
from .phrases import Arg, NameIndex, affiliation, category_of, phrase_of, read_arg
from .syntax import pobj, subject_of, with_conjuncts

_AT = frozenset({"at", "in", "against", "on", "near", "outside", "inside", "into", "upon", "to"})


#: predicates that say who did an act without being its verb, with the preposition that introduces the act:
#: "X were responsible for the murder", "the soldiers involved in the killing", "X was accused of the attack"
#: the role a participant told apart from the act's clause takes, by how the sentence tells it
_TOLD_ROLES = {"patient": "patient", "damaged": "patient", "used": "instrument"}
_RESPONSIBLE = {"responsible": "for", "involve": "in", "implicate": "in", "accuse": "of", "charge": "with",
                "suspect": "of", "blame": "for"}


def told_apart(token, offset: int, names: NameIndex) -> tuple[int, list[tuple[Arg, str]]]:
    """Participants a sentence gives outside the act's clause: who claimed responsibility or is blamed ("X
    claimed responsibility", "attributed the attack to X", "X were responsible for the murders", "the men
    involved in the killing"), who the victims were ("the victims were identified as X and Y", "X died in
    the explosion"). With them,
    the offset in the sentence of the act they are said of when the predicate names it ("responsible for the
    murders"), else of the predicate."""
    lemma = token.lemma_.lower()
    heads = []
    role = "agent"
    anchor = token.idx
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "authorship")
                                for c in token.children):
        subject, passive = subject_of(token)
        heads = [subject] if subject is not None and not passive else []
    elif lemma == "attribute":
        heads = [pobj(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
    elif lemma in ("blame", "accuse") and any(c.dep_ == "dobj" for c in token.children):
        heads = [c for c in token.children if c.dep_ == "dobj"]
    elif lemma in _RESPONSIBLE:
        heads, anchor = _responsible(token, _RESPONSIBLE[lemma], anchor)
        role = "held"
    elif lemma in ("die", "perish") and (act := _act_in(token, ("in", "during"))) is not None:
        subject, _passive = subject_of(token)
        heads = [subject] if subject is not None else []
        anchor = act.idx
        role = "patient"
    elif lemma in DAMAGE_VERBS and token.pos_ == "VERB" and act_class(token) is None:
        heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        act = _act_in(token, ("during", "in", "by"))
        anchor = act.idx if act is not None else anchor
        role = "damaged"
    elif lemma in ("use", "employ") and token.pos_ == "VERB":
        heads = [c for c in token.children if c.dep_ == "dobj"]
        act = _act_in(token, ("for", "in", "during"))
        anchor = act.idx if act is not None else anchor
        role = "used"
    elif lemma == "identify" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in VICTIM_NOUNS
                                     for c in token.children):
        heads = [pobj(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "as"]
        role = "patient"
    out = []
    for head in heads:
        if head is None:
            continue
        for t in with_conjuncts(head):
            arg = read_arg(t, offset, names)
            if arg is None and role == "held" and t.pos_ == "NOUN" and t.tag_ == "NNS":
                arg = _held(t, offset, names)  # "two officers were accused of it": whoever is held responsible
            if arg is None:
                continue
            if role == "patient" and arg.kind != "person":
                continue
            if (role == "damaged" and arg.kind not in ("target", "facility")) or (
                    role == "used" and arg.kind != "instrument"):
                continue
            if role in ("agent", "held") and arg.kind not in ("perpetrator", "body", "name", "person"):
                continue
            out.append((arg, _TOLD_ROLES.get(role, "agent")))
            if role in ("agent", "held"):
                out.extend((body, "agent") for body in affiliation(t, offset, names))
    return anchor, out


def _held(token, offset: int, names: NameIndex) -> Arg | None:
    """A plural description of people held responsible for an act, whatever its noun: a perpetrator."""
    got = phrase_of(token, offset, names.ctx.text)
    if got is None or names.name_at(got[0], got[1])[0] is not None:
        return None
    return Arg(got[0], got[1], got[2], None, "perpetrator")


def _act_in(token, words: tuple[str, ...]):
    """The act a preposition of ``token`` names ("died in the explosion", "destroyed during the attack",
    "used for the killings"), if any."""
    for c in token.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in words:
            act = pobj(c)
            if act is not None and act_class(act) is not None:
                return act
    return None


def _responsible(token, word: str, anchor: int) -> tuple[list, int]:
    """Who a responsibility predicate holds responsible, when its preposition names an act of violence: the
    subject of "be responsible", the passive subject of "was accused of", the noun a participle qualifies
    ("the officers involved in the crime", "the group responsible for the attack")."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == word), None)
    act = pobj(prep) if prep is not None else None
    if act is None:
        return [], anchor
    words = [act, *(c for c in act.subtree if c.dep_ in ("pcomp", "pobj", "dobj"))]
    named = next((w for w in words if act_class(w) is not None), None)
    if named is None and not (act.tag_ == "VBG" and act.lemma_.lower() in VERBS):
        return [], anchor
    anchor = (named or act).idx
    if token.dep_ in ("acomp", "attr") or (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "amod")):
        subject, passive = subject_of(token.head if token.dep_ in ("acomp", "attr") else token)
        active_verb = token.pos_ in ("VERB", "AUX") and token.tag_ != "VBN"
        if subject is None or (active_verb and not passive):
            return [], anchor  # "they accused him of": the object is held responsible, read above
        return [subject], anchor
    if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        return [token.head], anchor
    return [], anchor


def read_arguments(trigger, offset: int, act: Act, names: NameIndex) -> None:
    """Fill ``act.args`` from the parse around the act's word."""

    def add(token, role):
        for t in with_conjuncts(token):
            arg = read_arg(t, offset, names)
            if arg is None:
                continue
            act.args.append((arg, _role(arg, role, act.kind)))
            if arg.kind in ("perpetrator", "body") and act.args[-1][1] == "agent":
                act.args.extend((body, "agent") for body in affiliation(t, offset, names))

    def preps(token):
        for c in token.children:
            if c.dep_ not in ("prep", "agent"):
                continue
            obj = pobj(c)
            if obj is None:
                continue
            word = c.lower_
            if word == "by":
                add(obj, "agent")
            elif word == "with":
                add(obj, "instrument")
            elif word == "of" and token.pos_ == "NOUN":
                add(obj, "of")
            elif word in _AT:
                add(obj, "at")
                if obj.lemma_.lower() in ("front", "door", "entrance", "side"):  # "in front of the bank"
                    inner = next((g for g in obj.children if g.dep_ == "prep"), None)
                    if inner is not None and pobj(inner) is not None:
                        add(pobj(inner), "at")

    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in trigger.children:
            if c.dep_ == "poss":
                add(c, "of" if act.kind in ("kidnapping",) or trigger.lemma_ in ("murder", "assassination")
                    else "agent")
            elif c.dep_ in ("compound", "amod", "nmod") and category_of(c) not in ("perpetrator", "body"):
                add(c, "modifier")  # "a dynamite attack", "the X attack"; a "guerrilla attack" names no one
        preps(trigger)
        head = trigger.head
        if trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and head.lemma_.lower() in LIGHT_VERBS:
            subject, passive = subject_of(head)
            if subject is not None and subject is not trigger and not passive:
                add(subject, "agent")
            preps(head)
        elif trigger.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
            for c in head.children:  # "the explosion destroyed the bank"
                if c.dep_ == "dobj":
                    add(c, "object")
            preps(head)
        return
    subject, passive = subject_of(trigger)
    if subject is not None:
        add(subject, "object" if passive else "subject")
    for c in trigger.children:
        if c.dep_ in ("dobj", "obj"):
            add(c, "object")
    preps(trigger)


def _role(arg: Arg, slot: str, kind: str) -> str:
    """The role of an argument from where it stands (``slot``) and what it denotes."""
    if arg.kind == "instrument":
        return "instrument"
    if arg.kind == "perpetrator":
        return "agent" if slot in ("subject", "agent", "modifier", "of") else "patient"
    if arg.kind == "target":
        return "patient" if slot in ("object", "at", "of") else "other"
    if arg.kind == "body":
        return "agent" if slot in ("subject", "agent", "modifier") else "other"
    # a name: a place or a time after "at" or "in" is no target, a building is; an organisation hit is a
    # target only by a building or vehicle of its name ("the X Bank", "the Y Embassy")
    if slot in ("subject", "agent", "modifier"):
        return "agent"
    if slot in ("object", "of"):
        physical = arg.kind in ("person", "facility") or arg.forms[0].split()[-1].lower() in TARGETS
        return "patient" if physical else "other"
    return "patient" if slot == "at" and arg.kind == "facility" else "other"


_KEEPING = frozenset({"seize", "confiscate", "find", "recover", "discover", "capture", "carry", "possess",
                      "have", "steal", "smuggle", "hide", "store", "deactivate", "defuse", "dismantle"})


def _kept(token) -> bool:
    """A weapon that is the object (or passive subject) of finding, seizing or carrying it."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _KEEPING


def _hit(token) -> bool:
    """Whether a building or vehicle stands where a report puts what an act hit, whatever the parse hangs it
    on: after "against" or "into"."""
    return token.dep_ == "pobj" and token.head.lower_ in ("against", "into")


def _suspect(token) -> bool:
    """Whether a perpetrator description names suspects on its own: a perpetrator noun ("guerrillas"), or
    anyone armed or unknown ("heavily armed men", "unidentified individuals")."""
    if token.lemma_.lower() not in WEAK_PERPETRATORS and token.lower_ not in WEAK_PERPETRATORS:
        return True
    return any(t.lower_ in SUSPECT_MODIFIERS for t in token.subtree if t.i < token.i)


def _weapon_of_fire(token, category: str | None) -> bool:
    """A weapon named as the modifier of what it does ("mortar fire", "rifle shots", "machine-gun bursts"):
    the weapon itself, where the noun it qualifies is neither a weapon nor an act nor anyone."""
    if category != "instrument" or token.dep_ not in ("compound", "amod"):
        return False
    head = token.head
    while head.dep_ in ("compound", "amod", "conj") and head.head.i != head.i and head.i < head.head.i:
        head = head.head
    return category_of(head) is None and NOUNS.get(head.lemma_.lower()) is None and head.pos_ == "NOUN"


def sentence_extras(doc, offset: int, acts: list[Act], names: NameIndex) -> None:
    """Weapons named anywhere in an act's sentence are its instruments; perpetrator descriptions that are the
    subject of a clause or follow "by" are its agents (shared by the sentence's acts); "one of the
    guerrillas" and an apposition are not."""
    if not acts:
        return
    taken = {(a.start, a.end) for act in acts for a, _ in act.args}
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        category = category_of(token)
        if category == "target" and any(a.kind != "kidnapping" for a in acts) and _hit(token):
            arg = read_arg(token, offset, names)
            if arg is not None and (arg.start, arg.end) not in taken:
                taken.add((arg.start, arg.end))
                acts[0].args.append((arg, "patient"))
            continue
        if category not in ("instrument", "perpetrator"):
            continue
        if token.dep_ in ("compound", "amod", "poss") and not _weapon_of_fire(token, category):
            continue
        arg = read_arg(token, offset, names)
        if arg is None or (arg.start, arg.end) in taken:
            continue
        if category == "instrument" and _kept(token):
            continue  # "police seized rifles": weapons found or carried, not used
        if category == "perpetrator" and token.dep_ not in ("nsubj", "pobj"):
            continue
        if category == "perpetrator" and not _suspect(token):
            continue  # "three women who were walking by", "the cabinet members said"
        if category == "perpetrator" and token.dep_ == "pobj" and token.head.lower_ != "by":
            continue
        taken.add((arg.start, arg.end))
        role = "instrument" if category == "instrument" else "agent"
        acts[0].args.append((arg, role))
