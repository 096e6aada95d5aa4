"""The learned check of incidents: trained by a script on messages in the incident-template key format, used
only when configured, and what it removes when it is. Every message here is invented."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest

from annalyst.extract.events.incidents import learned, train

BOMBING = (
    "   VELMORA, 3 MAR 71 (ZETA-PRESS) -- [TEXT] URBAN GUERRILLAS LAST NIGHT DYNAMITED THE OFFICES OF\n"
    "THE TARNOVIAN TRADE BANK IN DOWNTOWN VELMORA. THE BOMB DESTROYED THE OFFICES AND TWO VEHICLES.\n"
)
KIDNAPPING = (
    "   ORSKA, 9 APR 71 (ZETA-PRESS) -- [TEXT] ARMED MEN KIDNAPPED BUSINESSMAN TOMAS VARNEK IN ORSKA\n"
    "YESTERDAY. THE KIDNAPPERS DEMANDED A RANSOM.\n"
)
SPEECH = (
    "   VELMORA, 5 MAR 71 (ZETA-PRESS) -- [TEXT] THE TARNOVIAN PRESIDENT TODAY ADDRESSED THE CONGRESS ON\n"
    "THE ECONOMY AND THE NEW BUDGET. HE SAID EXPORTS HAD GROWN DURING THE YEAR.\n"
)
CLASH = (
    "   ORSKA, 11 APR 71 (ZETA-PRESS) -- [TEXT] ARMY TROOPS CLASHED WITH A REBEL COLUMN IN THE HILLS NEAR\n"
    "ORSKA. THE ARMY SAID SIX REBELS WERE KILLED IN THE FIGHTING.\n"
)


def _write_set(folder, n_copies: int = 3):
    """An invented training set in the MUC key format: bombings and kidnappings with their keys, speeches and
    clashes without."""
    records, documents, incidents = [], [], []
    for copy in range(n_copies):
        for kind, text in (("b", BOMBING), ("k", KIDNAPPING), ("s", SPEECH), ("c", CLASH)):
            rid = f"INV-{kind}{copy}"
            records.append({"id": rid, "title": None, "published": "1971-03-03", "text": text})
            relevant = kind in ("b", "k")
            documents.append({"file": rid, "set": "INV", "published": "1971-03-03", "relevant": relevant,
                              "incidents": int(relevant)})
            if kind == "b":
                incidents.append({"file": rid, "template": 1, "optional": False, "type": ["BOMBING"],
                                  "perpetrator_individuals": [["URBAN GUERRILLAS"]], "perpetrator_orgs": [],
                                  "targets": [["OFFICES OF THE TARNOVIAN TRADE BANK", "OFFICES"]],
                                  "victims": [], "instruments": [["BOMB"]]})
            elif kind == "k":
                incidents.append({"file": rid, "template": 1, "optional": False, "type": ["KIDNAPPING"],
                                  "perpetrator_individuals": [["ARMED MEN"]], "perpetrator_orgs": [],
                                  "targets": [], "victims": [["TOMAS VARNEK"]], "instruments": []})
    (folder / "inv.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "inv.gold.json").write_text(json.dumps({"documents": documents, "incidents": incidents}),
                                          encoding="utf-8")


def test_incident_model_normal_forms_compare_as_key_fillers():
    assert train.normal("The F.M.L.N.'s  Urban-Front") == "fmln urban front"
    assert train.normal("A Bomb") == "bomb"


def test_incident_model_trains_on_a_tiny_invented_set_and_is_used_when_configured(tmp_path, monkeypatch,
                                                                                  analyse_text):
    _write_set(tmp_path)
    out = tmp_path / "cache" / "model.pkl"
    assert train.main(["--data", str(tmp_path), "--prefix", "inv", "--out", str(out), "--folds", "2"]) == 0
    with open(out, "rb") as stream:
        model = pickle.load(stream)
    assert isinstance(model, learned.IncidentModel)
    assert len(model.thresholds) == 4 and all(0 < t <= 1.01 for t in model.thresholds)
    messages = train.read_messages(tmp_path, "inv")
    assert model.version == train.training_hash(messages)
    # the message classifier learned which messages report incidents
    p_bombing, p_speech = model.message.predict_proba([BOMBING, SPEECH])[:, 1]
    assert p_bombing > p_speech

    monkeypatch.delenv(learned.ENV, raising=False)
    assert learned.configured() is None
    monkeypatch.setenv(learned.ENV, str(out))
    assert learned.configured() is not None
    analysis = analyse_text(BOMBING, published="1971-03-03")
    assert analysis.events  # the message still reads as a report of events


def test_incident_model_training_labels_follow_the_key(tmp_path, nlp):
    _write_set(tmp_path, n_copies=1)
    messages = train.read_messages(tmp_path, "inv")
    labelled = {}
    for message, ctx, events, described in train.read_by_rules(messages):
        labelled[message.document.id] = train.examples(message, ctx, events, described)
    bombing = labelled["INV-b0"]
    assert bombing.incidents and bombing.incidents[0][1] == 1  # the bombing is an incident of the key
    assert any(y for _, y in bombing.participants)  # some participant names a key filler
    assert len(bombing.owner) == len(bombing.participants)
    assert all(y == 0 for _, y in labelled["INV-c0"].incidents)  # no key: whatever the rules read is not one
    kidnapping = labelled["INV-k0"]
    # the victim's name fills the victims slot whether the rules or the candidates gave it
    named = [y for _, y in kidnapping.participants] + [y != "none" for _, y in kidnapping.candidates]
    assert any(named)


def test_incident_model_slots_by_role_and_type():
    assert train.slot_of("agent", "ORG") == "perpetrator_orgs"
    assert train.slot_of("agent", "OTHER") == "perpetrator_individuals"
    assert train.slot_of("patient", "PERSON") == "victims"
    assert train.slot_of("patient", "FAC") == "targets"
    assert train.slot_of("instrument", "OTHER") == "instruments"


class _Constant:
    """A classifier that gives every row the same probability."""

    def __init__(self, p: float):
        self.p = p

    def predict_proba(self, rows):
        return np.array([[1 - self.p, self.p] for _ in rows])


@pytest.mark.parametrize(("message", "participant", "incidents", "participants"), [
    (0.9, 0.9, True, True),  # everything kept
    (0.1, 0.9, False, False),  # no incident reported in the message
    (0.9, 0.1, True, False),  # the incidents without their participants
])
def test_incident_model_judges_messages_incidents_and_participants(monkeypatch, analyse_text, message,
                                                                   participant, incidents, participants):
    model = learned.IncidentModel(_Constant(message), _Constant(0.9), _Constant(participant), (0.5, 0.5, 0.5, 0.5))
    monkeypatch.setattr("annalyst.extract.events.incidents.configured", lambda: model)
    analysis = analyse_text(BOMBING, published="1971-03-03")
    violent = [e for e in analysis.events if e.type in ("bombing", "attack", "killing")]
    assert bool(violent) is incidents
    assert any(e.participants for e in violent) is participants


class _Role:
    """A candidate classifier that gives every entity the same role."""

    classes_ = np.array(["agent", "none"])

    def predict_proba(self, rows):
        return np.array([[0.9, 0.1] for _ in rows])


def test_incident_model_proposes_entities_the_rules_left_out(monkeypatch, analyse_text):
    text = BOMBING + "\n   INTERIOR MINISTER ALDO KRESNIK OF THE TARNOVIAN REPUBLIC VISITED THE SITE TODAY.\n"

    def participants(candidate):
        model = learned.IncidentModel(_Constant(0.9), _Constant(0.9), _Constant(0.9), (0.5, 0.5, 0.5, 0.5),
                                      candidate)
        monkeypatch.setattr("annalyst.extract.events.incidents.configured", lambda: model)
        analysis = analyse_text(text, published="1971-03-03")
        return {(p.entity, p.role) for e in analysis.events if e.type == "bombing" for p in e.participants}

    alone, proposed = participants(None), participants(_Role())
    assert alone < proposed
    assert all(role == "agent" for _, role in proposed - alone)
