"""The matching rules and each layer's figures, on a tiny invented case (tests/evaluate/tiny_case.py)."""

from __future__ import annotations

import pytest
from tests.evaluate.tiny_case import dossier, dossier_with_unannotated_document, gold

from annalyst.evaluate import evaluate, parse_gold
from annalyst.evaluate.match import (
    date_compatible,
    find_nth,
    find_region,
    fold_name,
    quote_matches,
    timex_value_right,
)


def _score(d: dict | None = None, g: dict | None = None, layers=None):
    return evaluate(d or dossier(), parse_gold(g or gold(), "tiny.gold.json"), layers=layers)


# ---------------------------------------------------------------- the rules


@pytest.mark.parametrize(("a", "b"), [
    ("The Orvain Council's", "orvain council"),
    ("V. Marrow", "v marrow"),
    ("Marrow’s", "Marrow"),
    ("  Port   Tellan ", "port tellan"),
])
def test_match_fold_name_ignores_case_dots_possessives_and_the(a, b):
    assert fold_name(a) == fold_name(b)


def test_match_fold_name_keeps_different_names_apart():
    assert fold_name("Veska Marrow") != fold_name("Marrow")
    assert fold_name(None) == ""


@pytest.mark.parametrize(("system", "gold_date", "ok"), [
    ("1893-03-03", "1893-03", True),        # the system more precise
    ("1893-03", "1893-03-03", True),        # the gold more precise
    ("1893-04-03", "1893-03", False),
    ("189X", "1893", False),                 # unknown digits do not stand for a known year
    ("1893-03-01/1893-03-05", "1893-03-05", True),  # one end of an interval
    ("1893-03-03", "XXXX-03-03", True),     # a gold date with no year matches any year
    (None, "1893", False),
])
def test_match_date_compatible(system, gold_date, ok):
    assert date_compatible(system, gold_date) is ok


def test_match_timex_value_accepts_other_values_and_prefixes():
    assert timex_value_right("1893-03-03", ["1893-03-03"], None)
    assert timex_value_right("1893-03-01/1893-03-03", ["1893-03-03"], None)
    assert timex_value_right("1893-W08", ["1893-02", "1893-W08"], None)
    assert not timex_value_right("1893-03-03T10:00", ["1893-03-03"], None)
    assert timex_value_right("1893-03-03T10:00", ["1893-03-03"], "1893-03-03")
    assert not timex_value_right(None, ["1893"], "1893")


def test_match_find_nth_wants_whole_words():
    text = "On 3 March, then 13 March, then 3 March again."
    assert find_nth(text, "3 March", 1) == (3, 10)
    assert find_nth(text, "3 March", 2) == (text.rindex("3 March"), text.rindex("3 March") + 7)
    assert find_nth(text, "3 March", 3) is None


def test_match_find_region_tolerates_whitespace():
    text = "The council denied\nthat it had   seized the ships."
    start, end = find_region(text, "denied that it had seized")
    assert text[start:end].split() == ["denied", "that", "it", "had", "seized"]
    assert find_region(text, "sank the ships") is None


def test_match_quote_contains_or_is_exactly_the_words():
    said = "\u201cWe shall never yield the harbour,\u201d"
    assert quote_matches(said, "never yield the HARBOUR", exact=False)
    assert not quote_matches(said, "never yield the harbour", exact=True)
    assert quote_matches(said, "We shall never yield the harbour", exact=True)  # end punctuation aside


# ---------------------------------------------------------------- the layers


def test_evaluate_tiny_case_is_right_everywhere_it_answers():
    report = _score()
    assert report.problems == ()
    assert report.figure("contract", "bad_spans") == 0
    assert report.figure("documents", "accuracy") == 1.0  # beta: only its date is annotated
    assert report.figure("documents", "fields") == 4
    assert report.figure("entities", "strict_f1") == 1.0
    assert report.figure("quotes", "f1") == 1.0
    assert str(report.figure("quotes", "speakers_right")) == "1/1"
    assert report.figure("events", "recall") == 1.0
    assert str(report.figure("events", "cross_doc_merged")) == "1/1"
    assert report.figure("claims", "stance_and_holder_recall") == 1.0
    assert str(report.figure("links", "contradictions_found")) == "1/1"
    assert str(report.figure("links", "same_event_found")) == "1/1"
    assert report.figure("links", "system_links") == {"contradicts": 1}


def test_evaluate_timexes_missed_span_and_hard_dates():
    report = _score()  # the system has no timex on beta's "3 March"
    assert report.figure("timexes", "gold") == 4
    assert report.figure("timexes", "span_recall") == 0.75
    assert report.figure("timexes", "span_precision") == 1.0
    assert str(report.figure("timexes", "hard_resolved")) == "1/2"


def test_evaluate_timex_wrong_value_counts_against_value_not_span():
    d = dossier()
    d["timexes"][0]["value"] = "1893-03-04"
    report = _score(d)
    assert report.figure("timexes", "span_recall") == 0.75
    assert report.figure("timexes", "value_recall") == 0.5
    assert report.figure("timexes", "value_accuracy") == round(2 / 3, 3)


def test_evaluate_timex_on_optional_gold_neither_helps_nor_hurts():
    g = gold()
    g["timexes"][1]["optional"] = True
    d = dossier()
    d["timexes"][1]["value"] = "1893-02"  # a wrong value, but on an optional gold date
    report = _score(d, g)
    assert report.figure("timexes", "gold") == 3
    assert report.figure("timexes", "system") == 3
    plain = _score(None, g)
    assert report.figure("timexes", "value_f1") == plain.figure("timexes", "value_f1")


def test_evaluate_entity_split_in_two_counts_against_strict_only():
    d = dossier()
    d["entities"][0]["aliases"] = []
    d["entities"].append({"id": "e4", "name": "Marrow", "type": "PERSON", "aliases": [],
                          "mentions": [d["entities"][0]["mentions"].pop(1)]})
    report = _score(d)
    assert report.figure("entities", "recall") == 1.0
    assert report.figure("entities", "precision") == 1.0
    assert report.figure("entities", "strict_precision") == 0.75  # 3 gold entities, 4 system ones
    assert report.figure("entities", "merged") == round(2 / 3, 3)


def test_evaluate_entity_wrong_type_counts_against_strict_recall():
    d = dossier()
    d["entities"][1]["type"] = "GPE"  # the council typed as a place
    report = _score(d)
    assert report.figure("entities", "recall") == 1.0
    assert report.figure("entities", "strict_recall") == round(2 / 3, 3)
    assert report.figure("entities", "type_accuracy") == round(2 / 3, 3)


def test_evaluate_entity_standing_only_for_optional_gold_is_not_counted():
    g = gold()
    g["entities"].append({"name": "Harbour Guard", "types": ["ORG"], "aliases": ["Harbour Guard"],
                          "files": ["alpha.txt"], "optional": True})
    d = dossier()
    d["entities"].append({"id": "e5", "name": "Harbour Guard", "type": "ORG", "aliases": [],
                          "mentions": [{"doc": "dA", "start": 0, "end": 2, "text": "On"}]})
    report = _score(d, g)
    assert report.figure("entities", "gold") == 3
    assert report.figure("entities", "strict_f1") == 1.0


def test_evaluate_one_entity_for_two_gold_ones_is_overmerged():
    d = dossier()
    d["entities"][0]["aliases"].append("Orvain Council")
    assert _score(d).figure("entities", "overmerged") == 1


def test_evaluate_quote_speaker_wrong():
    d = dossier()
    d["quotes"][0]["speaker"] = "e2"
    report = _score(d)
    assert report.figure("quotes", "recall") == 1.0
    assert report.figure("quotes", "speaker_accuracy") == 0.0


def test_evaluate_claim_holder_author_named_as_an_entity():
    d = dossier()
    d["documents"][1]["author"] = "Ilsa Wend"
    d["entities"].append({"id": "e6", "name": "Ilsa Wend", "type": "PERSON", "aliases": [], "mentions": []})
    d["claims"][1]["holder"] = "e6"  # the system names the author instead of saying "author"
    assert _score(d).figure("claims", "stance_and_holder_recall") == 1.0
    d["claims"][1]["holder"] = "e1"
    report = _score(d)
    assert report.figure("claims", "stance_and_holder_recall") == 0.5
    assert str(report.figure("claims", "holder_right")) == "1/2"


def test_evaluate_agreeing_sources_called_contradictory():
    g = gold()
    g["links"][0]["kind"] = "agrees"
    report = _score(None, g)
    assert str(report.figure("links", "agreements_found")) == "0/1"
    assert report.figure("links", "false_contradictions") == 1


def test_evaluate_event_in_one_file_only_is_not_merged():
    d = dossier()
    d["events"][0]["mentions"].pop()  # only alpha reports it now
    report = _score(d)
    assert report.figure("events", "recall") == 0.5
    assert str(report.figure("events", "cross_doc_merged")) == "0/1"
    assert str(report.figure("links", "same_event_found")) == "0/1"


def test_evaluate_gold_document_missing_from_dossier_is_a_problem():
    d = dossier()
    d["documents"][1]["source"] = "/elsewhere/gamma.txt"
    report = _score(d)
    assert "no document with source named beta" in report.problems
    assert report.figure("contract", "problems") == 1


def test_evaluate_broken_span_fails_any_floor():
    from annalyst.evaluate import parse_threshold

    d = dossier()
    d["quotes"][0]["start"] += 1
    report = _score(d)
    assert report.figure("contract", "bad_spans") == 1
    assert report.failures() == []  # no floor asked: a report, not a verdict
    assert report.failures([parse_threshold("quotes.f1=0.5")]) == [
        "contract: 1 spans do not match their document text"]


def test_evaluate_layers_limits_the_work_and_keeps_the_contract():
    report = _score(layers=["quotes"])
    assert list(report.layers) == ["contract", "quotes"]
    with pytest.raises(KeyError, match="layers: contract, quotes"):
        report.figure("entities", "f1")
    with pytest.raises(ValueError, match="choose from"):
        _score(layers=["people"])


def test_report_floors_and_ceilings():
    from annalyst.evaluate import parse_threshold

    report = _score()
    assert report.failures([parse_threshold("timexes.hard_resolved=0.5")]) == []
    assert report.failures([parse_threshold("timexes.hard_resolved=0.75")]) == ["timexes.hard_resolved=1/2 < 0.75"]
    assert report.failures([], [parse_threshold("links.false_contradictions=0")]) == []
    with pytest.raises(ValueError, match=r"LAYER\.FIGURE=VALUE"):
        parse_threshold("entities=0.5")


def test_report_json_and_text_forms():
    import json

    report = _score()
    data = json.loads(report.to_json())
    assert data["timexes"]["hard_resolved"] == "1/2"
    assert list(data) == ["contract", "documents", "entities", "timexes", "quotes", "events", "claims", "links",
                          "problems"]
    assert list(json.loads(report.to_json(["quotes"]))) == ["quotes", "problems"]
    text = report.render_text(["timexes"])
    assert "hard_resolved" in text and "1/2 (0.500)" in text and "entities" not in text


def test_evaluate_sample_scores_only_the_documents_the_gold_names():
    from annalyst.evaluate import unannotated_documents

    d = dossier_with_unannotated_document()
    whole, sample, plain = _score(d), evaluate(d, parse_gold(gold()), sample=True), _score()
    assert unannotated_documents(d, parse_gold(gold())) == 1
    assert whole.figure("entities", "precision") == 0.75  # the unannotated person counts against it
    assert whole.figure("timexes", "span_precision") == 0.75
    assert sample.to_dict() == plain.to_dict()
    assert sample.figure("links", "system_links") == {"contradicts": 1}
    assert sample.figure("contract", "bad_spans") == 0
