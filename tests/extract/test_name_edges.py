"""The edges of a name the model drew too wide: a score after it, a common noun, a nationality or a month
before it. Each test sets the model's span by hand (the words are invented) and reads what is kept."""

from __future__ import annotations

from annalyst.extract.entities.mentions import collect_mentions


def _kept(nlp, text: str, wide: str, label: str) -> list[str]:
    doc = nlp(text)
    start = text.index(wide)
    span = doc.char_span(start, start + len(wide), label=label)
    doc.ents = [span]
    return [c.text for c in collect_mentions(doc, reread=False)]


def test_a_score_after_a_name_is_no_part_of_it(nlp):
    assert _kept(nlp, "Quarnshire beat Velmoria 2-1 in the final.", "Velmoria 2-1", "GPE") == ["Velmoria"]
    assert _kept(nlp, "Tarnholm 4 2 0 2 6 7 6\nBrackley 4 2 1 1 3 2 7", "Tarnholm 4 2 0 2 6 7", "ORG") == ["Tarnholm"]


def test_a_number_that_names_a_facility_or_a_road_stays(nlp):
    assert _kept(nlp, "The convoy took Highway 95 north.", "Highway 95", "FAC") == ["Highway 95"]


def test_a_common_noun_after_a_name_is_no_part_of_it(nlp):
    text = "The fire started in the eastern Qarnaba province on Monday."
    assert _kept(nlp, text, "Qarnaba province", "GPE") == ["Qarnaba"]


def test_a_nationality_before_a_person_and_a_month_before_an_organisation_are_left_out(nlp):
    assert _kept(nlp, "Mexican Ariel Tormes takes on the champion.", "Mexican Ariel Tormes", "PERSON") == ["Ariel Tormes"]
    assert _kept(nlp, "Traders watched the September Quellian Treasury bond.", "September Quellian Treasury",
                 "ORG") == ["Quellian Treasury"]


def test_a_wire_headline_topic_label_is_no_name(analyse_text):
    text = "HOCKEY - TARNHOLM BEAT VELBY IN FINAL .\nVELBY 2031-04-02\nTarnholm beat Velby 4-1 in the final."
    a = analyse_text(text)
    assert not any(m.start == 0 for e in a.entities for m in e.mentions)


def test_a_firm_with_an_ampersand_or_shares_is_an_organisation(analyse_text):
    text = ("Shares of Tarrow & Vane rose on Friday. Tarrow & Vane said profits would rise. "
            "Quelmont shares closed lower, and Quelmont said it would cut jobs.")
    a = analyse_text(text)
    types = {m.text: e.type for e in a.entities for m in e.mentions}
    assert types.get("Tarrow & Vane") == "ORG"
    assert types.get("Quelmont", "ORG") == "ORG"


def test_two_names_joined_by_and_are_two_when_the_text_names_each_alone(nlp):
    text = "Brackmoor won. Tarnholm lost. Title hopefuls Brackmoor and Tarnholm meet next."
    doc = nlp(text)
    spans = [doc.char_span(0, 9, label="ORG"), doc.char_span(15, 23, label="ORG"),
             doc.char_span(text.index("Brackmoor and"), text.index(" meet"), label="ORG")]
    doc.ents = spans
    kept = [c.text for c in collect_mentions(doc, reread=False)]
    assert kept == ["Brackmoor", "Tarnholm", "Brackmoor", "Tarnholm"]


def test_a_name_before_a_facility_noun_is_that_facility(analyse_text):
    text = "The plane landed at Quarnby airport on Tuesday, north of the capital."
    a = analyse_text(text)
    assert {e.type for e in a.entities if e.name == "Quarnby"} <= {"FAC", "GPE", "LOC"}


def test_a_name_beside_daily_or_weekly_is_a_publication(analyse_text):
    text = "The report appeared in the news weekly Der Quellbote, which said the talks had failed."
    a = analyse_text(text)
    assert {e.type for e in a.entities if "Quellbote" in e.name} <= {"ORG"}
