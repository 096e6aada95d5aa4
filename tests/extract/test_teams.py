"""Sides named after places (:mod:`annalyst.extract.entities.teams`): one sense per document.

Every name here is invented for the test (the countries aside, which stay countries).
"""

from __future__ import annotations


def _types(analysis, text):
    """The types of the entities holding a mention written ``text``, in order of first mention."""
    return [e.type for e in analysis.entities if any(m.text == text for m in e.mentions)]


def _type_at(analysis, start):
    return next(e.type for e in analysis.entities for m in e.mentions if m.start == start)


def test_a_side_named_after_its_town_is_an_organisation_and_the_dateline_stays_the_town(analyse_text):
    text = ("VELBY 2031-04-02\n"
            "The season ended on Friday. Quarnshire beat Velby by an innings and 12 runs. "
            "Velby are bottom of the table after the defeat. "
            "The match was played in Velby before a small crowd.")
    a = analyse_text(text)
    assert _type_at(a, text.index("Quarnshire")) == "ORG"
    assert _type_at(a, text.index("Velby by")) == "ORG"
    assert _type_at(a, text.index("Velby are")) == "ORG"
    assert _type_at(a, 0) == "GPE"  # the dateline: the town
    assert _type_at(a, text.index("Velby before")) == "GPE"  # "in X": the town


def test_a_singular_name_with_a_plural_verb_or_their_is_a_side(analyse_text):
    text = ("Derrington have been unable to win any of their four games. "
            "After lunch Brackley got a solid start to their second innings.")
    a = analyse_text(text)
    assert _type_at(a, text.index("Derrington")) == "ORG"
    assert _type_at(a, text.index("Brackley")) == "ORG"


def test_a_name_with_a_captain_or_fans_is_a_side(analyse_text):
    text = "Ostervale captain Piet Roon said the Ostervale fans had been patient."
    a = analyse_text(text)
    assert _type_at(a, text.index("Ostervale")) == "ORG"
    assert "PERSON" in _types(a, "Piet Roon")


def test_a_country_stays_a_country_and_people_stay_people(analyse_text):
    text = "Portugal beat Velby 2-1 in the final. Maria Lindqvist beat Anna Petrova 6-2 6-1 in the other final."
    a = analyse_text(text)
    assert _type_at(a, text.index("Portugal")) == "GPE"
    assert _type_at(a, text.index("Maria Lindqvist")) == "PERSON"
    assert _type_at(a, text.index("Anna Petrova")) == "PERSON"


def test_a_town_elsewhere_in_a_report_on_sides_is_left_alone_when_the_text_puts_it_as_a_place(analyse_text):
    text = ("Quarnshire beat Velby by ten runs. Tormouth need 48 to beat Brackley. "
            "The fans drove home to Tormouth, and the next game is in Carrowby.")
    a = analyse_text(text)
    assert _type_at(a, text.index("Carrowby")) != "ORG"
