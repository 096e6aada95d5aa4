"""Incidents of political violence in wire reports set in capitals: class, perpetrators, targets, victims,
instruments, and one incident per class and document."""

from __future__ import annotations

from annalyst.extract.events.incidents import capitalised, sentences

WIRE = (
    "   VELMORA, 3 MAR 71 (ZETA-PRESS) -- [TEXT] URBAN GUERRILLAS LAST NIGHT DYNAMITED THE OFFICES OF\n"
    "THE TARNOVIAN TRADE BANK IN DOWNTOWN VELMORA. THE BOMB DESTROYED THE OFFICES AND TWO VEHICLES.\n\n"
    "   ACCORDING TO THE POLICE, THE ATTACKERS FLED IN A TRUCK.\n"
)


def _by_type(analysis, kind):
    return [e for e in analysis.events if e.type == kind]


def _names(analysis, event, role):
    names = {e.id: e for e in analysis.entities}
    return {names[p.entity].name for p in event.participants if p.role == role and p.entity in names}


def _all_forms(analysis, event, role):
    names = {e.id: e for e in analysis.entities}
    return {f for p in event.participants if p.role == role and p.entity in names
            for f in (names[p.entity].name, *names[p.entity].aliases)}


def test_events_incidents_capitals_and_sentences():
    assert capitalised(WIRE)
    assert not capitalised("Urban guerrillas last night dynamited the offices of the bank in downtown Velmora.")
    spans = sentences("THE U.S. ENVOY LEFT. A BOMB EXPLODED.\n\nIT WAS LATE.")
    assert len(spans) == 3


def test_events_incidents_bombing_with_perpetrators_targets_and_instrument(analyse_text):
    a = analyse_text(WIRE)
    bombings = _by_type(a, "bombing")
    assert bombings, [e.type for e in a.events]
    agents = set().union(*(_all_forms(a, e, "agent") for e in bombings))
    patients = set().union(*(_all_forms(a, e, "patient") for e in bombings))
    instruments = set().union(*(_all_forms(a, e, "instrument") for e in bombings))
    assert "URBAN GUERRILLAS" in agents
    assert "OFFICES" in patients or "OFFICES OF THE TARNOVIAN TRADE BANK" in patients
    assert "BOMB" in instruments
    # one incident: every later mention points at the first
    heads = [e for e in bombings if e.antecedent is None]
    assert len(heads) == 1


def test_events_incidents_described_participants_are_entities_with_their_words(analyse_text):
    a = analyse_text(WIRE)
    text = a.document.text
    described = [e for e in a.entities if e.id.split(":")[-1].startswith("D")]
    assert described
    for entity in described:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text


def test_events_incidents_kidnapping_victim_and_claimed_perpetrator(analyse_text):
    a = analyse_text(
        "   PORT ANSEL, 9 JUN 72 (ZETA-PRESS) -- [TEXT] HEAVILY ARMED MEN YESTERDAY KIDNAPPED\n"
        "BUSINESSMAN MARIO TELVANEZ IN PORT ANSEL. THE LIBERATION FRONT OF THE NORTH CLAIMED\n"
        "RESPONSIBILITY FOR THE KIDNAPPING IN A COMMUNIQUE.\n")
    assert len([e for e in _by_type(a, "kidnapping") if e.antecedent is None]) == 1
    mentions = _by_type(a, "kidnapping")
    patients = set().union(*(_all_forms(a, e, "patient") for e in mentions))
    agents = set().union(*(_all_forms(a, e, "agent") for e in mentions))
    assert "MARIO TELVANEZ" in patients
    assert "ARMED MEN" in agents or "HEAVILY ARMED MEN" in agents


def test_events_incidents_killing_in_a_bombing_sentence_is_its_effect(analyse_text):
    a = analyse_text(
        "   VELMORA, 4 MAR 71 (ZETA-PRESS) -- [TEXT] A CAR BOMB EXPLODED OUTSIDE THE GRAND HOTEL,\n"
        "KILLING THREE PASSERSBY.\n")
    assert _by_type(a, "bombing")
    assert not _by_type(a, "attack")
    forms = set().union(*(_all_forms(a, e, "instrument") for e in _by_type(a, "bombing")))
    assert "CAR BOMB" in forms


def test_events_incidents_not_in_mixed_case_text(analyse_text):
    a = analyse_text("Urban guerrillas dynamited the offices of the Tarnovian Trade Bank in Velmora in 1971.")
    assert not [e for e in a.events if e.id.split(":")[-1].startswith("I")]


def test_events_incidents_other_targets_later_are_another_incident(analyse_text):
    a = analyse_text(
        "   VELMORA, 5 MAR 71 (ZETA-PRESS) -- [TEXT] TERRORISTS BOMBED THE CENTRAL POST OFFICE YESTERDAY.\n\n"
        "   IN ANOTHER INCIDENT, REBELS BOMBED A BUS NEAR THE BORDER.\n")
    heads = [e for e in _by_type(a, "bombing") if e.antecedent is None]
    assert len(heads) == 2


def test_events_incidents_death_of_a_named_person_is_an_attack_on_them(analyse_text):
    a = analyse_text(
        "   VELMORA, 6 MAR 71 (ZETA-PRESS) -- [TEXT] THE POLICE ARE INVESTIGATING THE DEATH OF CARLOS\n"
        "MENDAVIO, WHO WAS FOUND IN HIS CAR YESTERDAY.\n")
    attacks = _by_type(a, "attack")
    assert attacks
    assert any("MENDAVIO" in f for e in attacks for f in _all_forms(a, e, "patient"))


def test_events_incidents_killing_of_a_bombing_victim_is_the_bombing(analyse_text):
    a = analyse_text(
        "   VELMORA, 7 MAR 71 (ZETA-PRESS) -- [TEXT] THE GOVERNMENT CONDEMNED THE KILLING OF JUDGE CARLOS\n"
        "MENDAVIO.\n\n   MENDAVIO WAS KILLED WHEN A BOMB PLACED ON HIS CAR BY TERRORISTS EXPLODED.\n")
    assert _by_type(a, "bombing")
    assert not _by_type(a, "attack")


def test_events_incidents_responsible_for_the_act_is_its_agent(analyse_text):
    a = analyse_text(
        "   VELMORA, 8 MAR 71 (ZETA-PRESS) -- [TEXT] UNIDENTIFIED GUNMEN MURDERED JUDGE CARLOS MENDAVIO\n"
        "YESTERDAY.\n\n   THE POLICE SAID THAT DRUG TRAFFICKING BANDS WERE RESPONSIBLE FOR THE MURDER.\n")
    agents = set().union(*(_all_forms(a, e, "agent") for e in _by_type(a, "attack")))
    assert any("BANDS" in f for f in agents), agents


def test_events_incidents_those_involved_in_or_accused_of_the_act_are_its_agents(analyse_text):
    a = analyse_text(
        "   VELMORA, 9 MAR 71 (ZETA-PRESS) -- [TEXT] THE COURT WILL TRY THE SOLDIERS INVOLVED IN THE\n"
        "MASSACRE OF SIX PEASANTS. TWO OFFICERS WERE ALSO ACCUSED OF THE MASSACRE.\n")
    agents = set().union(*(_all_forms(a, e, "agent") for e in _by_type(a, "attack")))
    assert any("SOLDIERS" in f for f in agents), agents
    assert any("OFFICERS" in f for f in agents), agents


def test_events_incidents_responsible_authorities_hold_no_one_responsible(analyse_text):
    a = analyse_text(
        "   VELMORA, 10 MAR 71 (ZETA-PRESS) -- [TEXT] TERRORISTS BOMBED THE CENTRAL POST OFFICE.\n\n"
        "   THE MINISTER RESPONSIBLE FOR TRANSPORT VISITED THE SITE.\n")
    agents = set().union(*(_all_forms(a, e, "agent") for e in _by_type(a, "bombing")))
    assert not any("MINISTER" in f for f in agents), agents


def test_events_incidents_anyone_elsewhere_in_the_sentence_is_no_perpetrator_unless_armed(analyse_text):
    a = analyse_text(
        "   VELMORA, 11 MAR 71 (ZETA-PRESS) -- [TEXT] A BOMB EXPLODED AT THE CENTRAL MARKET WHILE TWO WOMEN\n"
        "WERE SHOPPING. WITNESSES SAID THAT THE BOMB EXPLODED AFTER ARMED MEN HAD FLED IN A TRUCK.\n")
    agents = set().union(*(_all_forms(a, e, "agent") for e in _by_type(a, "bombing")))
    assert not any("WOMEN" in f for f in agents), agents
    assert any("ARMED MEN" in f for f in agents), agents


def test_events_incidents_organisation_of_perpetrators_whole_name_and_later_mentions(analyse_text):
    a = analyse_text(
        "   VELMORA, 14 MAR 71 (ZETA-PRESS) -- [TEXT] THE POLICE SAID THAT GUERRILLAS OF THE ZORVAN PATRIOTIC\n"
        "ARMY (ZPA) KILLED TWO PEASANTS LAST NIGHT.\n\n   THE GUERRILLAS ALSO BURNED A BUS.\n")
    killers = set().union(*(_all_forms(a, e, "agent") for e in _by_type(a, "attack")))
    assert "ZORVAN PATRIOTIC ARMY" in killers, killers
    assert "ZPA" in killers, killers
    burners = set().union(*(_all_forms(a, e, "agent") for e in _by_type(a, "arson")))
    assert "ZORVAN PATRIOTIC ARMY" in burners, burners


def test_events_incidents_who_died_in_the_act_is_its_victim(analyse_text):
    a = analyse_text(
        "   VELMORA, 15 MAR 71 (ZETA-PRESS) -- [TEXT] A TRAIN WAS DERAILED AFTER HITTING A DYNAMITE CHARGE.\n"
        "INSPECTOR CARLOS MENDAVIO DIED IN THE EXPLOSION.\n")
    victims = set().union(*(_all_forms(a, e, "patient") for e in _by_type(a, "bombing")))
    assert any("MENDAVIO" in f for f in victims), victims


def test_events_incidents_what_the_report_says_was_damaged_is_a_target(analyse_text):
    a = analyse_text(
        "   VELMORA, 16 MAR 71 (ZETA-PRESS) -- [TEXT] A BOMB EXPLODED IN DOWNTOWN VELMORA LAST NIGHT. TWO\n"
        "VEHICLES WERE DESTROYED AND SEVERAL HOUSES WERE DAMAGED.\n")
    targets = set().union(*(_all_forms(a, e, "patient") for e in _by_type(a, "bombing")))
    assert any("VEHICLES" in f for f in targets), targets
    assert any("HOUSES" in f for f in targets), targets


def test_events_incidents_weapons_used_for_an_act_are_its_and_not_another_sentences(analyse_text):
    a = analyse_text(
        "   VELMORA, 17 MAR 71 (ZETA-PRESS) -- [TEXT] A BOMB EXPLODED IN DOWNTOWN VELMORA LAST NIGHT.\n\n"
        "   IN ANOTHER INCIDENT, THE SOLDIERS USED MACHETES FOR THE KILLINGS OF FIVE PEASANTS.\n")
    bombing = set().union(*(_all_forms(a, e, "instrument") for e in _by_type(a, "bombing")))
    killing = set().union(*(_all_forms(a, e, "instrument") for e in _by_type(a, "attack")))
    assert "MACHETES" not in bombing
    assert "MACHETES" in killing


def test_events_incidents_weapon_named_by_its_fire_is_the_instrument(analyse_text):
    a = analyse_text(
        "   VELMORA, 18 MAR 71 (ZETA-PRESS) -- [TEXT] URBAN GUERRILLAS ATTACKED THE PRESIDENTIAL PALACE IN\n"
        "VELMORA WITH MORTAR AND RIFLE FIRE TONIGHT.\n")
    weapons = set().union(*(_all_forms(a, e, "instrument") for e in _by_type(a, "attack")))
    assert {"MORTAR", "RIFLE"} <= weapons, weapons


def test_events_incidents_attack_with_explosives_is_a_bombing(analyse_text):
    a = analyse_text(
        "   VELMORA, 19 MAR 71 (ZETA-PRESS) -- [TEXT] URBAN GUERRILLAS ATTACKED THE CENTRAL POST OFFICE WITH\n"
        "DYNAMITE LAST NIGHT.\n\n   IN ANOTHER INCIDENT, REBELS ATTACKED A PASSENGER BUS WITH RIFLES.\n")
    bombings = _by_type(a, "bombing")
    assert bombings
    assert "DYNAMITE" in set().union(*(_all_forms(a, e, "instrument") for e in bombings))
    assert any("RIFLES" in f for e in _by_type(a, "attack") for f in _all_forms(a, e, "instrument"))


def test_events_incidents_armed_forces_fighting_each_other_are_no_incident(analyse_text):
    a = analyse_text(
        "   VELMORA, 20 MAR 71 (ZETA-PRESS) -- [TEXT] REBELS AMBUSHED TWENTY SOLDIERS NEAR THE TOWN OF\n"
        "KESTRO YESTERDAY.\n\n   IN ANOTHER INCIDENT, SOLDIERS MURDERED FIVE PEASANTS IN THE TOWN OF DARNE.\n")
    words = {m.text for e in a.events for m in e.mentions if e.type in ("attack", "bombing")}
    assert "AMBUSHED" not in words, words  # rebels against a patrol: a military clash
    assert "MURDERED" in words, words  # soldiers against peasants: an incident


def test_events_incidents_clash_rule_keeps_attacks_on_police_and_buildings(analyse_text):
    a = analyse_text(
        "   VELMORA, 21 MAR 71 (ZETA-PRESS) -- [TEXT] REBELS ATTACKED A POLICE POST IN THE TOWN OF KESTRO\n"
        "YESTERDAY.\n")
    assert _by_type(a, "attack"), [e.type for e in a.events]


def test_events_incidents_victim_name_cut_short_by_the_capitals_gets_its_given_name(analyse_text):
    a = analyse_text(
        "   VELMORA, 22 MAR 71 (ZETA-PRESS) -- [TEXT] UNIDENTIFIED GUNMEN MURDERED STUDENT EDUARDO TARNOVSKI\n"
        "VELKANDRO IN THE TOWN OF KESTRO YESTERDAY.\n")
    victims = set().union(*(_all_forms(a, e, "patient") for e in _by_type(a, "attack")))
    assert not victims or any(v.startswith("EDUARDO") for v in victims), victims
