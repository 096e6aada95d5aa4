"""Merging event mentions across documents: date precision, date conflicts, unrelated events."""

from __future__ import annotations

from dataclasses import replace

from annalyst.model import Entity, Event, Participant, Span
from annalyst.resolve.events import merge_events


def _coups(dossier):
    return [e for e in dossier.events if e.type == "coup"]


def test_events_same_event_with_different_date_precision_merges(analyse_texts):
    dossier = analyse_texts([
        "In March 1962, Colonel Frank Miller overthrew President George Harris.",
        "On 14 March 1962 Colonel Frank Miller overthrew the government of President George Harris.",
        "The harvest of 1962 was poor.",
    ])
    [coup] = _coups(dossier)
    assert {m.doc for m in coup.mentions} == {"doc0", "doc1"}
    assert coup.date == "1962-03-14"  # the most precise date wins
    [link] = [x for x in dossier.links if x.kind == "same_event"]
    assert {link.a, link.b} <= set(coup.merged_from)
    assert "doc0" in link.explanation and "doc1" in link.explanation
    assert "Miller" in link.explanation


def test_events_date_conflict_gives_a_finding_not_two_events(analyse_texts):
    dossier = analyse_texts([
        "Colonel Frank Miller overthrew President George Harris in March 1962.",
        "Colonel Frank Miller overthrew President George Harris in May 1962.",
    ])
    [coup] = _coups(dossier)
    assert {m.doc for m in coup.mentions} == {"doc0", "doc1"}
    [finding] = [f for f in dossier.findings if f.kind == "date_conflict"]
    assert coup.id in finding.refs
    assert "1962-03" in finding.message and "1962-05" in finding.message


def test_events_unrelated_events_do_not_merge(analyse_texts):
    dossier = analyse_texts([
        "In 1962 Colonel Frank Miller overthrew President George Harris.",
        "In 1975 General Samuel Okafor overthrew President Daniel Mensah.",
    ])
    coups = _coups(dossier)
    assert len(coups) == 2
    assert all(len({m.doc for m in c.mentions}) == 1 for c in coups)
    assert not [x for x in dossier.links if x.kind == "same_event"]


def _event(doc, start, kind, date, people, source="timex", antecedent=None):
    return Event(id=f"{doc}:V{start}", type=kind, label=kind, date=date, date_end=None,
                 participants=tuple(Participant(p, "agent") for p in people), place=None,
                 mentions=(Span(doc, start, start + 4, "word"),), date_source=source, antecedent=antecedent)


ENTITIES = [Entity(e, e.title(), "PERSON", (e.title(),), (), ()) for e in ("miller", "harris", "okafor")]


def test_events_merge_undated_mention_needs_two_shared_participants():
    events = [_event("a", 0, "meeting", "1962-03", ["miller", "harris"]),
              _event("b", 0, "meeting", None, ["miller", "harris"], source=None),
              _event("c", 0, "meeting", None, ["miller"], source=None)]
    merged, links, mapping, _ = merge_events(events, ENTITIES)
    assert mapping["a:V0"] == mapping["b:V0"] != mapping["c:V0"]
    assert len(merged) == 2
    assert len(links) == 1


def test_events_merge_follows_antecedents_and_keeps_every_mention():
    events = [_event("a", 0, "coup", "1962-03", ["miller"]),
              _event("a", 50, "coup", None, [], source=None, antecedent="a:V0"),
              _event("a", 90, "coup", "1975", ["okafor"])]
    merged, links, mapping, findings = merge_events(events, ENTITIES)
    assert mapping["a:V50"] == "a:V0"
    [first] = [e for e in merged if e.id == "a:V0"]
    assert len(first.mentions) == 2
    assert len(merged) == 2
    assert not links and not findings


def test_events_narrative_date_does_not_split_a_firmly_dated_event():
    events = [_event("a", 0, "meeting", "1976-06-08", ["miller", "harris"]),
              _event("a", 80, "meeting", "1973", ["miller"], source="narrative")]
    merged, _, _, findings = merge_events(events, ENTITIES)
    [event] = merged
    assert event.date == "1976-06-08"
    assert not findings


def test_events_same_event_link_ends_are_mention_ids_in_the_dossier(analyse_texts):
    dossier = analyse_texts([
        "In March 1962, Colonel Frank Miller overthrew President George Harris.",
        "Many diplomats were surprised. On 14 March 1962 Colonel Frank Miller overthrew President George Harris.",
    ])
    [coup] = _coups(dossier)
    [link] = [x for x in dossier.links if x.kind == "same_event"]
    assert len(coup.mention_ids) == len(coup.mentions)
    sides = dict(zip(coup.mention_ids, coup.mentions, strict=True))
    assert link.a in sides and link.b in sides
    assert {sides[link.a].doc, sides[link.b].doc} == {"doc0", "doc1"}


def test_events_same_day_same_class_merges_across_sources_without_shared_names(analyse_texts):
    dossier = analyse_texts([
        "On 4 May 1921 the Free Miners' Federation called a strike.",
        "On 4 May 1921 the dockworkers went on strike in the port of Lorinville.",
    ])
    strikes = [e for e in dossier.events if e.type == "strike"]
    assert len(strikes) == 1
    assert {m.doc for m in strikes[0].mentions} == {"doc0", "doc1"}


def test_events_same_day_events_with_different_patients_stay_apart(analyse_texts):
    dossier = analyse_texts([
        "On 4 May 1921 the police arrested the editor Paul Dupont.",
        "On 4 May 1921 the police arrested the senator John Walsh.",
    ])
    arrests = [e for e in dossier.events if e.type == "arrest"]
    assert len(arrests) == 2


def test_events_nameless_mention_joins_the_one_compatible_event_of_another_source(analyse_texts):
    one = analyse_texts([
        "In March 1962, Colonel Frank Miller overthrew President George Harris.",
        "The harvest was poor. The coup of 1962 surprised the diplomats.",
    ])
    [coup] = _coups(one)
    assert {m.doc for m in coup.mentions} == {"doc0", "doc1"}
    two = analyse_texts([
        "In March 1962, Colonel Frank Miller overthrew President George Harris. "
        "In June 1962, General Samuel Okafor overthrew President Daniel Mensah.",
        "The harvest was poor. The coup of 1962 surprised the diplomats.",
    ])
    assert all(len({m.doc for m in c.mentions}) == 1 for c in _coups(two))


def test_events_one_victim_killed_on_different_days_is_one_killing_with_a_conflict(analyse_texts):
    dossier = analyse_texts([
        "The editor Paul Renner was shot dead in Graz on 2 June 1983.",
        "Paul Renner was murdered on 3 June 1983. Police said the shooting was an accident.",
    ])
    killings = [e for e in dossier.events if e.type == "killing"]
    assert len(killings) == 1
    assert {m.doc for m in killings[0].mentions} == {"doc0", "doc1"}
    assert [f for f in dossier.findings if f.kind == "date_conflict"]


def test_events_two_victims_killed_the_same_year_stay_apart(analyse_texts):
    dossier = analyse_texts([
        "The editor Paul Renner was shot dead in Graz on 2 June 1983.",
        "The judge Otto Brandl was murdered on 9 June 1983.",
    ])
    killings = [e for e in dossier.events if e.type == "killing"]
    assert len(killings) == 2


def test_events_a_season_holds_a_day_of_it(analyse_texts):
    dossier = analyse_texts([
        "In the spring of 1962 Atlas Holdings bought the Kessel shipyard.",
        "On 14 April 1962 Atlas Holdings bought the Kessel shipyard for $4 million.",
    ])
    sales = [e for e in dossier.events if e.type == "sale"]
    assert len(sales) == 1 and sales[0].date == "1962-04-14"
    assert not [f for f in dossier.findings if f.kind == "date_conflict"]


def test_events_a_shared_description_does_not_make_two_reports_one_event():
    # two attacks on one day, each by "armed men" (a description, typed OTHER), on two different towns
    def attack(doc, town):
        return Event(id=f"{doc}:V1", type="attack", label="attack", date="1988-03-02", date_end=None,
                     participants=(Participant("men", "agent"), Participant(town, "patient")), place=None,
                     mentions=(Span(doc, 1, 7, "attack"),), date_source="timex")

    towns = [Entity(t, t.title(), "GPE", (), (), ()) for t in ("kessel", "tarn")]
    described = Entity("men", "armed men", "OTHER", (), (), ())
    merged, links, _, _ = merge_events([attack("d1", "kessel"), attack("d2", "tarn")], [described, *towns])
    assert len(merged) == 2 and not links
    # named attackers are an identity: the same group on the same day is one event told twice
    group = Entity("men", "the Front", "ORG", (), (), ())
    merged, _, _, _ = merge_events([attack("d1", "kessel"), attack("d2", "tarn")], [group, *towns])
    assert len(merged) == 1


def _incident(doc, kind, date, roles, source="timex"):
    return Event(id=f"{doc}:V1", type=kind, label=kind, date=date, date_end=None,
                 participants=tuple(Participant(e, r) for e, r in roles), place=None,
                 mentions=(Span(doc, 1, 7, kind),), date_source=source)


STATES = [Entity(x, x.title(), "GPE", (), (), tuple(Span(d, 0, 1, x) for d in ("d1", "d2", "d3")))
          for x in ("varnland", "ostria", "pellmar")]


def test_events_a_strike_by_a_state_on_a_state_is_the_attack_another_source_reports():
    events = [_incident("d1", "attack", "2031-05-04", [("varnland", "agent"), ("ostria", "patient")]),
              _incident("d2", "strike", "2031-05-04", [("ostria", "patient")], source="narrative")]
    merged, links, _, _ = merge_events(events, STATES)
    [attack] = merged
    assert attack.type == "attack" and len(links) == 1
    # dockers striking against their employer stop work: no attack
    union = [*STATES, Entity("dock", "the Dockers' Union", "ORG", (), (), ()),
             Entity("firm", "Kesselwerk", "ORG", (), (), ())]
    stoppage = _incident("d2", "strike", "2031-05-04", [("dock", "agent"), ("firm", "patient")])
    merged, _, _, _ = merge_events([events[0], stoppage], union)
    assert sorted(e.type for e in merged) == ["attack", "strike"]


def test_events_a_strike_by_an_armed_force_is_an_attack():
    force = Entity("air", "the Northern Air Force", "ORG", (), (), ())
    events = [_incident("d1", "strike", "2031-05-04", [("air", "agent")])]
    [event], _, _, _ = merge_events(events, [force])
    assert event.type == "attack"


def test_events_a_later_report_of_an_undated_attack_is_the_one_dated_shortly_before():
    firm = _incident("d1", "attack", "2031-05-04", [("varnland", "agent"), ("ostria", "patient")])
    # the memorandum of the 9th speaks of "the attack on Ostria", dated only by its own day
    later = _incident("d2", "attack", "2031-05-09", [("ostria", "patient")], source="narrative")
    merged, links, _, _ = merge_events([firm, later], STATES, {"d1": "2031-05-04", "d2": "2031-05-09"})
    assert len(merged) == 1 and len(links) == 1
    assert merged[0].date == "2031-05-04"
    # months later, it may be another attack
    merged, _, _, _ = merge_events([firm, later], STATES, {"d1": "2031-05-04", "d2": "2031-09-09"})
    assert len(merged) == 2
    # a report that never names the attacker speaks of some other attack
    unnamed = [replace(e, mentions=tuple(m for m in e.mentions if m.doc != "d2")) if e.id == "varnland" else e
               for e in STATES]
    merged, _, _, _ = merge_events([firm, later], unnamed, {"d1": "2031-05-04", "d2": "2031-05-09"})
    assert len(merged) == 2


def test_events_a_later_report_cannot_say_which_of_two_attacks_it_means():
    one = _incident("d1", "attack", "2031-05-04", [("varnland", "agent"), ("ostria", "patient")])
    two = _incident("d3", "attack", "2031-05-06", [("pellmar", "agent"), ("varnland", "patient")])
    nameless = _incident("d2", "attack", "2031-05-09", [], source="narrative")
    merged, _, _, _ = merge_events([one, two, nameless], STATES, {"d2": "2031-05-09"})
    assert len(merged) == 3
    # naming the target tells which
    named = _incident("d2", "attack", "2031-05-09", [("ostria", "patient")], source="narrative")
    merged, _, mapping, _ = merge_events([one, two, named], STATES, {"d2": "2031-05-09"})
    assert mapping["d2:V1"] == mapping["d1:V1"]
