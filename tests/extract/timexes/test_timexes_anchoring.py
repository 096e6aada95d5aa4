"""Reference time: deictic, anaphoric, quoted and year-less expressions, and consistency findings."""

from __future__ import annotations

import pytest
from tests.conftest import make_document

from annalyst.extract.context import DocContext
from annalyst.extract.timexes import extract_timexes, narrative_time


@pytest.fixture
def timexes_of(nlp):
    """``timexes_of(text, published=None) -> ({covered text: Timex}, DocContext)``; repeated texts get
    a ``#2`` suffix."""

    def run(text: str, published: str | None = None):
        ctx = DocContext(make_document(text, published=published), nlp(text))
        ctx.timexes = extract_timexes(ctx)
        found = {}
        for t in ctx.timexes:
            key = t.text if t.text not in found else f"{t.text}#2"
            found[key] = t
        return found, ctx

    return run


def test_timexes_deictic_expressions_count_from_the_publication_date(timexes_of):
    found, _ = timexes_of("Two years ago the archive opened. A few days ago a historian found the letter. "
                          "Last Tuesday she published it.", published="2015-03-12")
    assert (found["Two years ago"].value, found["Two years ago"].anchor) == ("2013", "published")
    assert found["A few days ago"].value.startswith("2015")
    assert found["A few days ago"].mod == "APPROX"
    assert found["Last Tuesday"].value == "2015-03-10"


def test_timexes_deictic_expression_without_publication_date_stays_unresolved(timexes_of):
    found, _ = timexes_of("Two years ago the archive opened.")
    assert found["Two years ago"].value is None


def test_timexes_yearless_date_in_the_authors_voice_takes_the_publication_year(timexes_of):
    found, _ = timexes_of("On March 2, the ministry released the files.", published="2019-05-20")
    assert (found["March 2"].value, found["March 2"].anchor) == ("2019-03-02", "published")


def test_timexes_yearless_date_in_a_chronology_takes_the_narrated_year(timexes_of):
    text = ("In April 1961 the exiles landed at the bay. Their supplies ran out within hours.\n\n"
            "On April 19th the last of them surrendered.")
    found, _ = timexes_of(text, published="2011-05-01")
    assert found["April 19th"].value == "1961-04-19"
    assert found["April 19th"].anchor == found["April 1961"].id


def test_timexes_anaphoric_expressions_count_from_the_narrative_time(timexes_of):
    text = ("The envoy reached Lisbon on 4 May 1942. He met the minister the next day. "
            "His deputy, born in 1901, stayed behind. Four months later the talks collapsed.")
    found, _ = timexes_of(text, published="2020-01-01")
    assert found["the next day"].value == "1942-05-05"
    # a year mentioned in passing cannot anchor a shift in months
    assert found["Four months later"].value == "1942-09"
    assert found["Four months later"].anchor in {found["4 May 1942"].id, found["the next day"].id}


def test_timexes_quoted_today_is_the_day_of_the_speech(timexes_of):
    text = ("The commission met on 12 May 1949 to hear the witnesses. The chairman opened it: "
            "\u201cToday we begin the inquiry, and tomorrow we hear the admiral.\u201d\n\n"
            "Today the transcripts are online.")
    found, _ = timexes_of(text, published="1999-01-01")
    assert (found["Today"].value, found["Today"].anchor) == ("1949-05-12", found["12 May 1949"].id)
    assert found["tomorrow"].value == "1949-05-13"
    assert (found["Today#2"].value, found["Today#2"].anchor) == ("1999-01-01", "published")


def test_timexes_today_in_a_quoted_report_is_the_reports_day(timexes_of):
    text = ("The delegates gathered in Geneva on 3 October 1961. A wire service reported:\n\n"
            "The foreign minister said today that the border would stay closed. He spoke for an hour.\n\n"
            "The border opened this week.")
    found, _ = timexes_of(text, published="2021-06-16")
    assert found["today"].value == "1961-10-03"
    assert found["this week"].value == "2021-W24"


def test_timexes_inconsistent_relative_and_absolute_pair_gives_a_finding(timexes_of):
    found, ctx = timexes_of("The governor arrived in Lagos on 9 October 1962. Two months later, on "
                            "30 October 1962, he left.")
    findings = [f for f in ctx.findings if f.kind == "date_inconsistency"]
    assert len(findings) == 1
    assert set(findings[0].refs) == {found["Two months later"].id, found["30 October 1962"].id}


def test_timexes_consistent_relative_and_absolute_pair_gives_no_finding(timexes_of):
    _, ctx = timexes_of("The governor arrived in Lagos on 9 October 1962. Three weeks later, on "
                        "30 October 1962, he left.")
    assert not [f for f in ctx.findings if f.kind == "date_inconsistency"]


def test_timexes_narrative_time_is_the_last_date_the_text_moved_to(timexes_of):
    text = ("The envoy reached Lisbon on 4 May 1942. \u201cWe sail on 9 June 1942,\u201d he wrote. "
            "The ship left late.")
    found, ctx = timexes_of(text)
    late = text.index("left late")
    assert narrative_time(ctx, late).id == found["4 May 1942"].id  # the quoted date is not the narrative's
    inside = text.index("he wrote") - 3
    assert narrative_time(ctx, inside).id == found["9 June 1942"].id
    assert narrative_time(ctx, 0) is None


def test_timexes_weekday_follows_the_tense_of_its_own_clause(timexes_of):
    found, _ = timexes_of("The delegates met this morning and will meet again on Thursday.", published="1998-11-03")
    assert found["Thursday"].value == "1998-11-05"
    assert found["this morning"].value == "1998-11-03"  # ISO 8601 writes no part of the day


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said the council would vote on the budget on Monday.",
        "The minister is to sign the accord on Monday.",
        "The ceremony is scheduled for Monday.",
        "The union plans to walk out on Monday.",
    ],
)
def test_timexes_weekday_after_a_modal_or_a_plan_is_the_next_one(timexes_of, sentence):
    # written on a Wednesday: "would", "is to", a scheduled event or a plan point to the coming Monday
    found, _ = timexes_of(sentence, published="2003-09-10")
    assert found["Monday"].value == "2003-09-15"


def test_timexes_yearless_day_a_plan_is_set_for_is_the_next_one(timexes_of):
    found, _ = timexes_of("The reburial is set for 2 October in the old chapel.", published="2003-09-10")
    assert found["2 October"].value == "2003-10-02"
    found, _ = timexes_of("The reburial was set for 2 October in the old chapel.", published="2003-09-10")
    assert found["2 October"].value == "2003-10-02"


def test_timexes_quote_attributed_with_a_date_counts_from_that_date(timexes_of):
    text = ("The strike began on 2 March 1920. \u201cToday the docks are closed,\u201d the mayor said on "
            "5 March 1920.")
    found, _ = timexes_of(text, published="2001-01-01")
    assert (found["Today"].value, found["Today"].anchor) == ("1920-03-05", found["5 March 1920"].id)


def test_timexes_dateline_stands_in_for_a_missing_publication_date(timexes_of):
    text = "Paris, 14 May 1948\n\nThe minister left yesterday for London."
    found, _ = timexes_of(text)
    assert (found["yesterday"].value, found["yesterday"].anchor) == ("1948-05-13", found["14 May 1948"].id)


def test_timexes_a_heading_with_a_colon_is_not_a_quoted_report(timexes_of):
    text = "The fleet sailed on 6 June 1944.\n\nBackground:\n\nToday the beaches are quiet."
    found, _ = timexes_of(text, published="2014-06-06")
    assert (found["Today"].value, found["Today"].anchor) == ("2014-06-06", "published")


def test_timexes_a_new_scene_stops_an_old_anchor(timexes_of):
    text = ("The dockers struck on 14 August 1980. In 1976 similar protests had followed price rises, "
            "and the government retreated the next day.")
    found, _ = timexes_of(text)
    assert found["the next day"].value is None  # not the day after 14 August 1980


def test_timexes_weekdays_in_a_current_report_count_from_the_day_of_writing(timexes_of):
    text = ("Warsaw, 16 August 1980 - The strike began on Thursday. The management made an offer on Friday. "
            "Talks are expected to resume on Monday.")
    found, _ = timexes_of(text)
    assert found["Thursday"].value == "1980-08-14"
    assert found["Friday"].value == "1980-08-15"
    assert found["Monday"].value == "1980-08-18"


def test_timexes_narrative_time_inside_a_quote_without_dates_is_the_speech_time(timexes_of):
    text = "The envoy reached Lisbon on 4 May 1942. \u201cWe sail soon,\u201d he wrote."
    found, ctx = timexes_of(text)
    assert narrative_time(ctx, text.index("soon")).id == found["4 May 1942"].id


def test_timexes_a_count_of_weeks_agrees_with_a_day_in_the_same_week(timexes_of):
    found, ctx = timexes_of("The revolt began on 25 April 1973. One week later, on May 1, crowds marched.")
    assert found["One week later"].value == "1973-05-02"
    assert not [f for f in ctx.findings if f.kind == "date_inconsistency"]


def test_timexes_quoted_report_is_found_in_a_text_without_blank_lines(timexes_of):
    text = ("The summit opened on 3 May 1960.\nAs the paper reported:\nThe premier said today that talks "
            "had failed.\nToday the files are open.")
    found, _ = timexes_of(text, published="2010-01-01")
    assert found["today"].value == "1960-05-03"
    assert found["Today"].value == "2010-01-01"


def test_timexes_the_byline_date_is_not_a_narrative_anchor(timexes_of):
    text = "The Long Exile\n\nBy A. Writer, 14 January 2021\n\nThe party was banned in 1970. Three months later it split."
    found, _ = timexes_of(text, published="2021-01-14")
    assert found["Three months later"].value is None  # not April 2021


def test_timexes_a_year_stated_in_the_paragraph_governs_its_yearless_dates(timexes_of):
    text = ("Harbour Lights, 20.09.2015\n\n"
            "Last month a television series retold the story of the mutiny. It got the facts wrong.\n\n"
            "The record of 1931 is plain. On September 15th, the sailors refused their orders. "
            "On September 16th, the admiralty gave way.")
    found, _ = timexes_of(text, published="2015-09-20")
    assert found["September 15th"].value == "1931-09-15"  # not the series' month, nor 2015
    assert found["September 16th"].value == "1931-09-16"


def test_timexes_a_deictic_date_sets_the_year_only_in_its_own_sentence(timexes_of):
    found, _ = timexes_of("Last year, on 4 June, the museum reopened.", published="2015-09-20")
    assert found["4 June"].value == "2014-06-04"


def test_timexes_an_end_point_does_not_move_the_story(timexes_of):
    text = ("The rebels took the port on 2 May 1921. Their leader was exiled until 1930. "
            "Before the end of the year the rebellion had collapsed. Its newspaper closed in November.")
    found, _ = timexes_of(text, published="2001-01-01")
    assert found["the end of the year"].value == "1921"
    assert found["the end of the year"].mod == "END"
    assert found["November"].value == "1921-11"


def test_timexes_a_present_tense_yearless_date_used_as_a_name_recurs(timexes_of):
    found, _ = timexes_of("In this town, 2 October is a public holiday. Everyone remembers 19 August.",
                          published="2012-09-01")
    assert found["2 October"].value == "XXXX-10-02"
    assert found["19 August"].value == "XXXX-08-19"


def test_timexes_a_yearless_date_in_a_report_is_the_nearest_on_the_side_of_its_tense(timexes_of):
    # a report's present tense schedules ("takes effect", "is away"): the coming day, as TimeML reads it
    found, _ = timexes_of("The mayor is away on 25 March.", published="2010-03-22")
    assert found["25 March"].value == "2010-03-25"
    found, _ = timexes_of("The mayor is away on 20 March.", published="2010-03-22")
    assert found["20 March"].value == "2010-03-20"
    found, _ = timexes_of("The council voted on 25 March.", published="2010-03-22")
    assert found["25 March"].value == "2009-03-25"  # a past narrative: the last 25 March before writing


def test_timexes_the_end_of_the_year_in_the_future_is_the_current_year(timexes_of):
    found, _ = timexes_of("The treaty was signed on 3 May 1950. The minister will resign before the end of "
                          "the year.", published="1950-06-01")
    assert found["the end of the year"].value == "1950"


def test_timexes_narrative_time_at_a_quote_with_no_date_anywhere_is_none(timexes_of):
    # regression: an offset inside an undated quotation once recursed forever
    text = "\u201cWe will not give in,\u201d the chairman said. \u201cNever,\u201d he added."
    _, ctx = timexes_of(text)
    assert narrative_time(ctx, text.index("give")) is None
    assert narrative_time(ctx, text.index("Never")) is None


def test_timexes_narrative_time_skips_end_points_and_the_authors_present(timexes_of):
    text = ("A few weeks ago a reader asked about the mine.\n\n"
            "The miners struck on 3 April 1951. Their leader stayed in prison until 1958. "
            "The mine was later sold.")
    found, ctx = timexes_of(text, published="2020-05-05")
    assert narrative_time(ctx, text.index("later sold")).id == found["3 April 1951"].id
    assert narrative_time(ctx, text.index("The miners")) is None  # the reader's question is no story time
    assert narrative_time(ctx, text.index("a reader")).id == found["A few weeks ago"].id


def test_timexes_that_day_in_a_year_takes_the_day_just_mentioned(timexes_of):
    text = "Every town marks 9 November. On that day in 1918 the emperor fled."
    found, _ = timexes_of(text, published="2018-11-01")
    assert found["that day"].value == "1918-11-09"
    assert found["1918"].value == "1918"


def test_timexes_that_week_in_a_month_is_the_month_the_story_told_of(timexes_of):
    text = ("The sailors mutinied on 3 November 1918.\n\nIn 1945 a historian interviewed the survivors.\n\n"
            "Every account leads back to that week in November.")
    found, _ = timexes_of(text, published="2018-11-01")
    assert found["that week in November"].value == "1918-11"


def test_timexes_a_day_used_as_a_name_recurs_even_inside_a_story(timexes_of):
    text = "The rising began in April 1916. Irish schoolchildren still learn 24 April as the day it started."
    found, _ = timexes_of(text, published="2016-05-01")
    assert found["24 April"].value == "XXXX-04-24"


def test_timexes_by_the_end_of_the_year_follows_the_story(timexes_of):
    text = ("The party was banned on 2 June 1933. By the end of the year most of its members had emigrated.")
    found, _ = timexes_of(text, published="2013-01-30")
    assert found["the end of the year"].value == "1933"


def test_timexes_a_sentence_opening_on_by_a_date_moves_the_story_there(timexes_of):
    text = ("The famine of 1921 is still remembered in the valley. By the autumn of 1932 the harvest had "
            "failed again. In October, the requisitions resumed.")
    found, _ = timexes_of(text, published="2012-04-02")
    assert found["October"].value == "1932-10"
    # the same words inside a sentence are an end point the story does not move to
    text = ("The ministry opened its archive on 2 March 1961. Its staff had doubled by the autumn of 1964. "
            "The next day a fire broke out.")
    found, _ = timexes_of(text, published="2012-04-02")
    assert found["The next day"].value == "1961-03-03"


def test_timexes_relative_date_without_anchor_takes_the_date_that_restates_it(timexes_of):
    text = ("In the winter of 1820 the settlers reached the valley. Six months earlier, in June, they had "
            "left the coast. Three weeks earlier, on 2 May, the ship had docked.")
    found, _ = timexes_of(text, published="2020-01-01")
    # a season gives no month to count six months from; the month written beside it says the time
    assert (found["Six months earlier"].value, found["Six months earlier"].anchor) == ("1820-06", found["June"].id)
    assert found["Three weeks earlier"].value == "1820-05-02"


def test_timexes_time_counted_from_an_event_takes_the_date_beside_it(timexes_of):
    text = ("The river rose in October 1927. The ministers met on 3 October, the day after the flood. "
            "The night before the vote, on 8 November 1927, the bridge fell. The night of the fire was cold.")
    found, _ = timexes_of(text, published="2020-01-01")
    assert found["the day after the flood"].value == "1927-10-03"
    assert found["The night before the vote"].value.startswith("1927-11-08")
    # with no date beside it, the event's day is unknown: no valueless timex
    assert "The night of the fire" not in found


def test_timexes_within_days_is_soon_after_the_narrative_time(timexes_of):
    text = ("The treaty was signed on 3 August 1921. It was ratified within weeks, and the garrison left "
            "within a week of the vote.")
    found, _ = timexes_of(text, published="2020-01-01")
    assert (found["within weeks"].value, found["within weeks"].mod) == ("1921-08", "APPROX")
    assert found["within weeks"].anchor == found["3 August 1921"].id
    assert (found["a week"].type, found["a week"].value) == ("DURATION", "P1W")  # a counted span stays one


def test_timexes_for_the_nth_day_is_the_current_day_of_the_run(timexes_of):
    text = "On 6 May 1926 the printers were out for the third day. Pickets stayed for the second week running."
    found, _ = timexes_of(text, published="2000-01-01")
    assert found["the third day"].value == "1926-05-06"
    assert found["the second week running"].value == "1926-W18"


def test_timexes_a_caption_without_a_verb_keeps_the_story_year(timexes_of):
    text = "The dockers struck in May 1926.\n\nPickets at the gates of the London docks, 4 May"
    found, _ = timexes_of(text, published="2006-05-01")
    assert found["4 May"].value == "1926-05-04"


def test_timexes_a_past_narrative_far_from_its_dates_stays_in_the_story_year(timexes_of):
    text = ("On 8 July 1932 the government fell.\n\nHistorians still argue about it.\n\n"
            "The police kept the leaders in jail until 1936. The party was banned in November.")
    found, _ = timexes_of(text, published="2012-03-01")
    assert found["November"].value == "1932-11"  # not 2011 (the writer's last November) nor 1936


def test_timexes_a_season_of_a_year_frames_its_yearless_dates(timexes_of):
    found, _ = timexes_of("The winter of 1947 was the coldest on record. On 4 March, the snow closed the roads.",
                          published="2017-03-10")
    assert found["4 March"].value == "1947-03-04"


def test_timexes_a_date_in_the_next_sentence_does_not_date_a_quote(timexes_of):
    text = ("The plant closed on 2 May 1984.\n\n\u201cToday we lost everything,\u201d a worker told me. "
            "Yesterday the site was sold.")
    found, _ = timexes_of(text, published="2014-06-05")
    assert found["Today"].value == "1984-05-02"  # not the day before publication


def test_timexes_the_weekday_of_the_day_of_writing_is_that_day(timexes_of):
    # written on Friday 21 October 1994: "on Friday" is the same day, "on Monday" the one before
    text = "Miners in the valley voted on Friday to end their stoppage, which began on Monday."
    found, _ = timexes_of(text, published="1994-10-21")
    assert found["Friday"].value == "1994-10-21"
    assert found["Monday"].value == "1994-10-17"
    found, _ = timexes_of("Last Friday the miners voted to end their stoppage.", published="1994-10-21")
    assert found["Last Friday"].value == "1994-10-14"


def test_timexes_a_clock_time_takes_no_date_said_in_passing(timexes_of):
    text = ("Minutes of the board, Thursday 9 October 1958\n\nThe board agreed that the curfew imposed on "
            "2 October will be lifted.\n\nThe chairman closed the meeting at 18.20 hours.")
    found, _ = timexes_of(text, published="1958-10-09")
    assert found["18.20 hours"].value == "1958-10-09T18:20"


def test_timexes_a_clock_time_takes_the_day_the_story_moved_to(timexes_of):
    text = "The envoy landed on 3 May 1944. He will fly home on 9 May.\n\nAt 10.30 hours the talks began."
    found, _ = timexes_of(text, published="2001-01-01")
    assert found["10.30 hours"].value == "1944-05-03T10:30"


def test_timexes_the_following_or_previous_season_counts_from_the_narrative_time(timexes_of):
    text = "The mill closed in October 1931. It reopened the following spring and was sold in May."
    found, _ = timexes_of(text, published="2010-01-01")
    assert found["the following spring"].value == "1932-SP"
    assert found["May"].value == "1932-05"
    found, _ = timexes_of("The mill closed in February 1931 and reopened the following summer.")
    assert found["the following summer"].value == "1931-SU"
    found, _ = timexes_of("The mill was sold on 3 March 1931. It had flooded the previous winter.")
    assert found["the previous winter"].value == "1930-WI"


def test_timexes_a_count_of_years_opening_a_retrospective_sets_the_story_year(timexes_of):
    # written in 2012: "Thirty years ago" is 1982, and the year-less days of the story are in it, not in
    # the year of a past-perfect aside about the narrator's past
    text = ("Thirty years ago this spring, I joined the crew of a trawler out of Vik. I had left school in "
            "1976, at sixteen, and by then I knew the boats.\n\n"
            "The season opened on 12 March. The skipper had bought the boat a year earlier. On 20 March we "
            "lost a net.")
    found, _ = timexes_of(text, published="2012-04-02")
    assert found["Thirty years ago this spring"].value == "1982-SP"
    assert found["12 March"].value == "1982-03-12"
    assert found["a year earlier"].value == "1981"
    assert found["20 March"].value == "1982-03-20"


def test_timexes_a_count_of_weeks_back_still_speaks_of_the_writers_present(timexes_of):
    text = ("A few weeks ago, the archive released the logbook. The fleet sailed in 1952.\n\n"
            "On 12 March the storm hit.")
    found, _ = timexes_of(text, published="2012-04-02")
    assert found["12 March"].value == "1952-03-12"
    # a past-perfect year is still the story's when nothing else frames it
    found, _ = timexes_of("The fleet had sailed in 1952.\n\nOn 12 March the storm hit.", published="2012-04-02")
    assert found["12 March"].value == "1952-03-12"


def test_timexes_a_date_in_parentheses_does_not_frame_the_story(timexes_of):
    text = ("The trawler sank on 3 November 1961. (Her sister ship was broken up in 1975.) "
            "On 9 November the inquiry opened.")
    found, _ = timexes_of(text, published="2012-04-02")
    assert found["9 November"].value == "1961-11-09"


def test_timexes_a_date_opening_the_line_after_a_header_opens_its_sentence(timexes_of):
    # the parser runs the header line and the lead together; the lead still opens on "Thirty years ago"
    text = ("Pictures from the North Sea\n\nThirty years ago this spring, I joined the crew of a trawler. "
            "I had left school in 1976.\n\nThe season opened on 12 March.")
    found, _ = timexes_of(text, published="2012-04-02")
    assert found["12 March"].value == "1982-03-12"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("Forty years ago this month", "1972-04"), ("Forty years ago this spring", "1972-SP"),
     ("Forty years ago this week", "1972-W13"), ("Forty years ago", "1972")],
)
def test_timexes_years_ago_this_month_is_that_month_of_that_year(timexes_of, phrase, value):
    found, _ = timexes_of(f"{phrase}, the shipyard closed its gates.", published="2012-04-02")
    assert found[phrase].value == value


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_timexes_a_chronologys_entries_take_the_year_heading_them(timexes_of, gap):
    # entries in the present tense, a bare month opening an entry, a year named inside an entry, and
    # list entries separated by blank lines or not
    lines = ["Chronology", "1956", "2 June – Dockers strike at the harbour; their last strike was in 1948.",
             "August – The port authority is dissolved.", "1957", "11 February – Ten ships leave the port.",
             "30 April: The navy seizes the harbour."]
    found, _ = timexes_of(gap.join(lines), published="2014-09-01")
    assert found["2 June"].value == "1956-06-02"
    assert found["August"].value == "1956-08"
    assert found["11 February"].value == "1957-02-11"
    assert found["30 April"].value == "1957-04-30"


def test_timexes_a_month_opening_a_line_without_a_separator_is_no_entry(timexes_of):
    found, _ = timexes_of("Letters\n\nMay I ask the editor a question?", published="2014-09-01")
    assert "May" not in found


def test_timexes_a_count_from_a_coarser_later_date_is_as_precise_as_that_date(timexes_of):
    text = ("The siege began on 3 April 1921. Ten days later the garrison surrendered.\n\n"
            "The tribunal's verdict, delivered in September 1923, cleared the officers. The governor "
            "stepped down three weeks later.")
    found, _ = timexes_of(text, published="2020-06-01")
    assert found["Ten days later"].value == "1921-04-13"
    assert (found["three weeks later"].value, found["three weeks later"].anchor) == (
        "1923", found["September 1923"].id)
    # a coarser date earlier in time is no move of the story
    found, _ = timexes_of("He was sworn in on 2 March 1950. His father was born in 1890. Two days later he "
                          "dissolved parliament.", published="2020-06-01")
    assert found["Two days later"].value == "1950-03-04"
    # with no day at all, the month says as much as can be known
    found, _ = timexes_of("The tribunal sat in May 1930. Two days later it adjourned.", published="2020-06-01")
    assert found["Two days later"].value == "1930"


def test_isodates_shift_of_a_coarse_period_keeps_what_all_its_days_agree_on():
    from annalyst.extract.timexes import isodates

    assert isodates.shift_period("1923-09", "week", 3, 1) == "1923"
    assert isodates.shift_period("1923-09", "day", 2, -1) == "1923"
    assert isodates.shift_period("1923-12", "week", 2, 1) is None
    assert isodates.shift_period("1923", "month", 3, 1) is None


def test_timexes_a_quote_attributed_to_a_season_dates_its_years(timexes_of):
    text = ("“We build the dam this year or we lose the valley next year,” the engineer, Ole Brandt, told the "
            "council in the spring of 1962. Work began in May.")
    found, _ = timexes_of(text, published="2008-10-01")
    assert (found["this year"].value, found["next year"].value) == ("1962", "1963")


def test_timexes_a_count_on_in_the_present_tense_is_the_speakers_now(timexes_of):
    # a round count from the story's year, or after nothing but the writer's own "Last week"
    text = "The shipyard closed in March 1985. Thirty years on, I still ask why nobody stopped it."
    found, _ = timexes_of(text, published="2013-05-06")
    assert found["Thirty years on"].value == "2013"
    text = "Last week a reader wrote to me about the shipyard. Thirty years on, I still ask why it closed."
    found, _ = timexes_of(text, published="2013-05-06")
    assert (found["Thirty years on"].value, found["Thirty years on"].anchor) == ("2013", "published")
    # in a past narrative it still counts from the story's time
    found, _ = timexes_of("The shipyard closed in 1983. Ten years on, the docks stood empty.",
                          published="2013-05-06")
    assert found["Ten years on"].value == "1993"


def test_timexes_a_report_takes_yearless_dates_near_its_date_not_from_older_years(timexes_of):
    text = ("Quentor Ltd. said yesterday it had joined the index in 2031. Net income rose from a year earlier.\n\n"
            "The dividend is payable 2 January to holders of record 9 December. The board met in November, "
            "and the chairman spoke on Friday.")
    found, _ = timexes_of(text, published="2036-10-27")
    assert found["2 January"].value == "2037-01-02"  # hangs from "payable": the coming one
    assert found["9 December"].value == "2036-12-09"
    assert found["November"].value == "2035-11"  # past tense: the last November before writing
    assert found["Friday"].value == "2036-10-24"


def test_timexes_a_report_counts_a_yearless_date_from_a_full_date_of_its_paragraph(timexes_of):
    text = "The clerk vanished on 28 December 2040 and was seen again on 3 January in a port town."
    found, _ = timexes_of(text, published="2041-06-01")
    assert found["3 January"].value == "2041-01-03"


def test_timexes_a_clock_time_takes_the_day_written_after_it(timexes_of):
    text = "Pickets left at 10 p.m. Wednesday, and the offer runs until 5 p.m. EST, 9 November."
    found, _ = timexes_of(text, published="2033-11-04")  # a Friday
    assert found["10 p.m."].value == "2033-11-02T22:00"
    assert found["5 p.m."].value == "2033-11-09T17:00"


def test_timexes_a_part_of_the_day_is_written_as_its_day(timexes_of):
    found, _ = timexes_of("The crowd dispersed on Friday night.", published="2033-11-05")
    assert found["Friday night"].value == "2033-11-04"


def test_timexes_a_weekday_a_modal_or_a_plain_present_schedules_is_ahead(timexes_of):
    # written on Monday 3 March 2031
    found, _ = timexes_of("The envoy could arrive as early as Tuesday. The council meets Thursday.",
                          published="2031-03-03")
    assert found["Tuesday"].value == "2031-03-04"
    assert found["Thursday"].value == "2031-03-06"


def test_timexes_a_weekday_qualifying_a_noun_is_a_day_already_past(timexes_of):
    # written on Wednesday 5 March 2031: the modal is the claim's, not the day's
    found, _ = timexes_of("The minister's statement on Monday cannot stand.", published="2031-03-05")
    assert found["Monday"].value == "2031-03-03"


def test_timexes_a_reports_comparisons_with_a_year_earlier_do_not_chain(timexes_of):
    text = ("Quentor Ltd. said yesterday that it earned $4 million, up from $3 million a year earlier. "
            "Sales rose to $9 million from $8 million a year earlier. The firm was founded in 2029.")
    found, _ = timexes_of(text, published="2036-10-27")
    assert found["a year earlier"].value == "2035"
    assert found["a year earlier#2"].value == "2035"


def test_timexes_last_weekend_is_the_previous_weeks(timexes_of):
    # written on Tuesday 15 April 2031 and on Sunday 20 April 2031
    found, _ = timexes_of("The raid last weekend changed everything.", published="2031-04-15")
    assert found["last weekend"].value == "2031-W15"
    found, _ = timexes_of("The raid last weekend changed everything.", published="2031-04-20")
    assert found["last weekend"].value == "2031-W15"


def test_timexes_this_before_a_full_date_is_a_determiner(timexes_of):
    found, _ = timexes_of("This November 14 meeting is recorded in two telegrams.", published="2031-11-20")
    assert found["November 14"].value == "2031-11-14"


def test_timexes_a_weekday_of_saying_dates_the_report_in_an_older_story(timexes_of):
    text = ("The envoy vanished on 26 March 2029 near the border. Officials said privately Thursday that "
            "the search had ended.")
    found, _ = timexes_of(text, published="2031-02-20")  # a Thursday
    assert found["Thursday"].value == "2031-02-20"


def test_timexes_a_reports_end_point_may_lie_ahead_whatever_the_tense(timexes_of):
    text = "The offer, due to lapse yesterday, was extended to 16 November."
    found, _ = timexes_of(text, published="2036-10-30")
    assert found["16 November"].value == "2036-11-16"


def test_timexes_a_yearless_date_with_its_weekday_takes_a_year_that_fits(timexes_of):
    found, _ = timexes_of("The paper said in an editorial on Monday, 26 October: the vote stands.",
                          published="2041-10-25")
    assert found["Monday, 26 October"].value == "2043-10-26"  # 26 October is a Monday in 2043, not 2041


def test_timexes_feasts_take_their_day_in_the_nearest_year(timexes_of):
    text = "The boy was found on Thanksgiving Day, and last Christmas he was still in the camp. He left yesterday."
    found, _ = timexes_of(text, published="2032-01-10")
    assert found["Thanksgiving Day"].value == "2031-11-27"  # the fourth Thursday of November 2031
    assert found["last Christmas"].value == "2031-12-25"


def test_timexes_more_units_and_the_next_couple_of_years(timexes_of):
    found, _ = timexes_of("The lease runs for 20 more years; over the next couple of years rents rise.")
    assert found["20 more years"].value == "P20Y"
    assert found["the next couple of years"].value == "P2Y"


def test_timexes_a_date_qualifying_a_noun_takes_no_side_from_a_future_verb(timexes_of):
    text = "Both governments would regard the Nov 13 incident as an end. Telegrams 1109 and 1120 came yesterday."
    found, _ = timexes_of(text, published="2031-11-15")
    assert found["Nov 13"].value == "2031-11-13"
    assert "1109" not in found and "1120" not in found


def test_timexes_a_weekday_planned_or_put_off_until_is_ahead(timexes_of):
    # written on Wednesday 5 March 2031
    text = ("The prosecutor has scheduled a news conference Thursday. Officials postponed until Tuesday any "
            "decision. Until Monday, they had not named a suspect.")
    found, _ = timexes_of(text, published="2031-03-05")
    assert found["Thursday"].value == "2031-03-06"
    assert found["Tuesday"].value == "2031-03-11"
    assert found["Monday"].value == "2031-03-03"


def test_timexes_a_deadline_until_a_clock_time_and_weekday_is_ahead(timexes_of):
    found, _ = timexes_of("The agency gave the family until 9 a.m. Tuesday to sign.", published="2031-03-05")
    assert found["Tuesday"].value == "2031-03-11"
    assert found["9 a.m."].value == "2031-03-11T09:00"


def test_timexes_a_dated_cable_reads_its_yearless_days_near_its_date(timexes_of):
    text = ("Ostrava, November 15, 2031, 8:39 p.m.\n\n"
            "1. The envoy called on Nov 15 after last weekend's raid. The reports were even worse than "
            "April 2027.\n\n"
            "[3] In telegram 1105 from the capital, November 14, the consul reported a meeting.")
    found, _ = timexes_of(text, published="2031-11-15")
    assert found["November 14"].value == "2031-11-14"  # not April 2027's year


def test_timexes_a_report_reads_a_yearless_month_near_its_date_not_an_older_year_said_in_passing(timexes_of):
    # a news report: "a year ago" and "last week" speak of the writer's present
    text = ("Sales at Quillmark rose 4% from a year ago, the company said last week. Under a plan "
            "approved in 2027, the firm had bought 300 shares through Oct. 9. It expects a new plant in "
            "March.")
    found, _ = timexes_of(text, published="2031-10-20")
    assert found["Oct. 9"].value == "2031-10-09"  # not 2027's
    assert found["March"].value == "2032-03"


def test_timexes_a_report_looks_for_the_year_of_a_month_only_in_the_sentence_before(timexes_of):
    text = ("Vellmoor, the rebel port, fell on Jan. 3, 2019, after a long siege. The town has changed. "
            "Its harbour is busy. New ferries sail on Fridays. The mayor said Monday the last of the "
            "refugees had returned in late November. He said so again on Tuesday.")
    found, _ = timexes_of(text, published="2031-04-02")
    assert found["late November"].value == "2030-11"  # the one before the report, not 2019's


def test_timexes_a_week_sets_no_year_for_a_month(timexes_of):
    text = ("The ministry said earlier this week that the boy, rescued at sea in late November, would "
            "go home.")
    found, _ = timexes_of(text, published="2031-04-05")
    assert found["late November"].value == "2030-11"


def test_timexes_weeks_counted_back_from_the_day_of_writing_are_a_calendar_week(timexes_of):
    found, _ = timexes_of("The ferry sank six weeks ago off the cape.", published="2031-03-12")
    assert found["six weeks ago"].value == "2031-W05"


def test_timexes_a_weekday_naming_a_thing_done_is_past(timexes_of):
    # written on Friday 7 March 2031
    found, _ = timexes_of("The merger follows Tuesday's announcement by the bank.", published="2031-03-07")
    assert found["Tuesday"].value == "2031-03-04"


def test_timexes_a_plan_since_overtaken_lies_on_either_side(timexes_of):
    # written on Monday 10 March 2031: the weekday is a past one, as news tells them; the date the nearest
    text = "The offer had been scheduled to expire at midnight Friday. The bid had been set to expire March 17."
    found, _ = timexes_of(text, published="2031-03-10")
    assert found["Friday"].value == "2031-03-07"
    assert found["March 17"].value == "2031-03-17"


def test_timexes_a_quarter_without_its_year_is_the_reports_quarter(timexes_of):
    # written on 30 October 2031, in a week of company results
    text = ("Brantley Corp. said Friday its third-quarter profit rose, and last week it warned that "
            "fourth-quarter sales will slip. It expects a loss in next year's first quarter. In this "
            "year's second quarter it broke even; in the fourth quarter it had lost money.")
    found, _ = timexes_of(text, published="2031-10-30")
    assert found["third-quarter"].value == "2031-Q3"
    assert found["fourth-quarter"].value == "2031-Q4"
    assert found["next year's first quarter"].value == "2032-Q1"
    assert found["this year's second quarter"].value == "2031-Q2"
    assert found["the fourth quarter"].value == "2030-Q4"  # past tense: the last one already over


def test_timexes_a_share_of_something_is_no_quarter(timexes_of):
    text = ("The island imports about three-quarters of its grain, and the mill sells a quarter of "
            "its flour abroad. The striker scored twice in the second quarter of the match.")
    found, _ = timexes_of(text, published="2031-10-30")
    assert not [k for k in found if "quarter" in k]


def test_timexes_a_possessives_year_before_a_noun_is_a_year_not_a_message_number(timexes_of):
    text = ("The charge will reduce Marlow Corp.'s 2030 operating results. The Embassy's 1820 to the "
            "Department reported the talks.")
    found, _ = timexes_of(text, published="2031-02-02")
    assert found["2030"].value == "2030"
    assert "1820" not in found


def test_timexes_two_days_running_are_one_span_from_the_first_to_the_second(timexes_of):
    text = ("The ministers will meet at Carvel on April 24 and 25. The vote of May 3 and 40 delegates "
            "followed on June 2 and 9.")
    found, _ = timexes_of(text, published="2031-03-12")
    assert found["April 24 and 25"].value == "2031-04-24/2031-04-25"
    assert found["May 3"].value == "2031-05-03"
    assert found["June 2"].value == "2030-06-02"  # past tense: the June before
    assert "40" not in found and "9" not in found


def test_timexes_the_following_or_previous_weekday_counts_from_the_narratives_day(timexes_of):
    text = ("The envoy reached Dorrin on Saturday, 3 May 2031. The following Monday he left. "
            "The market closed on Friday, 9 May 2031, down 2% from the previous Friday.")
    found, _ = timexes_of(text, published="2035-01-01")
    assert found["The following Monday"].value == "2031-05-05"
    assert found["the previous Friday"].value == "2031-05-02"


def test_timexes_within_days_still_to_run_is_a_duration(timexes_of):
    text = ("More troops are expected to reach Tarsk within weeks, and two carriers could sail within a few "
            "days. The treaty was signed on 3 August 2021 and ratified within weeks.")
    found, _ = timexes_of(text, published="2031-08-15")
    assert (found["within weeks"].type, found["within weeks"].value) == ("DURATION", "PXW")
    assert found["within a few days"].value == "PXD"
    assert found["within weeks#2"].value == "2021-08"  # told of the past: soon after that day


def test_timexes_a_yearless_date_ahead_in_a_story_of_the_past_is_the_coming_one(timexes_of):
    # a text that mostly tells of old years still has a date of writing: "in April" still ahead is this April's
    text = ("The league of Tarvel towns was founded in 1911 and enlarged in 1924 and 1937.\n\n"
            "Its flag is blue.\n\nThe summit in Orvane in April is the next step.")
    found, _ = timexes_of(text, published="2031-03-12")
    assert found["April"].value == "2031-04"


def test_timexes_a_yearless_date_in_the_present_perfect_lies_before_the_writing(timexes_of):
    text = ("The league of Tarvel towns was founded in 1911 and enlarged in 1924 and 1937.\n\n"
            "Its flag is blue.\n\nIts grain prices have fallen since November.")
    found, _ = timexes_of(text, published="2031-03-12")
    assert found["November"].value == "2030-11"


def test_timexes_a_news_dateline_without_a_year_is_the_day_of_writing(timexes_of):
    text = ("\n\nVELMORA, February 26 (Zentra) --\n\nThe presidents of Orvane and Tarvel have signed the papers "
            "of the league founded in 1911, enlarged in 1924 and in 1937.")
    found, _ = timexes_of(text, published="2031-02-27")
    assert found["February 26"].value == "2031-02-26"


def test_timexes_a_reports_year_earlier_counts_from_its_own_period_not_from_last_year(timexes_of):
    text = ("Orvane Mills said on Tuesday that its third-quarter profit rose. Last year, it earned 5 million "
            "crowns. The year-earlier results have been restated. It is paying a dividend of 4 crowns, up from "
            "3 crowns a year earlier.\n\n"
            "Its exports fell to 2 million crowns last year, down from 3 million the year before.")
    found, _ = timexes_of(text, published="2031-05-02")
    assert found["year-earlier"].value == "2030"
    assert found["a year earlier"].value == "2030"
    assert found["the year before"].value == "2029"  # the year before last year, in the same sentence


def test_timexes_a_yearless_date_told_by_a_past_verb_of_saying_takes_the_reported_verbs_tense(timexes_of):
    # "said" is past, the flights it reports are still to come: the nearest August 6, the coming one
    found, _ = timexes_of("Orvane Air said two new flights would leave Velmora on Mondays, with a third departing "
                          "each Thursday from August 6.", published="2031-02-13")
    assert found["August 6"].value == "2031-08-06"


def test_timexes_a_yearless_date_under_a_participle_takes_the_tense_of_the_verb_it_hangs_from(timexes_of):
    found, _ = timexes_of("Orvane Mills' stock has fluctuated sharply, rising to a high of 42 crowns in June from "
                          "29 crowns in March.", published="2031-10-30")
    assert found["March"].value == "2031-03"  # the present perfect looks back: not the coming March


def test_timexes_a_far_year_said_in_passing_in_a_report_sets_no_year(timexes_of):
    found, _ = timexes_of("Each right entitles the holder to buy bonds due 2035 and shares at 30 cents. The rights, "
                          "which expire Nov. 21, can be exercised for 100 crowns each.", published="2031-11-02")
    assert found["Nov. 21"].value == "2031-11-21"


def test_timexes_a_bare_weekday_after_last_weekday_names_the_same_day_not_the_day_of_writing(timexes_of):
    # written on a Sunday: "Sunday's attack" is the Sunday already told of, not the day of writing
    found, _ = timexes_of("The border remains tense. Last Sunday's raid weakened the Orvane council. Sunday's "
                          "attack also damaged our standing with Tarvel.", published="2031-11-23")
    assert found["Last Sunday"].value == "2031-11-16"
    assert found["Sunday"].value == "2031-11-16"
    found, _ = timexes_of("The council met on Sunday.", published="2031-11-23")
    assert found["Sunday"].value == "2031-11-23"  # news style: the day of writing's own weekday


def test_timexes_a_clock_time_takes_the_day_written_earlier_in_its_own_sentence(timexes_of):
    found, _ = timexes_of("The Orvane envoy arrived on November 14. A November 15 memorandum from the council states "
                          "that he called at noon. He left that day.", published="2031-11-23")
    assert found["noon"].value == "2031-11-15T12:00"
    assert found["that day"].value == "2031-11-15"


def test_timexes_a_yearless_date_in_a_title_takes_no_verb_of_the_next_line(timexes_of):
    # the parser may join a title to the sentence below it: the present tense there is not the title's
    text = ("On October 2 – the fleet of Tarvel, the pride of its sailors\n\n"
            "Most people associate October 2 with the harvest. The fleet of Tarvel sank on October 2, 1911.")
    found, _ = timexes_of(text, published="2031-03-12")
    assert found["October 2"].value == "XXXX-10-02"
