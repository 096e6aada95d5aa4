"""Detection: one compiled grammar of English temporal expressions, scanned in one pass.

spaCy's small model tags many dates but misses formats ("04.07.2022",
"1962–80", "JULY/AUGUST 2014"), mis-bounds others ("Varela earlier in the
day") and tags non-dates ("sixth", "ages"). A hand-written grammar is used
rather than a library such as dateparser or a HeidelTime port because it
must give exact spans (dateparser's ``search_dates`` returns strings, not
offsets), keep the source's precision and stay cheap: the whole layer has to
cost a small fraction of the parse. Each family is a named alternative of a
single regular expression; :func:`detect` returns ``(start, end, kind)`` and
:mod:`.normalisation` re-reads a span with that family's own pattern, whose
named groups carry the parts.

Alternatives are tried in the order of :data:`FAMILIES` at each position, so
longer constructs (ranges, full dates) come before their parts.
"""

from __future__ import annotations

import re

from .lexicon import MONTHS, WEEKDAYS


def _cased(words) -> str:
    """Capitalised and upper-case forms only: a lower-case "may" or "march" is not a month."""
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=len, reverse=True)
    return "|".join(forms)


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
# a full month name never takes a period: "on 12 October." ends a sentence, "Oct." is abbreviated
MON = (rf"(?:(?:{_cased(_FULL_MONTHS)})|(?:{_cased(m for m in MONTHS if m not in _FULL_MONTHS)})\.?)"
       r"(?![A-Za-z])")
WDAY = rf"(?:{_cased(WEEKDAYS)}|(?:{_cased(w[:3] for w in WEEKDAYS)})\.)(?![A-Za-z])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w]|:\d)"
YEAR = r"(?<![\d.,/$£€#:])(?:1[0-9]{3}|20[0-9]{2})(?![\d]|[.,]\d|:\d)"
_SMALL = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          "sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUM = (rf"(?:(?<![\d,.])\d+(?:\.\d+|\s+1/2(?![\d/]))?"
       rf"|a\s+few|a\s+couple(?:\s+of)?|a\s+dozen|half\s+an?|several|some|many|few|"
       rf"(?:{_TENS})(?:[-\s](?:{_SMALL}))?|{_SMALL}|a\s+hundred|an?)(?:\s+and\s+a\s+half)?")
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SMALL_ORDER = ("ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|"
                "five|six|seven|eight|nine")
_DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
NUM_EXPLICIT = (rf"(?:\d+(?:\.\d+)?|(?:{_TENS})(?:[-\s](?:{_SMALL}))?|{_SMALL}|a\s+few|(?:a\s+)?couple\s+of"
                rf"|several)")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
CAL_UNIT = r"(?:day|week|weekend|month|quarter|year|decade|century)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
PART = (r"(?P<part>[Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate"
        r"|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)")
APPROX = r"(?P<approx>about|around|approximately|roughly|circa|c\.|nearly|almost|some|over|more\s+than|less\s+than)"
ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
       r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
       r"twentieth|twenty-first)")
# a time zone's abbreviation (upper case: "est" is a word)
_ZONE = r"(?-i:GMT|UTC|CES?T|EES?T|WES?T|BST|[A-Z][SD]T)(?![\w])"
# the 24-hour clock of official papers, "at 16.00 hours", or of a dated line, "07.30 CET": a time of
# day, not sixteen hours
_HOURS_CLOCK = rf"(?:[01][0-9]|2[0-3])\.[0-5][0-9]\s*(?:(?:hours|hrs)\b|{_ZONE})"
B = r"(?<![\w'])"  # a left word boundary that does not split "don't"
E = r"(?![\w])"

# the atomic dates a range may join
_ATOMS = {
    "dmy": rf"(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MON}),?\s+(?P<y>{YEAR})",
    "mdy": rf"(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})",
    "my": rf"(?P<m>{MON})(?:\s*(?:/|-|–|—|or|to)\s*(?P<m2>{MON}))?,?\s+(?:of\s+)?(?P<y>{YEAR})",
    "dm": rf"(?<![\d.,])(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MON})(?!\s*,?\s*\d)",
    "md": rf"(?P<m>{MON})\s+(?P<d>{DAY})(?!\s*,?\s*\d)",
    "year": rf"(?P<y>{YEAR})",
}
_ATOM_ANY = "|".join(f"(?:{re.sub(r'[(][?]P<[a-z_0-9]+>', '(?:', p)})"
                     for p in (_ATOMS["dmy"], _ATOMS["mdy"], _ATOMS["my"], _ATOMS["dm"], _ATOMS["md"], MON,
                               _ATOMS["year"]))

_WDATE_ATOMS = "|".join(re.sub(r"[(][?]P<[a-z_0-9]+>", "(?:", _ATOMS[k]) for k in ("dmy", "mdy", "dm", "md"))

FAMILIES: dict[str, str] = {
    "range": (rf"(?P<lead>[Bb]etween|[Ff]rom)\s+(?P<a>{_ATOM_ANY})\s*(?P<conj>and|to|until|till|through|-|–|—)\s*"
              rf"(?P<b>{_ATOM_ANY})"),
    "wdate": rf"(?P<w>{WDAY}),?\s+(?:the\s+)?(?P<date>{_WDATE_ATOMS})",
    "dmy": _ATOMS["dmy"],
    "mdy": _ATOMS["mdy"],
    "dayrange": (rf"(?P<d>{DAY})\s*(?:-|–|—|to)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?"
                 rf"|(?P<m_>{MON})\s+(?P<d_>{DAY})\s*(?:-|–|—)\s*(?P<d2_>{DAY})(?:,?\s+(?P<y_>{YEAR}))?"),
    "iso": r"(?<![\d-])(?P<y>1[0-9]{3}|20[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3][0-9])(?![\d])",
    "dotted": r"(?<![\d.])(?P<d>[0-3]?[0-9])\.(?P<m>[01]?[0-9])\.(?P<y>1[0-9]{3}|20[0-9]{2})(?![\d])",
    "slashed": r"(?<![\d/])(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<y>1[0-9]{3}|20[0-9]{2}|[0-9]{2})(?![\d/])",
    "season": (rf"(?:the\s+)?(?:{PART}[-\s]+)?(?P<s>{SEASON})(?:\s+of)?,?\s+(?P<y>{YEAR})"),
    "my": rf"(?:{PART}[-\s]+)?{_ATOMS['my']}",
    "century": rf"(?:the\s+)?(?:{PART}[-\s]+)?(?P<n>{ORD})[-\s]+[Cc]entury",
    "decade": (rf"(?:the\s+)?(?:{PART}[-\s]+)?(?P<dec>(?:1[0-9]|20)[0-9]0|'[0-9]0)s{E}"
               rf"|the\s+(?:{PART.replace('<part>', '<part_>')}[-\s]+)?(?P<dec_>[2-9]0)s{E}"
               rf"|the\s+(?:{PART.replace('<part>', '<part__>')}[-\s]+)?(?P<decw>{_DECADE_WORDS}){E}"),
    # a year read aloud in a transcript, "nineteen ninety-six", "the year two thousand"
    "spoken_year": (rf"(?:(?P<m>{MON})\s+|the\s+year\s+)?(?P<sy>[Nn]ineteen[-\s]+(?:{_SMALL_ORDER}|(?:{_TENS})"
                    rf"(?:[-\s](?:{_UNITS}))?|hundred(?:\s+and\s+(?:{_SMALL_ORDER}))?))(?![-\s]+(?:{UNIT}|percent)\b)"
                    rf"|(?:(?P<m_>{MON})\s+|the\s+year\s+)(?P<sy_>two\s+thousand(?:[-\s]+(?:and\s+)?(?:{_SMALL_ORDER}))?)"),
    "quarter": (r"the\s+(?P<q>first|second|third|fourth|last|final)\s+quarter\s+of\s+(?:the\s+year\s+)?"
                rf"(?P<y>{YEAR})"),
    # a company's quarter without its year: "the third quarter", "fourth-quarter profit", "next year's
    # first quarter" (the quarter of the year the report is at, or of the year the words count to)
    "quarter_rel": (r"(?:(?P<rel>this|last|next)\s+year's\s+|the\s+)?(?P<q>first|second|third|fourth)"
                    r"[-\s]quarter(?:\s+of\s+(?:the|this)\s+year|(?![-\s]+(?:of|century|mile|final)\b))"),
    "part_year": (rf"(?:{PART}|(?P<approx>[Aa]bout|[Aa]round|[Cc]irca|c\.|[Aa]pproximately|[Rr]oughly))[-\s]+"
                  rf"(?:the\s+year\s+)?(?P<y>{YEAR})"),
    "year_range": rf"(?P<y>{YEAR})\s*(?P<sep>-|–|—|/)\s*(?P<y2>{YEAR}|\d{{2}}(?![\d]))",
    "shift": (rf"(?:{APPROX}\s+)?(?P<n>{NUM})\s+(?:more\s+)?(?P<u>{UNIT})\s+(?:or\s+so\s+)?"
              rf"(?P<dir>ago|earlier|later|previously|hence|from\s+now"
              rf"|on(?=\s*[,.;])|before(?=\s*[,.;)])|after(?:wards)?(?=\s*[,.;)]))"
              rf"(?:\s+this\s+(?P<this>month|week|{SEASON}))?"),
    "next_unit": (rf"the\s+(?P<dir>next|following|previous|preceding|same|succeeding|prior)\s+"
                  rf"(?P<u>{CAL_UNIT}|{PART_OF_DAY}|{WDAY}|{SEASON})"
                  rf"|the\s+(?P<u_>day|week|month|year)\s+(?P<dir_>before|after)(?=\s*[,.;)])"),
    "event_rel": (rf"the\s+(?P<u>day|night|morning|afternoon|evening|eve|week|month|year)\s+"
                  rf"(?P<dir>before|after|of|following)\s+(?:the|his|her|their|its)\s+"
                  rf"(?!(?:{UNIT}|same|next|previous|following|end|start|beginning|middle|first|last)\b)"
                  rf"(?P<ev>[a-z]+)"),
    "part_unit": (r"(?P<part>the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)\s+"
                  r"(?P<det>the\s+same|the|that|this|last|next)\s+(?P<u>year|month|week|decade|century)"),
    "within": (r"within\s+(?:(?:a\s+)?few\s+|several\s+)?(?P<u>hours|days|weeks|months|years)"
               r"(?!\s+(?:of|after|before)\b)"),
    "that_in": rf"(?:[Tt]hat|[Tt]he\s+same)\s+(?P<u>day|week)\s+in\s+(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?",
    "running": (rf"(?<=[Ff]or\s)the\s+(?P<n>{ORD})\s+(?:(?:consecutive|straight|successive)\s+)?"
                rf"(?P<u>day|night|week|month|year)(?:\s+(?:running|in\s+a\s+row))?"),
    "that_unit": (rf"(?P<rel>earlier|later)?\s*(?:that|the\s+same)\s+(?:same\s+)?(?P<u>{CAL_UNIT}|{PART_OF_DAY}"
                  rf"|{SEASON})(?!\s+(?:of|when|which|that)\b)"),
    # a company's year: "for the year ended 30 June" is a year's length; "sales for the full year" that year
    "the_year": (r"the\s+(?:(?:full|fiscal|whole|entire)\s+)*(?P<current>current\s+)?"
                 r"(?:(?:full|fiscal|whole|entire)\s+)*year(?![-'])"
                 r"(?P<ended>(?=\s+(?:ended|ending)\b))?"
                 r"(?!\s+(?:in\s+which|when|that|of|before|after|earlier|later|ago|to\s+come|\d))"),
    "year_adj": r"(?P<w>year[-\s]end|year's\s+end|year-earlier|year-ago)",
    "in_the": rf"(?P<rel>[Ee]arlier|[Ll]ater)\s+(?P<det>in\s+the|this)\s+(?P<u>{CAL_UNIT}|{PART_OF_DAY})",
    "period": (rf"(?:the\s+)?(?P<dir>past|last|previous|coming|next|following|first|final)\s+(?P<n>{NUM_EXPLICIT})\s+"
               rf"(?P<u>{UNIT})|the\s+(?P<dir_>past|last|first)\s+(?P<u_>{UNIT})"),
    "month_rel": (rf"(?:{PART}[-\s]+)?(?P<m>{MON})\s+(?:of\s+)?(?P<rel>this|last|next|the\s+(?:same|following|previous)"
                  rf")\s+year"),
    "vague_period": (r"(?:the\s+)?(?:recent|coming)\s+(?P<u>minutes|hours|days|weeks|months|quarters|years|decades)"
                     r"|(?<=[Ff]or\s)(?P<u_>days|weeks|months|years|decades)"
                     r"(?!\s+(?:ago|later|earlier|of|after|before)\b)"),
    # feasts of a fixed or reckoned day
    "holiday": (r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)"
                r"|Thanksgiving(?:\s+Day)?)"),
    "deictic_rel": (rf"(?<!the\s)(?<!The\s)(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|the\s+(?:present|current))\s+"
                    rf"(?P<u>{CAL_UNIT}|{PART_OF_DAY}|{WDAY}|{MON}(?!\s*\d)|{SEASON})"),
    "set": (rf"(?P<every_>[Ee]very|[Ee]ach)\s+(?P<mon>{MON})"
            rf"|(?P<every>[Ee]very|[Ee]ach)\s+(?:other\s+)?(?:(?P<n>{NUM_EXPLICIT})\s+)?"
            rf"(?P<u>{UNIT}|{WDAY}|{PART_OF_DAY})"
            rf"|(?P<adv>daily|weekly|monthly|yearly|annually|nightly|hourly|quarterly|biweekly)"
            rf"|(?P<times>once|twice|(?:{NUM_EXPLICIT})\s+times)\s+(?:a|an|per|every)\s+(?P<u_>{UNIT})"
            rf"|(?<=on\s)(?P<wd>{_cased(WEEKDAYS)})s{E}"),
    "duration": (rf"(?:{APPROX}\s+)?(?!{_HOURS_CLOCK})(?P<n>{NUM})[-\s]+(?:(?:more|additional|further)\s+)?"
                 rf"(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?"
                 rf"(?=[-\s]+(?:long|old)|[^\w-]|$)"
                 # "a day-long meeting", "a year-long siege": one unit
                 rf"|(?<![\w-])(?P<u1>(?:hour|day|week|month|year))(?=-long\b)"),
    "clock": (rf"(?<![\d:.])(?P<h>[01]?[0-9]|2[0-3])(?P<sep>[:.])(?P<mi>[0-5][0-9])"
              rf"(?:\s*(?P<ap>[AaPp]\.\s?[Mm]\.|[AaPp][Mm]{E}))"
              rf"|(?<![\d:.])(?P<h_>[01]?[0-9]|2[0-3]):(?P<mi_>[0-5][0-9])(?![\d:])(?:\s*(?P<tz>GMT|UTC|[A-Z][SD]T{E}|hours{E}|hrs{E}))?"
              rf"|(?<![\d:.])(?=(?:{_HOURS_CLOCK}))(?P<h__>\d\d)\.(?P<mi__>\d\d)\s*(?:hours|hrs|{_ZONE})"
              # a cable's time of transmission in Greenwich time, "1820Z"
              rf"|(?<![\d:.])(?P<h_z>[01][0-9]|2[0-3])(?P<mi_z>[0-5][0-9])(?P<z>Z)"),
    "hour": (rf"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])\s*(?P<ap>[AaPp]\.\s?[Mm]\.|[AaPp][Mm]{E})"
             rf"|(?P<hw>{_SMALL}|\d{{1,2}})\s+o'clock"),
    "noon": r"(?P<w>noon|midday|midnight)",
    "deictic": (r"(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|the\s+day\s+before\s+yesterday"
                r"|the\s+day\s+after\s+tomorrow)"),
    "daypart": rf"(?:(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s))the\s+(?P<u>{PART_OF_DAY}|{SEASON})",
    "weekday": rf"(?P<w>{WDAY})(?:\s+(?P<p>{PART_OF_DAY}))?",
    "dm": _ATOMS["dm"],
    "md": _ATOMS["md"],
    "month": rf"(?:{PART}[-\s]+)?(?P<m>{MON})(?!\s*\d)",
    "year": _ATOMS["year"],
}

_NAMED = re.compile(r"\(\?P<(\w+)>")
# families whose words may be capitalised anywhere ("Three months later", "EVERY WEEK"); the others
# keep month and weekday names case-sensitive, so "may" and "march" stay verbs
_ANY_CASE = frozenset({"quarter_rel", "the_year", "year_adj", "vague_period", "part_unit", "event_rel", "within",
                       "shift",
                       "next_unit", "that_unit",
                       "period", "set", "duration", "noon", "deictic", "clock", "hour"})
# each family alone, with its named groups, for the normaliser
FAMILY_RES: dict[str, re.Pattern[str]] = {
    name: re.compile(f"(?:{pat}){E}", re.IGNORECASE if name in _ANY_CASE else 0) for name, pat in FAMILIES.items()
}


def _combined() -> re.Pattern[str]:
    parts = []
    for name, pat in FAMILIES.items():
        bare = _NAMED.sub("(?:", pat)
        if name in _ANY_CASE:
            bare = f"(?i:{bare})"
        parts.append(f"(?P<{name}>(?:{bare}){E})")
    # the word-boundary test is factored out and a cheap look-ahead on the first character comes
    # next, so positions inside words and before plain lower-case words fail after two checks
    # instead of trying every family (this halves the layer's cost on long documents)
    return re.compile(f"{B}(?=[0-9'A-Z]|{_TRIGGERS})(?:" + "|".join(parts) + ")")


# lower-case words that may open an expression; any other lower-case word cannot
_TRIGGERS = (r"(?:a|an|the|this|that|last|next|coming|recent|days|weeks|months|year|years|decades|past|previous"
             r"|every|each|once|twice|early|mid|middle|late"
             r"|between|from|first|second|third|fourth|final|following|preceding|within"
             r"|today|tonight|tomorrow|yesterday|noon|midday|midnight|earlier|later|daily|weekly"
             rf"|monthly|yearly|annually|nightly|hourly|quarterly|biweekly|half|few|several|some|many"
             rf"|about|around|approximately|roughly|circa|c\.|nearly|almost|over|more|less|{_SMALL}|{_TENS}"
             r"|spring|summer|autumn|fall|winter|morning|afternoon|evening|night"
             r"|(?:hour|day|week|month)-long)(?![a-z])")
GRAMMAR = _combined()


def detect(text: str) -> list[tuple[int, int, str]]:
    """Every grammar match in ``text`` as ``(start, end, family)``, left to right, not overlapping."""
    return [(m.start(), m.end(), m.lastgroup or "") for m in GRAMMAR.finditer(text)]
