"""Detection and normalisation: each family of expressions on hand-written sentences."""

from __future__ import annotations

import pytest
from tests.conftest import make_document

from annalyst.extract.context import DocContext
from annalyst.extract.timexes import extract_timexes, isodates


@pytest.fixture
def timexes_of(nlp):
    """``timexes_of(text, published=None) -> ({covered text: Timex}, DocContext)``."""

    def run(text: str, published: str | None = None):
        ctx = DocContext(make_document(text, published=published), nlp(text))
        found = extract_timexes(ctx)
        for t in found:
            assert text[t.start:t.end] == t.text
        return {t.text: t for t in found}, ctx

    return run


def test_timexes_absolute_dates_in_every_order(timexes_of):
    found, _ = timexes_of("The pact was signed on 3 March 1921, ratified on May 5, 1921, amended on "
                          "June 7 1922 and filed on 1923-01-02.")
    assert {t: found[t].value for t in found} == {
        "3 March 1921": "1921-03-03", "May 5, 1921": "1921-05-05", "June 7 1922": "1922-06-07",
        "1923-01-02": "1923-01-02"}


def test_timexes_partial_dates_keep_the_source_precision(timexes_of):
    found, _ = timexes_of("The harbour froze in February 1893 and again in 1895.")
    assert found["February 1893"].value == "1893-02"
    assert found["1895"].value == "1895"


def test_timexes_dotted_numeric_dates_are_day_first(timexes_of):
    found, _ = timexes_of("Minutes filed 12.03.1968; the next session is set for 02.04.1968.")
    assert found["12.03.1968"].value == "1968-03-12"
    assert found["02.04.1968"].value == "1968-04-02"


def test_timexes_ambiguous_slashed_date_is_marked_not_silently_guessed(timexes_of):
    found, _ = timexes_of("The cable is dated 03/04/1975.")
    assert found["03/04/1975"].ambiguous
    assert found["03/04/1975"].confidence < 1


def test_timexes_slashed_date_follows_the_documents_other_slashed_dates(timexes_of):
    found, _ = timexes_of("The cable is dated 03/04/1975 and the reply 25/04/1975.")
    assert found["03/04/1975"].value == "1975-04-03"
    assert not found["03/04/1975"].ambiguous
    assert found["25/04/1975"].value == "1975-04-25"


def test_timexes_ranges_get_a_start_slash_end_value(timexes_of):
    found, _ = timexes_of("The strikes lasted from March to May 1920; the union existed between 1905 and 1933, "
                          "or 1905–33 by other counts.")
    assert found["from March to May 1920"].value == "1920-03/1920-05"
    assert found["between 1905 and 1933"].value == "1905/1933"
    assert found["1905–33"].value == "1905/1933"


def test_timexes_durations(timexes_of):
    found, _ = timexes_of("The siege lasted eleven days. He waited an hour, then two weeks, "
                          "as he had over the past five years.")
    assert (found["eleven days"].type, found["eleven days"].value) == ("DURATION", "P11D")
    assert found["an hour"].value == "PT1H"
    assert found["two weeks"].value == "P2W"
    assert found["the past five years"].value == "P5Y"


def test_timexes_sets(timexes_of):
    found, _ = timexes_of("The council met every week, and the ministers reported monthly.")
    assert (found["every week"].type, found["every week"].value) == ("SET", "P1W")
    assert (found["monthly"].type, found["monthly"].value) == ("SET", "P1M")


def test_timexes_decades_and_centuries(timexes_of):
    found, _ = timexes_of("The port grew in the 19th century and declined during the 1980s.")
    assert found["the 19th century"].value == "18"
    assert found["the 1980s"].value == "198X"


def test_timexes_modifiers_are_kept_beside_the_value(timexes_of):
    found, _ = timexes_of("The crisis peaked in the late 1960s and eased by early 1972, before the summer of 1975.")
    assert (found["the late 1960s"].value, found["the late 1960s"].mod) == ("196X", "LATE")
    assert (found["early 1972"].value, found["early 1972"].mod) == ("1972", "EARLY")
    assert found["the summer of 1975"].value == "1975-SU"


def test_timexes_reference_numbers_and_counts_are_not_years(timexes_of):
    found, _ = timexes_of("See Volume 1947, No. 1948, page 1812: 1500 soldiers marched in 1920.")
    assert list(found) == ["1920"]


def test_timexes_clock_times_take_the_day_beside_them(timexes_of):
    found, _ = timexes_of("At 10:23 a.m. on 14 July 1958 the radio announced the news.")
    assert found["10:23 a.m."].type == "TIME"
    assert found["10:23 a.m."].value == "1958-07-14T10:23"


def test_timexes_impossible_date_is_flagged_not_crashed_on(timexes_of):
    found, ctx = timexes_of("The memo is dated June 31, 1944, and a second one February 29, 1900.")
    assert found["June 31, 1944"].value is None
    assert found["February 29, 1900"].value is None
    kinds = [(f.kind, f.start) for f in ctx.findings]
    assert ("impossible_date", found["June 31, 1944"].start) in kinds
    assert ("impossible_date", found["February 29, 1900"].start) in kinds


def test_timexes_vague_words_are_not_timexes(timexes_of):
    found, _ = timexes_of("Earlier, the first time they met, the envoy was now calm; ages passed.")
    assert found == {}


def test_isodates_shift_keeps_the_precision_of_the_unit():
    assert isodates.shift("1976-06-08", "month", 3, 1) == "1976-09"
    assert isodates.shift("1976-06-08", "day", 1, 1) == "1976-06-09"
    assert isodates.shift("1976", "month", 3, 1) is None  # no month to count from
    assert isodates.shift("2022-07-04", "year", 2, -1) == "2020"
    assert isodates.shift("2022-07-04", "day", 3, -1, fuzzy=True) == "2022-07"


def test_isodates_shift_by_whole_decades_counts_years():
    # "a decade later" is ten years later; only a vague count ("several decades later") is a decade
    assert isodates.shift("1931-02-11", "decade", 1, 1) == "1941"
    assert isodates.shift("1931", "decade", 2, -1) == "1911"
    assert isodates.shift("1931", "decade", 4, 1, fuzzy=True) == "197X"


def test_timexes_quarters_approximate_years_and_split_years(timexes_of):
    found, _ = timexes_of("Output fell in the third quarter of 1990, as it had about 1970 and in the 1973/74 season.")
    assert found["the third quarter of 1990"].value == "1990-Q3"
    assert (found["about 1970"].value, found["about 1970"].mod) == ("1970", "APPROX")
    assert found["1973/74"].value == "1973/1974"


def test_timexes_sets_of_weekdays_are_not_confused_with_months(timexes_of):
    found, _ = timexes_of("The board met every month, and the staff on Mondays.")
    assert found["every month"].value == "P1M"
    assert found["Mondays"].value == "XXXX-WXX-1"


def test_timexes_yearless_day_impossible_in_the_narrated_year_is_flagged(timexes_of):
    found, ctx = timexes_of("In January 1975 the talks stalled. On February 29 they resumed.")
    assert found["February 29"].value is None
    assert [f.kind for f in ctx.findings] == ["impossible_date"]


def test_timexes_a_sentence_full_stop_is_not_part_of_the_date(timexes_of):
    found, _ = timexes_of("The previous round ended on 12 October. The next began on Oct. 20, 1998.")
    assert "12 October" in found
    assert found["Oct. 20, 1998"].value == "1998-10-20"


def test_timexes_a_24_hour_clock_in_hours_is_a_time_of_day(timexes_of):
    found, _ = timexes_of("The board met on Monday 3 March 1952 at 09.15 hours and rose at 21.05 hrs.")
    assert found["09.15 hours"].type == "TIME"
    assert found["09.15 hours"].value == "1952-03-03T09:15"
    assert found["21.05 hrs"].value.endswith("T21:05")
    found, _ = timexes_of("The repairs took 4.5 hours.")
    assert found["4.5 hours"].value == "PT4H30M"  # a fraction goes to the next unit down, as TIMEX3 writes it


def test_timexes_a_dotted_clock_with_a_time_zone_is_a_time_of_day(timexes_of):
    found, _ = timexes_of("Comment | Wed 5 Jun 2002 18.45 BST\n\nThe council voted last night.")
    assert found["18.45 BST"].value == "2002-06-05T18:45"
    found, _ = timexes_of("Turnout rose to 12.50 est. in the north.")
    assert not any("12.50" in k for k in found)


def test_timexes_an_age_is_not_a_time(timexes_of):
    found, _ = timexes_of("The 52-year-old clerk, a man 61 years old, served for 13 years.")
    assert set(found) == {"13 years"}


def test_timexes_an_uncounted_number_of_units_is_an_unknown_length(timexes_of):
    found, _ = timexes_of("The talks lasted several months, then a few days, over the next few years.")
    assert found["several months"].value == "PXM"
    assert found["a few days"].value == "PXD"


def test_timexes_a_half_goes_to_the_next_unit_down(timexes_of):
    found, _ = timexes_of("They waited 2 1/2 years, then a minute and a half.")
    assert found["2 1/2 years"].value == "P2Y6M"
    assert found["a minute and a half"].value == "PT1M30S"


def test_timexes_a_cable_time_in_greenwich_time_keeps_its_zone(timexes_of):
    found, _ = timexes_of("Ostrava, March 4, 2031, 1820Z.\n\nThe consul left.")
    assert found["1820Z"].value == "2031-03-04T18:20Z"


def test_timexes_a_month_of_a_counted_year_and_an_approximate_shift(timexes_of):
    found, _ = timexes_of("The mill shut in July last year, almost four years ago as the union counts, "
                          "and a week or so ago it was sold.", published="2034-05-10")
    assert found["July last year"].value == "2033-07"
    assert found["almost four years ago"].value == "2030"
    assert found["almost four years ago"].mod == "APPROX"
    assert found["a week or so ago"].value == "2034-W18"


def test_timexes_a_weekday_with_a_date_before_a_colon(timexes_of):
    found, _ = timexes_of("The paper said in an editorial on Monday, Oct. 26: the vote stands.", published="2037-10-25")
    assert found["Monday, Oct. 26"].value == "2037-10-26"


def test_timexes_a_year_read_aloud_and_a_decade_in_words(timexes_of):
    found, _ = timexes_of("The mill closed in nineteen ninety-six, in January nineteen ninety-seven it burned, "
                          "and through the nineties nobody came back.")
    assert found["nineteen ninety-six"].value == "1996"
    assert found["January nineteen ninety-seven"].value == "1997-01"
    assert found["the nineties"].value == "199X"


def test_timexes_a_frequency_adjective_is_a_set_but_a_newspaper_is_not(timexes_of):
    found, _ = timexes_of("He gave his weekly radio address at a daily rally.")
    assert found["weekly"].value == "P1W"
    assert found["daily"].value == "P1D"


def test_timexes_a_weekday_after_the_subject_is_a_day_but_one_qualified_is_a_name(timexes_of):
    found, _ = timexes_of("The court Friday rejected the appeal. Shares fell on Black Friday.", published="2031-05-10")
    assert found["Friday"].value == "2031-05-09"
    assert "Black Friday" not in found and "Friday#2" not in found


def test_timexes_recent_and_coming_units_are_uncounted_stretches(timexes_of):
    found, _ = timexes_of("Prices rose in recent years and may fall in the coming weeks; the mill stood idle for months.")
    assert found["recent years"].value == "PXY"
    assert found["the coming weeks"].value == "PXW"
    assert found["months"].value == "PXM"


def test_timexes_a_companys_year_and_its_year_end(timexes_of):
    text = ("Quentor Ltd. said yesterday that for the year ended 30 June it earned $4 million, above year-earlier "
            "net, and it expects a profit for the full year and a sale by year-end.")
    found, _ = timexes_of(text, published="2036-10-27")
    assert found["the year"].value == "P1Y"
    assert found["year-earlier"].value == "2035"
    assert found["the full year"].value == "2036"
    assert (found["year-end"].value, found["year-end"].mod) == ("2036", "END")


def test_timexes_the_first_hours_are_uncounted(timexes_of):
    found, _ = timexes_of("Prisoners were taken in the first hours of the offensive.")
    assert found["the first hours"].value == "PTXH"


def test_timexes_the_past_year_is_the_year_before_a_counted_past_a_stretch(timexes_of):
    found, _ = timexes_of("Complaints about the Orvane ferry rose over the past year, and in the past two years "
                          "fares doubled.", published="2031-05-02")
    assert (found["the past year"].type, found["the past year"].value) == ("DATE", "2030")
    assert (found["the past two years"].type, found["the past two years"].value) == ("DURATION", "P2Y")


def test_timexes_last_decade_is_a_calendar_decade_a_decade_ago_ten_years(timexes_of):
    found, _ = timexes_of("Last decade the Orvane ferry was calm. A decade ago it sank.", published="2031-05-02")
    assert found["Last decade"].value == "202X"
    assert found["A decade ago"].value == "2021"


def test_timexes_the_current_year_is_the_speakers_not_the_last_year_mentioned(timexes_of):
    found, _ = timexes_of("Orvane Breweries, which last year held 41% of the market, is expected to see that grow "
                          "to 42% in the current year.", published="2031-10-30")
    assert found["the current year"].value == "2031"


def test_timexes_a_year_after_a_possessive_names_the_year_of_what_follows(timexes_of):
    for text in ("Orvane Mills' 2029 unconsolidated profit rose.", "The company's 2029 results were restated."):
        found, _ = timexes_of(text)
        assert found["2029"].value == "2029"
    found, _ = timexes_of("The Embassy's 1820 to the Department was repeated.")
    assert found == {}  # a cable's number, not a year


def test_timexes_a_year_after_pre_or_post_is_a_year(timexes_of):
    found, _ = timexes_of("The post-2019 politics of Orvane split families.")
    assert found["2019"].value == "2019"


def test_timexes_the_week_of_a_day_is_that_days_calendar_week(timexes_of):
    found, _ = timexes_of("The case may be heard the week of March 6, the Orvane lawyer said. The talks opened the "
                          "week of 2 May 2030.", published="2031-02-24")
    assert found["the week of March 6"].value == "2031-W10"
    assert found["the week of 2 May 2030"].value == "2030-W18"


def test_timexes_a_unit_long_adjective_is_one_unit_of_duration(timexes_of):
    found, _ = timexes_of("The Orvane delegates left their third day-long meeting.")
    assert (found["day"].type, found["day"].value) == ("DURATION", "P1D")
