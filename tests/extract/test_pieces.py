"""Long documents: analysed in pieces, with offsets into the whole text and nothing truncated."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from annalyst.extract import pieces, runner
from annalyst.extract.pieces import cut_points
from annalyst.model import DocAnalysis, Document


def test_pieces_cover_the_text_and_cut_at_the_best_boundary():
    text = ("First paragraph here. It ends.\n\nSecond one, longer than the first by a bit.\nA line.\n\n" * 20)
    cuts = cut_points(text, 200)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(cuts))  # contiguous, nothing dropped
    assert all(end - start <= 200 for start, end in cuts)
    assert all(text[end - 2:end] == "\n\n" for _, end in cuts[:-1])  # blank lines first


def test_pieces_one_endless_line_is_cut_at_spaces_then_anywhere():
    words = "word " * 1000
    assert all(words[end - 1] == " " for _, end in cut_points(words, 300)[:-1])
    blob = "x" * 1000
    assert [end - start for start, end in cut_points(blob, 300)] == [300, 300, 300, 100]


def _records(analysis: DocAnalysis):
    for f in dataclasses.fields(analysis):
        if f.name != "document":
            yield from getattr(analysis, f.name)


@pytest.mark.model
def test_pieces_a_long_document_gives_records_with_offsets_into_the_whole_text(monkeypatch):
    paragraph = ("The harbour board met in Kessling on 4 May 2011. “We will rebuild the pier,” said Mara Tolven, "
                 "the board's chair.\n\n")
    text = paragraph * 12
    document = Document(id="dlong", source="long.txt", text=text, sha256="0" * 64)
    monkeypatch.setattr(runner, "PIECE_CHARS", 400)
    (analysis,) = runner.analyse_batch([document])
    assert isinstance(analysis, DocAnalysis)
    quotes = analysis.quotes
    assert len(quotes) == 12  # one per paragraph: none lost at a cut, none truncated
    for q in quotes:
        assert text[q.start:q.end] == q.text
    for m in (m for e in analysis.entities for m in e.mentions):
        assert text[m.start:m.end] == m.text
    ids = [r.id for r in _records(analysis) if hasattr(r, "id")]
    assert len(ids) == len(set(ids))  # local ids unique across pieces
    assert any(f.kind == "long_document" for f in analysis.findings)
    assert pieces.PIECE_CHARS > 400  # the real limit is untouched
