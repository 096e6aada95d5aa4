"""Citations: the reference mark closing a claim or a quotation, paired with its note or named source.

The texts are invented; the claims and quotes are placed by hand so each rule is tested on its own, and one
test runs the whole per-document analysis.
"""

from __future__ import annotations

from tests.conftest import make_document

from annalyst.extract.citations import attach_citations, find_marks, find_notes, find_sources
from annalyst.model import Claim, DocAnalysis, Quote


def _quote(text: str, words: str, n: int = 1) -> Quote:
    start = text.index(words)
    return Quote(id=f"q{n}", doc="d", start=start, end=start + len(words), text=words, speaker=None,
                 speaker_text=None, cue=None)


def _claim(text: str, words: str, n: int = 1) -> Claim:
    start = text.index(words)
    return Claim(id=f"c{n}", doc="d", start=start, end=start + len(words), text=words, holder="author",
                 stance="asserts")


def _cite(text: str, quotes=(), claims=()) -> DocAnalysis:
    return attach_citations(DocAnalysis(document=make_document(text, doc_id="d"), quotes=tuple(quotes),
                                        claims=tuple(claims)))


def _check_offsets(text: str, analysis: DocAnalysis) -> None:
    for record in (*analysis.quotes, *analysis.claims):
        for c in record.citations:
            assert text[c.start:c.end] == c.mark
            if c.note:
                assert text[c.note.start:c.note.end] == c.note.text


def test_citations_bracketed_numbers_pair_with_the_notes_under_a_footnotes_heading():
    text = ("Velmora, March 3\n\nThe Council believes the harbour tax will fail.[2] The envoy left.\n\n"
            "--- Footnotes ---\n[2] Orlan reported this in telegram 415 from Tesk, March 1.\n")
    a = _cite(text, claims=[_claim(text, "the harbour tax will fail")])
    (c,) = a.claims[0].citations
    assert c.mark == "[2]"
    assert c.note.text == "Orlan reported this in telegram 415 from Tesk, March 1."
    assert c.source == "telegram 415"
    _check_offsets(text, a)


def test_citations_roman_numerals_after_a_closing_quotation_mark_cite_the_quote_and_its_claims():
    text = ("Marla Quent wrote that “the mill owners funded the strike breakers”[i]. Others disagree.\n\n"
            "[i] Marla Quent, The Mills of Darrow, Fenwick Press, 2011, p. 40\n\nLeave a Comment\n")
    words = "the mill owners funded the strike breakers"
    a = _cite(text, quotes=[_quote(text, words)], claims=[_claim(text, words)])
    assert a.quotes[0].citations[0].note.text.startswith("Marla Quent, The Mills of Darrow")
    assert a.claims[0].citations[0].mark == "[i]"
    _check_offsets(text, a)


def test_citations_superscript_digits_and_a_notes_heading_with_numbered_notes():
    text = ("The dam cost twice its estimate.² It covers 40 km² of valley.\n\nNotes\n\n"
            "1. An earlier survey.\n2. Borrin Water Board, annual accounts.\n")
    a = _cite(text, claims=[_claim(text, "The dam cost twice its estimate"),
                            _claim(text, "It covers 40 km", 2)])
    (c,) = a.claims[0].citations
    assert c.mark == "²" and c.note.text == "Borrin Water Board, annual accounts."
    marks = find_marks(text, find_notes(text))
    assert [m.text for m in marks] == ["²"]  # "km²" is a unit, not a mark


def test_citations_superscript_after_a_letter_with_no_note_is_a_unit():
    text = "The plot measures 300 m² and lies north of the ford."
    assert find_marks(text, find_notes(text)) == []


def test_citations_see_document_names_the_source():
    text = "The minister refused the offer (see Document 4). The talks went on."
    a = _cite(text, claims=[_claim(text, "The minister refused the offer")])
    (c,) = a.claims[0].citations
    assert c.mark == "(see Document 4)" and c.source == "Document 4" and c.note is None
    _check_offsets(text, a)
    text = "The envoys met twice. (See Documents 7–9) The talks failed."
    a = _cite(text, claims=[_claim(text, "The envoys met twice")])
    assert [c.source for c in a.claims[0].citations] == ["Documents 7–9"]


def test_citations_a_mark_with_no_note_is_kept_with_its_mark_only():
    text = "The levy was raised in the spring.[7] Nobody objected."
    a = _cite(text, claims=[_claim(text, "The levy was raised in the spring")])
    (c,) = a.claims[0].citations
    assert (c.mark, c.note, c.source) == ("[7]", None, None)


def test_citations_mark_at_the_end_of_a_clause_claims_sentence():
    text = "Tavin said the port was closed but the ferries kept running.[3]\n\nFootnotes\n[3] Harbour log, May.\n"
    a = _cite(text, claims=[_claim(text, "the port was closed")])
    assert a.claims[0].citations[0].note.text == "Harbour log, May."


def test_citations_mark_in_another_sentence_cites_nothing():
    text = "The port was closed. The ferries kept running.[3]\n\nFootnotes\n[3] Harbour log, May.\n"
    a = _cite(text, claims=[_claim(text, "The port was closed")])
    assert a.claims[0].citations == ()


def test_citations_mark_inside_a_quote_at_its_end_cites_it_but_one_in_its_middle_does_not():
    text = ("The chairman wrote: “We shall sell the mill.[4]” Later he wrote: “We shall keep it.[5] "
            "The workers stay.”\n\n--- Footnotes ---\n[4] Letter of May 2.\n[5] Letter of June 9.\n")
    first = _quote(text, "We shall sell the mill.[4]", 1)
    second = _quote(text, "We shall keep it.[5] The workers stay.", 2)
    kept = _claim(text, "We shall keep it", 1)
    a = _cite(text, quotes=[first, second], claims=[kept])
    assert [c.mark for c in a.quotes[0].citations] == ["[4]"]
    assert a.quotes[1].citations == ()  # the mark closes its first sentence, not the whole quotation
    assert [c.mark for c in a.claims[0].citations] == ["[5]"]


def test_citations_according_to_a_publication_is_a_source():
    text = "According to the Evening Ledger, the bridge at Corvath was closed for repairs. The mayor agreed."
    a = _cite(text, claims=[_claim(text, "the bridge at Corvath was closed for repairs")])
    (c,) = a.claims[0].citations
    assert c.source == "the Evening Ledger" and c.mark == "According to the Evening Ledger"
    _check_offsets(text, a)


def test_citations_a_publication_that_reported_cites_the_quotation_its_colon_opens():
    text = "As the Morning Courier reported:\n\n“The strike at the Tesk mills ended on Friday.”\n\nThe owners won."
    a = _cite(text, quotes=[_quote(text, "The strike at the Tesk mills ended on Friday.")])
    assert a.quotes[0].citations[0].source == "the Morning Courier"


def test_citations_a_report_in_lower_case_is_no_named_source():
    assert find_sources("According to the report, the bridge was closed.") == []


def test_citations_bibliographic_parenthesis_after_a_quotation():
    text = "The envoy noted that he “found the talks useless.” (Ibid., page 12) He left."
    a = _cite(text, quotes=[_quote(text, "found the talks useless.")])
    (c,) = a.quotes[0].citations
    assert c.mark == "(Ibid., page 12)" and c.source == "Ibid., page 12"
    _check_offsets(text, a)


def test_citations_none_in_a_text_without_marks():
    text = "The council met on Monday. It voted [narrowly] to close the mill, said Orlan."
    a = _cite(text, claims=[_claim(text, "to close the mill")])
    assert find_notes(text) is None and find_marks(text, None) == []
    assert a.claims[0].citations == ()


def test_citations_numbered_paragraphs_are_no_notes_without_a_heading():
    text = "1. The council met.\n\n2. It voted to close the mill.[1]\n"
    assert find_notes(text) is None


def test_citations_trailing_marked_lines_that_the_body_never_points_to_are_no_notes():
    text = "The council met and voted.\n\n[1] The first item.\n[2] The second item.\n"
    assert find_notes(text) is None


def test_citations_whole_analysis_attaches_the_note_to_the_quote(analyse_text):
    text = ("Dorin Vale, the mayor of Tesk, said: “The new bridge will open in the spring.”[ii] "
            "The works began in March.\n\n[ii] Dorin Vale, speech to the Tesk council, 4 March 2031.\n")
    a = analyse_text(text)
    (q,) = [q for q in a.quotes if "new bridge" in q.text]
    assert q.citations and q.citations[0].note.text.startswith("Dorin Vale, speech")
    assert not any(c.start >= text.index("\n\n[ii]") for c in a.claims)  # the notes yield no claims


def test_citations_travel_through_dossier_json_and_back():
    from annalyst.export.dossier import dossier_from_dict, dossier_to_dict
    from annalyst.model import Dossier

    text = "The levy was raised in the spring.[7] Nobody objected.\n\nNotes\n[7] Tesk council minutes.\n"
    a = _cite(text, claims=[_claim(text, "The levy was raised in the spring")])
    dossier = Dossier(documents=(a.document,), claims=a.claims)
    data = dossier_to_dict(dossier)
    assert data["claims"][0]["citations"][0]["note"]["text"] == "Tesk council minutes."
    assert dossier_from_dict(data) == dossier
    assert dossier_to_dict(dossier_from_dict(data)) == data


def test_citations_a_long_document_in_pieces_finds_the_note_in_a_later_piece(monkeypatch, nlp):
    from annalyst.extract import runner

    paragraph = "The harbour board met in Kessling on a wet morning and talked of the pier for an hour.\n\n"
    text = ("“We will rebuild the pier,” said Mara Tolven.[4]\n\n" + paragraph * 8
            + "--- Footnotes ---\n[4] Kessling Harbour Board minutes, May.\n")
    monkeypatch.setattr(runner, "PIECE_CHARS", 400)
    (analysis,) = runner.analyse_batch([make_document(text)])
    (q,) = [q for q in analysis.quotes if "pier" in q.text]
    assert [c.note.text for c in q.citations] == ["Kessling Harbour Board minutes, May."]


def test_citations_a_note_naming_a_publication_gives_the_source_too():
    text = "The ferry sank off Tesk.[3] Nine were saved.\n\nNotes\n[3] See the Harbour Gazette, 4 May.\n"
    a = _cite(text, claims=[_claim(text, "The ferry sank off Tesk")])
    (c,) = a.claims[0].citations
    assert c.source == "the Harbour Gazette" and c.note.text == "See the Harbour Gazette, 4 May."


def test_citations_a_mark_after_a_full_stop_ends_that_sentence_for_the_next_mark():
    text = ("We have not answered the raid on Tesk strongly enough.[2] I suggest a word with the envoy.[3]\n\n"
            "--- Footnotes ---\n[2] Telegram 12 from Tesk.\n[3] Not done.\n")
    start = text.index("We have")
    overlapping = Claim(id="c1", doc="d", start=start, end=text.index("[2]") + 2,
                        text=text[start:text.index("[2]") + 2], holder="author", stance="asserts")
    a = _cite(text, claims=[overlapping])
    assert [c.mark for c in a.claims[0].citations] == ["[2]"]


def test_citations_caret_marks_and_markdown_footnotes():
    text = "The quarry closed in autumn.[^q] The kiln stayed open.^2\n\n[^q]: Tesk parish register.\n^2 Kiln ledger.\n"
    a = _cite(text, claims=[_claim(text, "The quarry closed in autumn"), _claim(text, "The kiln stayed open", 2)])
    assert [(c.mark, c.note.text) for c in a.claims[0].citations] == [("[^q]", "Tesk parish register.")]
    assert [(c.mark, c.note.text) for c in a.claims[1].citations] == [("^2", "Kiln ledger.")]


def test_citations_a_cable_named_in_brackets_or_as_where_it_was_reported_is_the_source():
    text = "Tesk wants the harbour seat (Deptel 379, August 4). As reported in telegram 730 from Orlan, the envoy left."
    a = _cite(text, claims=[_claim(text, "Tesk wants the harbour seat"), _claim(text, "the envoy left", 2)])
    assert [c.source for c in a.claims[0].citations] == ["Deptel 379"]
    assert [(c.mark, c.source) for c in a.claims[1].citations] == [("As reported in telegram 730", "telegram 730")]
