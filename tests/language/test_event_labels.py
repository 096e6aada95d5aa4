"""How an event reads as one line: the same for a single mention and for a merged event."""

from __future__ import annotations

from annalyst.language.event_labels import make_label


def test_event_labels_agent_verb_patient_place_and_date():
    label = make_label("meeting", "met", [("Ilse Varn", "agent"), ("Odo Peck", "patient")], "Tarnow", "1961-04-02")
    assert label == "Ilse Varn meets Odo Peck in Tarnow, 1961-04-02"


def test_event_labels_incident_without_agent_names_its_word_and_kind():
    label = make_label("kidnapping", "abduction", [("Rui Salm", "patient")], None, None)
    assert label == "abduction (kidnapping) involving Rui Salm"
    assert make_label("bombing", "blast", [("the Front", "agent"), ("a bus", "patient")], None, "1989-10") == \
        "the Front bombs a bus, 1989-10"
