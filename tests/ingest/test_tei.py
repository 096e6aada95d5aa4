"""TEI P5: one Document per document division, with head as title and the dateline date."""

from __future__ import annotations

from annalyst.errors import InputError
from annalyst.ingest.tei import read_tei_documents

VOLUME = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:ex="http://example.org/ns">
  <teiHeader><fileDesc><titleStmt><title>Papers of an Invented Legation</title></titleStmt></fileDesc></teiHeader>
  <text><body>
    <div type="chapter" xml:id="ch1"><head>Chapter One</head>
      <div type="document" n="1" xml:id="doc-a">
        <head>1. Telegram From the Legation in Ruritania to the Foreign Office<note n="1" type="source">Source:
          Archive box 12. Confidential.</note></head>
        <dateline><placeName>Strelsau</placeName>, <date when="1921-03-04">March 4, 1921</date>.</dateline>
        <p>The King received me this morning.<note n="2">Rudolf V.</note> He spoke
          of the <lb/>harvest and of the loan.</p>
        <list><item><label>1.</label> The loan is to be repaid in ten years.</item></list>
        <closer><signed>Smith</signed></closer>
      </div>
      <div type="document" n="2" xml:id="doc-b" ex:doc-dateTime-min="1921-05-01T00:00:00-05:00">
        <head>2. Editorial Note</head>
        <p>The correspondence for April has not been found.</p>
      </div>
      <div type="document" n="3" xml:id="doc-c"><head>3. Memorandum</head>
        <dateline>Undated</dateline><p>An undated memorandum on the loan.</p></div>
      <div type="document" n="4" xml:id="doc-d"><head>4. Missing</head></div>
    </div>
  </body></text>
</TEI>"""


def _read(data: str = VOLUME):
    return list(read_tei_documents(data.encode("utf-8"), source="vol.xml"))


def test_tei_one_document_per_division():
    items = _read()
    documents = [item for item in items if not isinstance(item, InputError)]
    assert [d.source for d in documents] == ["vol.xml#doc-a", "vol.xml#doc-b", "vol.xml#doc-c"]
    assert [d.title for d in documents] == [
        "Telegram From the Legation in Ruritania to the Foreign Office", "Editorial Note", "Memorandum"]
    assert [d.published for d in documents] == ["1921-03-04", "1921-05-01", None]
    assert len({d.id for d in documents}) == 3


def test_tei_empty_division_is_one_error_naming_it():
    errors = [item for item in _read() if isinstance(item, InputError)]
    assert len(errors) == 1
    assert str(errors[0]).startswith("vol.xml#doc-d: ")


def test_tei_text_keeps_blocks_and_moves_notes_to_the_end():
    text = _read()[0].text
    assert text.startswith("Strelsau, March 4, 1921.\n\nThe King received me this morning.[2] He spoke of the harvest")
    assert "1. The loan is to be repaid in ten years." in text
    assert text.endswith("Smith\n\n--- Footnotes ---\n[2] Rudolf V.")
    assert "Archive box" not in text  # the editors' source note is metadata
    assert _read()[0].meta["source_note"].startswith("Source: Archive box 12")


def test_tei_without_document_divisions_is_one_document():
    tei = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A Diary</title>'
           '<author>Ana Ruiz</author></titleStmt></fileDesc></teiHeader>'
           '<text><body><p>First entry.</p><p>Second entry.</p></body></text></TEI>')
    (document,) = _read(tei)
    assert (document.source, document.title, document.author, document.text) == (
        "vol.xml", "A Diary", "Ana Ruiz", "First entry.\n\nSecond entry.")


def test_tei_malformed_xml_is_an_error():
    (error,) = _read('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div type="document">')
    assert isinstance(error, InputError)
    assert str(error).startswith("vol.xml: not well-formed XML")
