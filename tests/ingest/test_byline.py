"""Title, author and date from the first lines of invented articles."""

from __future__ import annotations

import pytest

from annalyst.ingest.byline import find_date, parse_date, parse_header


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("By Maria Lopez (@mlopez_writes) on 3 February 2019", "Maria Lopez", "2019-02-03"),
        ("Anna Berg, Nordic Policy Forum, 21.11.2018", "Anna Berg", "2018-11-21"),
        ("Anna Berg, NPF – Forum in Oslo/Bergen, 09.03.2017", "Anna Berg", "2017-03-09"),
        ("By Tom Hale | March 3, 2020", "Tom Hale", "2020-03-03"),
        ("Published: 2020-03-03", None, "2020-03-03"),
        ("Peter van der Berg / 3 March 2020", "Peter van der Berg", "2020-03-03"),
        ("Posted on Jan. 5, 2016 by Jane Doe", "Jane Doe", "2016-01-05"),
        ("By Sarah O'Neil — Wednesday, 14th Oct 2015, 10:32 am", "Sarah O'Neil", "2015-10-14"),
        ("Written by: Li Wei, 2021-05-06T10:00:00Z", "Li Wei", "2021-05-06"),
        ("By Jane Doe and Omar Haddad", "Jane Doe and Omar Haddad", None),
        ("BY KWAME MENSAH", "Kwame Mensah", None),
        ("By Dr. Yuki Tanaka, PhD | 3 March 2020", "Yuki Tanaka", "2020-03-03"),
        ("Lena Vogel · 5 min read · Mar 3, 2020", "Lena Vogel", "2020-03-03"),
        ("By Jane Doe, Staff Writer", "Jane Doe", None),
    ],
)
def test_byline_reads_common_byline_shapes(byline, author, published):
    header = parse_header(f"A Headline About Something\n\n{byline}\n\nThe article starts here and goes on.")
    assert header.title == "A Headline About Something"
    assert (header.author, header.published) == (author, published)


@pytest.mark.parametrize(
    "line",
    [
        "The minister arrived in the capital on 8 June 1976 and met the press.",
        "Dock workers meeting the port authority in Valparaíso, 8 June 1976",
    ],
)
def test_byline_ignores_captions_and_datelines(line):
    header = parse_header(f"Strikes in the Ports\n\n{line}\n\nMore text follows.")
    assert header.author is None
    assert header.published is None


@pytest.mark.parametrize("header", ["Rafael Soto\n2 June 2011", "2 June 2011\n\nRafael Soto"])
def test_byline_name_on_its_own_line_next_to_the_date(header):
    parsed = parse_header(f"The Mine Reopens\n\n{header}\n\nThe mine reopened after a year.")
    assert (parsed.author, parsed.published) == ("Rafael Soto", "2011-06-02")


def test_byline_name_alone_without_date_is_not_an_author():
    assert parse_header("The Mine Reopens\n\nRafael Soto\n\nThe mine reopened after a year.").author is None


def test_byline_dateline_is_not_a_title():
    header = parse_header("Lisbon, 4 May 1961\n\nDear Minister:\n\nI write about the treaty.")
    assert header.title is None


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("TALLINN, 2 February 1962 — Dock workers stayed out for a third day.", "1962-02-02"),
        ("Port Louis, Mauritius, August 9, 1968 (Reuters) -- The assembly met at dawn.", "1968-08-09"),
        ("QUITO, August 9 — The assembly met at dawn.", None),  # no year: no date to give
        ("The assembly, on 9 August 1968 - a Friday - met at dawn.", None),  # a sentence, not a dateline
    ],
)
def test_byline_news_dateline_opening_the_story_dates_it(opening, published):
    header = parse_header(f"Harbour Strike Spreads\n\nBy Ines Moreau, Correspondent\n\n{opening} More follows.")
    assert header.published == published


def test_byline_no_title_when_first_line_is_prose():
    text = "The strike began on a Monday, when the dock workers walked out of the harbour.\nIt lasted ten days."
    assert parse_header(text).title is None


def test_byline_title_from_markdown_heading():
    assert parse_header("# Ten Days in the Harbour\n\nBy Ana Ruiz\n\nText.").title == "Ten Days in the Harbour"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("04.07.2022", "2022-07-04"),  # dotted numeric dates are day-first
        ("4.7.22", "2022-07-04"),
        ("12/25/2019", "2019-12-25"),  # slashed: month-first unless the first number cannot be a month
        ("25/12/2019", "2019-12-25"),
        ("Jan 14th, 2021", "2021-01-14"),
        ("14 January 2021", "2021-01-14"),
        ("1917-08", "1917-08"),
        ("no date here", None),
        ("32.13.2020", None),
    ],
)
def test_byline_parse_date_normalises_to_iso(written, iso):
    assert parse_date(written) == iso


def test_byline_find_date_gives_the_span():
    line = "Ana Ruiz, 14 January 2021"
    iso, start, end = find_date(line)
    assert (iso, line[start:end]) == ("2021-01-14", "14 January 2021")


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("Northwire | March 12, 1964", None, "1964-03-12"),  # a source set off by a bar
        ("The Valley Gazette, 2 October 1991", None, "1991-10-02"),  # a publication's name
        ("Text: Ilse Brandt · Photography: Omar Farouk", "Ilse Brandt", None),  # the writer, not the photographer
        ("Photos: Omar Farouk | Words: Ilse Brandt", "Ilse Brandt", None),
    ],
)
def test_byline_source_publication_and_credit_lines(line, author, published):
    header = parse_header(f"Harbour Strike Spreads\n\n{line}\n\nThe assembly met at dawn.")
    assert (header.author, header.published) == (author, published)


def test_byline_closing_wire_credit_names_the_first_reporter():
    text = ("Harbour Strike Spreads\n\nThe assembly met at dawn and voted.\n\n"
            "(Reporting by Ines Moreau and Paul Grey in Tallinn; additional reporting by Ada Lind; "
            "editing by Karl Blum)\n")
    assert parse_header(text).author == "Ines Moreau"


def test_byline_credit_in_the_middle_of_the_story_is_no_author():
    text = ("Harbour Strike Spreads\n\n" + "The assembly met.\n\n" * 8 + "(Reporting by Ines Moreau)\n\n"
            + "The assembly met.\n\n" * 5)
    assert parse_header(text).author is None


def test_byline_minutes_take_the_meeting_date_not_the_marking_or_a_stamp():
    text = ("CONFIDENTIAL\n\nCITY OF BRANDHOLM\nHARBOUR BOARD\n\n"
            "Meeting held in the Guild Hall, Brandholm, on Friday 3 October 1969 at 10.30 hours\n\n"
            "[Released to the public archive, 1 July 2001]\n\nPRESENT: The Chairman\n")
    header = parse_header(text)
    assert (header.title, header.published) == (None, "1969-10-03")


def test_byline_marked_paper_takes_its_subject_line_as_title():
    text = "TOP SECRET\n\nFROM: Office of the Governor\nDATE: 4 May 1950\nSUBJECT: Harbour Defences\n\n1. Text."
    assert (parse_header(text).title, parse_header(text).published) == ("Harbour Defences", "1950-05-04")


def test_byline_a_place_and_date_stamp_is_still_no_publication_date():
    assert parse_header("Strikes in the Ports\n\nDeclassified on 4 April 2010\n\nText.").published is None
