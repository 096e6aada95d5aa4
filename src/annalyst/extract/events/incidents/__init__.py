"""Incidents of political violence: who attacked, bombed, kidnapped or burned what or whom, and with what.

An incident report names the act ("guerrillas *dynamited* a pylon", "the
*bombing* of the bank"), its perpetrators, its physical targets, its human
victims and its instruments (MUC-4's template slots). Many of these are not
names but descriptions: "urban guerrillas", "a bus", "a car bomb". Such a
description taking part in an incident becomes an entity of type ``OTHER`` of
its own (its mentions the descriptions), so an event can point at it like at
any name.

Roles come from the dependency parse of the act's word, as in
:mod:`.arguments` (subject of an active verb = ``agent``, object or passive
subject = ``patient``, "with X" = ``instrument``), and from what the phrase
denotes: a weapon is an instrument wherever it stands in the act's sentence
("a bomb exploded at the bank": the bomb is the instrument, the bank the
target), a building or vehicle after "at"/"in"/"against" is the target of a
bombing, a perpetrator noun ("gunmen", "terrorists") is the agent.

Wire services set whole messages in capitals, which spaCy's small model
tags as proper nouns (every word a name, no verb found). Such a document's
sentences that mention an act are parsed again in lower case (same offsets),
where the model reads the syntax right; names still come from the entities
stage.

Mentions of one document are grouped into incidents the way incident
templates are: one incident per class, a killing in the sentence of a
bombing or an arson being its effect, not another attack.

The package holds, by what each module holds: :mod:`.wire` (messages in capitals, their sentences and
lower-case parse), :mod:`.acts` (which word reports an act, of which class), :mod:`.phrases` (the
participant a noun phrase names), :mod:`.roles` (the role the parse and the phrase give it), :mod:`.syntax`
(small readings of the parse) and :mod:`.templates` (acts grouped into dated, placed incidents).
"""

from __future__ import annotations

from ....model import Event, LocalEntity
from ...context import DocContext
from .acts import Act, act_class
from .learned import configured, judge
from .phrases import Arg, NameIndex
from .roles import read_arguments, sentence_extras, told_apart
from .templates import make_incidents
from .wire import capitalised, parse_sentences, sentences

__all__ = ["VIOLENT_CLASSES", "capitalised", "read_incidents", "rules_incidents", "sentences"]

#: classes of the general event lexicon an incident stands for in a document read as a wire report
VIOLENT_CLASSES = frozenset({"killing", "attack", "shooting", "death", "raid"})


def read_incidents(ctx: DocContext) -> tuple[list[Event], list[LocalEntity], bool]:
    """Incident events of a document set in capitals, the described participants they point at, and whether
    the rules read any incident there (then the general lexicon's violent events give way to them, even when
    the learned check configured (see :mod:`.learned`) keeps none of them)."""
    events, described = rules_incidents(ctx)
    if not events:
        return [], [], False
    model = configured()
    if model is not None:
        events, described = judge(ctx, events, described, model)
    return events, described, True


def rules_incidents(ctx: DocContext) -> tuple[list[Event], list[LocalEntity]]:
    """The incidents the rules of this package read, before any learned check."""
    parses = parse_sentences(ctx)
    if not parses:
        return [], []
    names = NameIndex(ctx)
    acts: list[Act] = []
    loose: list[tuple[int, int, Arg, str]] = []  # (sentence, offset, argument, role) said outside the act
    for n, (offset, doc) in enumerate(parses):
        for token in doc:
            kind = act_class(token)
            if kind is not None:
                act = Act(kind, offset + token.idx, offset + token.idx + len(token), n,
                           generic=token.tag_ in ("NNS", "NNPS"))
                read_arguments(token, offset, act, names)
                acts.append(act)
            anchor, said = told_apart(token, offset, names)
            loose.extend((n, offset + anchor, arg, role) for arg, role in said)
        sentence_extras(doc, offset, [a for a in acts if a.sent == n], names)
    if not acts:
        return [], []
    for n, position, arg, role in loose:
        _told_of(acts, n, position).args.append((arg, role))
    _groups(acts, names)
    return make_incidents(ctx, acts, names)


def _told_of(acts: list[Act], sentence: int, position: int) -> Act:
    """The act a participant told outside its clause belongs to: the act at ``position`` or the nearest act of
    its sentence, else the last act told before it, else the first."""
    here = [a for a in acts if a.sent == sentence]
    if here:
        return min(here, key=lambda a: abs(a.start - position))
    before = [a for a in acts if a.start <= position]
    return before[-1] if before else acts[0]


def _groups(acts: list[Act], names: NameIndex) -> None:
    """Perpetrators a report once gave with their organisation ("X guerrillas", "guerrillas of the X") are
    that organisation's wherever the report names them again by the same noun ("the guerrillas burned a
    bus"), unless the act names an organisation of its own."""
    if not names.groups:
        return
    for act in acts:
        agents = [arg for arg, role in act.args if role == "agent"]
        if any(arg.kind in ("body", "name") for arg in agents):
            continue
        heads = {arg.forms[0].split()[-1].lower() for arg in agents if arg.kind == "perpetrator"}
        for head in sorted(heads):
            lemma = head[:-1] if head.endswith("s") and head[:-1] in names.groups else head
            first = names.groups.get(lemma, [])[:1]
            act.args.extend((body, "agent") for body in first)
