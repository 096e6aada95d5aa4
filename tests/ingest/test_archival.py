"""Datelines, cable and memorandum headers and signatures of invented archival documents."""

from __future__ import annotations

import json

import pytest

from annalyst.ingest.archival import read_archival, read_dateline
from annalyst.ingest.byline import parse_header
from annalyst.ingest.jsonl import read_jsonl_documents


@pytest.mark.parametrize(
    ("line", "place", "date", "time"),
    [
        ("Portmere, November 3, 1893, 3:25 p.m.", "Portmere", "1893-11-03", "15:25"),
        ("Velmora , August 19, 1887—5 p. m.", "Velmora", "1887-08-19", "17:00"),
        ("[Portmere,] June 6, 1887.", "Portmere", "1887-06-06", None),
        ("[ Portmere , June 6, 1887.]", "Portmere", "1887-06-06", None),
        ("Corvath, May 2, 1893, 2009Z.", "Corvath", "1893-05-02", "20:09Z"),
        ("Corvath, May 2, 1893, noon.", "Corvath", "1893-05-02", "12:00"),
        ("Corvath, May 2/3, 1893—midnight .", "Corvath", "1893-05-02", "24:00"),
        ("Port Elnor, Upper Kessary, March 9, 1893, 10:30 a.m.–12:30 p.m.", "Port Elnor, Upper Kessary",
         "1893-03-09", "10:30"),
        ("Portmere, March 9, 1893, 3–4:45 p.m.", "Portmere", "1893-03-09", "15:00"),
        ("Portmere, March 23 [24], 1893—8 p. m.", "Portmere", "1893-03-23", "20:00"),  # the editors' correction
        ("Portmere, 31 January 1893.", "Portmere", "1893-01-31", None),
        ("March 11, 1893, 6 p.m.", None, "1893-03-11", "18:00"),
        ("Portmere, September 1893.", "Portmere", "1893-09", None),
        ("Rio de Corvath, May 2, 1893. [Received May 9.]", "Rio de Corvath", "1893-05-02", None),
        ("Portmere, May 28, 1893 [2].", "Portmere", "1893-05-28", None),
        ("Portmere, March 9, 1893, Morning Session", "Portmere", "1893-03-09", None),
    ],
)
def test_archival_dateline_shapes(line, place, date, time):
    dateline = read_dateline(line)
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.time, dateline.undated) == (place, date, time, False)


@pytest.mark.parametrize("line", ["Brannoch, undated.", "[Brannoch, undated.]", "Undated.", "[Brannoch,] undated."])
def test_archival_undated_dateline(line):
    dateline = read_dateline(line)
    assert dateline is not None and dateline.undated and dateline.date is None


@pytest.mark.parametrize(
    "line",
    [
        "The envoy reached Portmere on November 3, 1893, and met the council.",
        "Dock workers meeting the harbour board in Velmora, 8 June 1887",
        "Declassified on 4 April 1993",
        "Portmere, November 3, 1893, when the council met",
        "By Mara Quell — Tuesday, 14th Oct 2031, 10:32 am",
    ],
)
def test_archival_sentences_and_bylines_are_no_datelines(line):
    assert read_dateline(line) is None


CABLE = """12. Telegram From the Legation in Velmora to the Foreign Office

Velmora, May 2, 1893, 2009Z.

Secret; Immediate; Exdis

1780. Ref: Portmere 88; Velmora 41.[2]

1. In mtg this afternoon the Minister said the convoy left yesterday.

2. He expects an answer this morning.

Quell

--- Footnotes ---
[2] Neither printed.
"""


def test_archival_cable_header():
    archival = read_archival(CABLE)
    assert archival.dateline.date == "1893-05-02" and archival.dateline.time == "20:09Z"
    assert archival.kind == "telegram"
    assert (archival.classification, archival.handling) == ("Secret", ("Immediate", "Exdis"))
    assert (archival.number, archival.references) == ("1780", ("Portmere 88", "Velmora 41"))
    assert (archival.sender, archival.addressees) == ("the Legation in Velmora", ("the Foreign Office",))
    assert archival.signature == "Quell"


def test_archival_cable_dates_the_document_not_its_first_mentioned_date():
    header = parse_header(CABLE)
    assert header.title.startswith("12. Telegram From")
    assert header.published == "1893-05-02"
    assert header.author is None  # a surname alone stays in meta
    assert header.meta["archival"]["signature"] == "Quell"


MEMO = """Portmere, March 9, 1893.

MEMORANDUM FOR

THE SECRETARY

FROM:

JONAS T. WENDOR

SUBJECT:

Harbour Tolls at Corvath

PARTICIPANTS

Mr. Ebbe Sorland, Harbour Master

Mrs. Mara Quell, Deputy Secretary

The Harbour Master said that the new tolls would be collected from the first of next month.
"""


def test_archival_memorandum_header():
    archival = read_archival(MEMO)
    assert archival.kind == "memorandum of conversation"
    assert archival.addressees == ("THE SECRETARY",)
    assert archival.sender == "JONAS T. WENDOR"
    assert archival.subject == "Harbour Tolls at Corvath"
    assert archival.participants == ("Mr. Ebbe Sorland, Harbour Master", "Mrs. Mara Quell, Deputy Secretary")
    header = parse_header(MEMO)
    assert (header.title, header.author, header.published) == ("Harbour Tolls at Corvath", "Jonas T. Wendor",
                                                               "1893-03-09")


def test_archival_signature_with_office_is_the_author():
    text = ("Portmere, March 9, 1893.\n\nSUBJECT\n\nThe Harbour\n\nThe council met and agreed on the tolls.\n\n"
            "Ebbe Sorland Chairman\n\n--- Footnotes ---\n[1] Not printed.\n")
    assert parse_header(text).author == "Ebbe Sorland"


def test_archival_undated_document_takes_no_other_date():
    text = "Brannoch, undated.\n\nSUBJECT\n\nThe Harbour\n\nMarch 3, 1893\n\nThe council met on March 3, 1893."
    assert parse_header(text).published is None


def test_archival_dateline_under_a_headline_dates_it():
    assert parse_header("Strikes in the Ports\n\nPortmere, March 3, 2041\n\nMore text follows.").published \
        == "2041-03-03"


def test_archival_jsonl_record_text_alone_dated_by_its_dateline(tmp_path):
    records = [
        {"id": "a", "text": "Portmere, November 3, 1893, 3:25 p.m.\n\n83785. The convoy left this morning."},
        {"id": "b", "text": "Portmere, November 3, 1893.\n\nText.", "published": "1893-11-04"},  # the record wins
        {"id": "c", "text": "Portmere, November 3, 1893.\n\nText.", "published": "Brannoch, undated."},
    ]
    path = tmp_path / "cables.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    first, second, third = read_jsonl_documents(path, source="cables.jsonl")
    assert first.published == "1893-11-03"
    assert first.meta["archival"]["dateline"]["time"] == "15:25"
    assert second.published == "1893-11-04"
    assert third.published is None and third.meta["published_as_given"] == "Brannoch, undated."


def test_archival_publication_line_is_no_dateline_and_keeps_the_byline_author():
    text = ("THE QUIET HARBOUR\n\nA look back at the strike\n\nWords: Ilse Varn · Pictures: Ebbe Sorland\n\n"
            "The Velmora Review, 14 September 2041\n\nThe strike began on a Monday.")
    header = parse_header(text)
    assert (header.author, header.published) == ("Ilse Varn", "2041-09-14")
    assert "archival" not in header.meta


def test_archival_cable_routing_names_offices_not_an_author():
    text = ("CONFIDENTIAL\n\nFROM: AMEMBASSY BRANNOCH\nTO: SECSTATE\nDATE: 12 MAY 2041\nSUBJECT: HARBOUR STRIKE\n\n"
            "1. The strike goes on.\n\n2. No talks are planned.\n\nVARN\n")
    header = parse_header(text)
    assert (header.author, header.published) == (None, "2041-05-12")
    assert header.meta["archival"]["kind"] == "telegram"
