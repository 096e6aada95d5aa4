"""Each correction on a small invented dossier: what changes, what every reference becomes, and what is
reported when a correction no longer finds its target."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema

from annalyst.export.dossier import dossier_to_dict
from annalyst.model import Dossier, Entity, Participant
from annalyst.review import Correction, apply_corrections, target_of

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "dossier.schema.json").read_text("utf-8"))

def _correction(n: int, op: str, *targets, **fields) -> Correction:
    return Correction(n=n, op=op, by="tester", at="2031-01-01T00:00:00Z", why="a test",
                      targets=tuple(target_of(t) for t in targets), **fields)


def _valid(d: Dossier) -> None:
    data = dossier_to_dict(d)
    jsonschema.validate(json.loads(json.dumps(data)), SCHEMA)
    ids = {e["id"] for e in data["entities"]}
    texts = {doc.id: doc.text for doc in d.documents}
    for q in data["quotes"]:
        assert {q["speaker"], q["addressee"]} - {None} <= ids
    for c in data["claims"]:
        assert c["holder"] in ids | {None, "author"}
    for e in data["events"]:
        assert {p["entity"] for p in e["participants"]} | ({e["place"]} - {None}) <= ids
    for e in data["entities"]:
        for m in e["mentions"]:
            assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]


def _entity(d: Dossier, eid: str) -> Entity:
    return next(e for e in d.entities if e.id == eid)


def test_apply_merge_takes_mentions_aliases_and_every_reference(dossier):
    mira, molsen = dossier.entities[:2]
    fixed, (outcome,) = apply_corrections(dossier, [_correction(1, "merge", mira, molsen)])
    assert outcome.status == "applied"
    assert "person:m-olsen" not in {e.id for e in fixed.entities}
    merged = _entity(fixed, "person:mira-olsen")
    assert merged.name == "Mira Olsen" and merged.type == "PERSON"
    assert merged.aliases == ("Mira Olsen", "Olsen", "M. Olsen") and merged.descriptors == ("traveller",)
    assert len(merged.mentions) == 6 and [m.doc for m in merged.mentions] == ["d1"] * 3 + ["d2"] * 3
    assert {q.speaker for q in fixed.quotes} == {"person:mira-olsen"}
    assert {c.holder for c in fixed.claims} == {"person:mira-olsen"}
    (event,) = fixed.events
    assert event.participants == (Participant("person:mira-olsen", "agent"), Participant("person:tarn-vell", "patient"))
    assert fixed.findings[1].refs == ("person:mira-olsen",)
    _valid(fixed)


def test_apply_merge_finds_its_entities_after_their_ids_changed(dossier):
    mira, molsen = dossier.entities[:2]
    correction = _correction(1, "merge", mira, molsen)
    # a re-run with one more source: both get other ids (a fuller name, a collision), the mentions stay
    renamed = {"person:mira-olsen": "person:mira-a-olsen", "person:m-olsen": "person:m-olsen-2"}
    rerun = replace(
        dossier,
        entities=tuple(replace(e, id=renamed.get(e.id, e.id), name="Mira A. Olsen" if e is mira else e.name)
                       for e in dossier.entities),
        quotes=tuple(replace(q, speaker=renamed[q.speaker]) for q in dossier.quotes),
        claims=tuple(replace(c, holder=renamed[c.holder]) for c in dossier.claims),
        events=tuple(replace(e, participants=tuple(Participant(renamed.get(p.entity, p.entity), p.role)
                                                   for p in e.participants)) for e in dossier.events))
    fixed, (outcome,) = apply_corrections(rerun, [correction])
    assert outcome.status == "applied"
    assert [e.id for e in fixed.entities if e.type == "PERSON" and "Olsen" in e.name] == ["person:mira-a-olsen"]
    assert {q.speaker for q in fixed.quotes} == {"person:mira-a-olsen"}
    _valid(fixed)


def test_apply_merge_whose_entity_vanished_is_reported(dossier):
    mira, molsen = dossier.entities[:2]
    correction = _correction(1, "merge", mira, molsen)
    without_d2 = replace(dossier, documents=dossier.documents[:1], entities=(mira, *dossier.entities[2:]))
    fixed, (outcome,) = apply_corrections(without_d2, [correction])
    assert outcome.status == "unmatched" and not outcome.applies
    assert "person:m-olsen (M. Olsen)" in outcome.note and "nothing left to merge" in outcome.note
    assert fixed == without_d2


def test_apply_merge_of_what_the_analysis_already_joined_still_applies(dossier):
    mira, molsen = dossier.entities[:2]
    correction = _correction(1, "merge", mira, molsen)
    once, _ = apply_corrections(dossier, [correction])
    again, (outcome,) = apply_corrections(once, [correction])
    assert outcome.status == "applied" and again == once


def test_apply_split_moves_mentions_and_the_references_of_their_documents(dossier):
    merged, _ = apply_corrections(dossier, [_correction(1, "merge", *dossier.entities[:2])])
    whole = _entity(merged, "person:mira-olsen")
    moved = tuple(f"d2:{m.start}-{m.end}" for m in whole.mentions if m.doc == "d2")
    fixed, (outcome,) = apply_corrections(merged, [_correction(2, "split", whole, mentions=moved, name="Mads Olsen")])
    assert outcome.status == "applied"
    left, new = _entity(fixed, "person:mira-olsen"), _entity(fixed, "person:mads-olsen")
    assert [m.doc for m in left.mentions] == ["d1"] * 3 and [m.doc for m in new.mentions] == ["d2"] * 3
    assert "M. Olsen" not in left.aliases and new.aliases == ("M. Olsen",)
    assert new.type == "PERSON" and fixed.entities.index(new) == fixed.entities.index(left) + 1
    assert {q.doc: q.speaker for q in fixed.quotes} == {"d1": left.id, "d2": new.id}
    assert {c.doc: c.holder for c in fixed.claims} == {"d1": left.id, "d2": new.id}
    (event,) = fixed.events  # reported by both documents: it keeps the entity that is still in both
    assert event.participants[0].entity == left.id
    _valid(fixed)


def test_apply_split_reports_mentions_that_left_the_entity(dossier):
    mira = dossier.entities[0]
    gone = "d1:500-510"
    kept = f"d1:{mira.mentions[1].start}-{mira.mentions[1].end}"
    fixed, (outcome,) = apply_corrections(dossier, [_correction(1, "split", mira, mentions=(kept, gone))])
    assert outcome.status == "partial" and "1 of the 2 mention(s)" in outcome.note
    assert [m.text for m in _entity(fixed, "person:olsen").mentions] == ["Olsen"]
    _, (outcome,) = apply_corrections(dossier, [_correction(1, "split", mira, mentions=(gone,))])
    assert outcome.status == "unmatched"


def test_apply_rename_and_retype_keep_the_id(dossier):
    league = dossier.entities[4]
    fixed, outcomes = apply_corrections(dossier, [_correction(1, "rename", league, name="The Vell League"),
                                                  _correction(2, "retype", league, type="ORG")])
    assert [o.status for o in outcomes] == ["applied", "applied"]
    changed = _entity(fixed, league.id)
    assert (changed.name, changed.type, changed.mentions) == ("The Vell League", "ORG", league.mentions)
    _, (bad,) = apply_corrections(dossier, [_correction(1, "retype", league, type="PLANET")])
    assert bad.status == "invalid" and "PERSON" in bad.note


def test_apply_reject_quote_takes_its_links_with_it(dossier):
    q1 = dossier.quotes[0]
    fixed, (outcome,) = apply_corrections(dossier, [_correction(1, "reject", q1)])
    assert outcome.status == "applied"
    assert [q.id for q in fixed.quotes] == [dossier.quotes[1].id]
    assert [link.kind for link in fixed.links] == ["same_event", "contradicts"]
    _valid(fixed)


def test_apply_reject_event_leaves_no_link_claim_subject_or_finding_on_it(dossier):
    fixed, (outcome,) = apply_corrections(dossier, [_correction(1, "reject", dossier.events[0])])
    assert outcome.status == "applied" and not fixed.events
    assert [link.kind for link in fixed.links] == ["same_quote", "contradicts"]
    assert fixed.claims[1].about == ()
    assert [f.kind for f in fixed.findings] == ["odd_speaker"]
    _valid(fixed)


def test_apply_reject_claim_and_link(dossier):
    c1 = dossier.claims[0]
    fixed, outcomes = apply_corrections(dossier, [_correction(1, "reject", c1),
                                                  _correction(2, "reject", dossier.links[1])])
    assert [o.status for o in outcomes] == ["applied", "applied"]
    assert [c.id for c in fixed.claims] == [dossier.claims[1].id] and fixed.claims[0].target is None
    assert [link.kind for link in fixed.links] == ["same_event"]
    _valid(fixed)


def test_apply_reject_finds_an_event_by_its_mentions_when_its_id_changed(dossier):
    event = dossier.events[0]
    correction = _correction(1, "reject", event)
    rerun = replace(dossier, events=(replace(event, id=event.mention_ids[1]),))  # another document came first
    fixed, (outcome,) = apply_corrections(rerun, [correction])
    assert outcome.status == "applied" and not fixed.events


def test_apply_reject_of_what_is_gone_is_reported(dossier):
    q1 = dossier.quotes[0]
    later = replace(dossier, quotes=dossier.quotes[1:])
    fixed, (outcome,) = apply_corrections(later, [_correction(1, "reject", q1)])
    assert outcome.status == "unmatched" and q1.id in outcome.note and fixed == later


def test_apply_accept_undoes_a_reject_and_marks_other_items_reviewed(dossier):
    q1 = dossier.quotes[0]
    corrections = [_correction(1, "reject", q1), _correction(2, "accept", q1, undoes=1),
                   _correction(3, "accept", dossier.entities[2])]
    fixed, outcomes = apply_corrections(dossier, corrections)
    assert [o.status for o in outcomes] == ["undone", "applied", "applied"]
    assert outcomes[0].note == "undone by #2" and outcomes[2].note == "reviewed"
    assert fixed == dossier


def test_apply_corrections_in_order_each_on_what_the_last_left(dossier):
    mira, molsen = dossier.entities[:2]
    merged, _ = apply_corrections(dossier, [_correction(1, "merge", mira, molsen)])
    rename = _correction(2, "rename", _entity(merged, mira.id), name="Mira M. Olsen")
    fixed, outcomes = apply_corrections(dossier, [_correction(1, "merge", mira, molsen), rename])
    assert [o.status for o in outcomes] == ["applied", "applied"]
    assert _entity(fixed, mira.id).name == "Mira M. Olsen" and len(_entity(fixed, mira.id).mentions) == 6


def test_apply_split_the_analysis_now_makes_itself_applies_to_that_entity(dossier):
    mira, molsen = dossier.entities[:2]
    merged, _ = apply_corrections(dossier, [_correction(1, "merge", mira, molsen)])
    whole = _entity(merged, mira.id)
    moved = tuple(f"d2:{m.start}-{m.end}" for m in whole.mentions if m.doc == "d2")
    split = _correction(2, "split", whole, mentions=moved, name="Mads Olsen")
    # a re-run in which the resolver keeps the two apart on its own: nothing to split, the name still given
    fixed, (outcome,) = apply_corrections(dossier, [split])
    assert outcome.status == "applied" and "already keeps them apart, in person:m-olsen" in outcome.note
    assert _entity(fixed, molsen.id).name == "Mads Olsen"
