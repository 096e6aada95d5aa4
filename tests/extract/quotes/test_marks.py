"""Quotation marks paired into quoted passages (no model needed)."""

from __future__ import annotations

from annalyst.extract.quotes.marks import find_quotations


def _texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text)]


def test_marks_curly_and_straight_quotes():
    text = 'The mayor said “the bridge will open in May” and the engineer said "not before June".'
    assert _texts(text) == ["the bridge will open in May", "not before June"]


def test_marks_wrong_direction_closing_mark():
    text = "The farmer admitted that “the harvest failed twice in a row“[3]. Prices rose."
    quotations = find_quotations(text)
    assert [text[q.start:q.end] for q in quotations] == ["the harvest failed twice in a row"]
    assert text[quotations[0].close] == "“"


def test_marks_apostrophes_are_not_quotes():
    text = "The Senator’s aides didn’t say ‘no’ to the ’90s plan."
    assert _texts(text) == ["no"]


def test_marks_nested_single_quotes_inside_double():
    text = "“She told me ‘never again’ and left,” the driver said."
    quotations = find_quotations(text)
    assert [text[q.start:q.end] for q in quotations] == ["She told me ‘never again’ and left,", "never again"]
    assert quotations[1].parent == 0


def test_marks_multi_paragraph_quote_continued_by_new_opening_mark():
    text = ("The governor wrote: “The dam is safe. We have checked it twice.\n\n"
            "“Nobody should leave the valley.”\n\nThe next day it rained.")
    quotations = find_quotations(text)
    assert len(quotations) == 1
    q = quotations[0]
    assert q.kind == "multi"
    assert text[q.start:q.end].startswith("The dam is safe.")
    assert text[q.start:q.end].endswith("leave the valley.")


def test_marks_block_quote_after_colon_ended_by_stray_mark():
    text = ("The harbour was closed. As the local paper reported:\n\n"
            "Officials said the storm had “damaged every pier” in the port.\n\n"
            "Repairs will take months, a clerk added.”\n\nShips waited offshore.")
    quotations = find_quotations(text)
    block = [q for q in quotations if q.kind == "block"]
    assert len(block) == 1
    assert text[block[0].start:block[0].end].startswith("Officials said")
    assert text[block[0].start:block[0].end].endswith("a clerk added.")
    inner = [q for q in quotations if text[q.start:q.end] == "damaged every pier"]
    assert inner and quotations[inner[0].parent] == block[0]


def test_marks_unclosed_quote_stops_at_paragraph_end():
    text = "The clerk said “we are closed today.\n\nThe shop opened at noon."
    quotations = find_quotations(text)
    assert [text[q.start:q.end] for q in quotations] == ["we are closed today."]
    assert quotations[0].kind == "unclosed"


def test_marks_british_single_quotes_when_no_double_marks():
    text = "The minister said ‘we will not resign’, and the party’s leader agreed."
    assert _texts(text) == ["we will not resign"]


def test_marks_inner_quotation_of_overlapping_passages_is_found_once():
    text = ("The minister wrote: “After a month of study, the panel found the ledgers in order (page 3). "
            "“As to the accounts, the panel ‘is not certain that the ledgers are complete’ (page 9). "
            "The auditors will report later.” (file 12)\n")
    found = find_quotations(text)
    spans = [(q.start, q.end) for q in found]
    assert len(spans) == len(set(spans))
    assert any(text[q.start:q.end].startswith("is not certain") for q in found)


def test_marks_one_block_quote_per_opening_however_many_stray_closing_marks():
    text = ("The cable read:\n\nThe envoy will arrive on Monday and leave on Friday.” Then he stopped.\n\n"
            "The talks ended.” That was all.")
    starts = [q.start for q in find_quotations(text) if q.kind == "block"]
    assert len(starts) == len(set(starts)) == 1
