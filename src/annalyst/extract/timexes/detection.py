"""Detection: the candidate spans of one document and what their sentences say about them.

Grammar matches (:mod:`.patterns`) are checked against their context with the
spaCy parse (a number after "No." or before "soldiers" is not a year, a bare
"May" after "and" is not a month, "Black Friday" is not a Friday); spaCy's
DATE and TIME entities fill the gaps the grammar leaves, without its junk.
Each candidate then learns the tense of its clause and whether it frames the
story, which :mod:`.anchoring` needs.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from . import isodates
from .anchoring import Candidate
from .lexicon import MONTHS, SET_ADVERBS, TEMPORAL_CUES
from .normalisation import Reading, read, read_any
from .patterns import detect
from .speech import paragraphs, region_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# words before a number that make it a reference, not a year ("No. 1974", "page 1812")
_NOT_YEAR_BEFORE = frozenset({"no", "no.", "nos", "vol", "vol.", "p", "p.", "pp", "pp.", "page", "pages", "section",
                              "§", "number", "#", "$", "£", "€", "room", "flight", "route", "article", "art.",
                              "chapter", "resolution", "paragraph", "para", "para.", "item", "file", "doc",
                              "document", "box", "folder", "telegram", "tel", "tel.", "memo", "msg", "ref",
                              "serial", "code", "model", "cable", "volume",
                              "vols", "vols.", "issue", "footnote", "note", "n.", "fn.", "department", "deptel",
                              "embtel", "airgram", "despatch", "dispatch", "circtel", "urtel", "mytel", "reftel",
                              "instruction", "circular", "sent", "repeated", "rptd", "telegrams", "cables",
                              "memos", "nos.", "'s"})
_MONTH_BEFORE = frozenset({"the", "a", "an", "for", "its", "his", "her", "their", "our", "in", "since", "until",
                           "till", "by", "during", "from", "through", "to", "of", "early", "late", "mid", "last",
                           "next", "this", "that", "every", "each", "between", "before", "after", "and", "or",
                           "mid-", "around", "throughout", "on"})
_FRAME_LEAD = re.compile(r"^[\W\d]*(?:(?:and|but|then|so|in|on|by|during|from|since|until|at|early|late|later|"
                         r"around|about|after|before|as\s+of|beginning|starting|the)\s+)*$", re.IGNORECASE)
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_PLAN_VERBS = frozenset({"expect", "schedule", "plan", "intend", "hope", "go", "due", "set", "aim", "promise",
                         "agree", "decide", "want", "threaten", "fix", "slate", "timetable"})

def find_candidates(doc_id: str, text: str, doc: Doc, regions: list[tuple[int, int]]) -> list[Candidate]:
    """Every temporal expression of ``text`` as a :class:`Candidate`, in text order, not overlapping."""
    token_starts = doc.to_array("IDX").tolist()  # far cheaper than creating every Token
    rejected: list[tuple[int, int]] = []
    candidates = _grammar_candidates(text, doc, token_starts, rejected)
    candidates += [c for c in _spacy_candidates(doc, text)
                   if all(c.end <= s or c.start >= e for s, e in rejected)]
    candidates = [c for c in _drop_overlaps(candidates) if not _a_share(c, text)]
    candidates = _with_coordinated_days(candidates, text)
    paras = [s for s, _ in paragraphs(text)]
    _settle_numeric_order(candidates, text)
    for c in candidates:
        c.id = f"{doc_id}:T{c.start}"
        c.region = region_at(regions, c.start)
        c.para = bisect.bisect_right(paras, c.start) - 1
        token = _token_at(doc, token_starts, c.start)
        if token is not None:
            c.tense, c.frame, c.opens = _sentence_time(token, text, c.start)
            own = _clause_tense(token)
            c.extra["own_tense"] = own
            if c.reading.rel == "weekday":
                verb = _governing_verb(token)
                c.extra["said"] = verb.lemma_ in _REPORTING
                # "has scheduled a conference Thursday", "planned a march on Saturday", "postponed until
                # Tuesday": a day still ahead when the plan was told, whatever the tense of the telling
                c.extra["scheduled"] = verb.lemma_ in _SCHEDULING or (
                    bool(_UNTIL.search(text, max(0, c.start - 30), c.start)) and not _in_past_perfect(token))
            if c.reading.rel == "weekday" and token.dep_ == "poss":
                # "follows Tuesday's declaration": a day that names a thing done, whatever the verb's tense
                c.extra["scheduled"] = False
            elif c.reading.rel == "weekday" and not own:
                c.extra["scheduled"] = c.extra["scheduled"] or _scheduled(token) \
                    or bool(_AHEAD.search(text, max(0, c.start - 20), c.start))
            if not own and c.reading.rel == "yearless" and (reported := _reported_clause(token)) is not None:
                c.tense = _clause_tense(reported)  # "it said flights would leave from 3 May": their tense
            else:
                c.tense = own or c.tense
            if _in_parentheses(text, c.start):
                c.frame = c.opens = False  # "(She had left in 1979.)": said in passing
            elif not c.opens and _in_past_perfect(token):
                c.frame = False  # "I had started in 1979": the backstory, before the story's time
                c.extra["backstory"] = True
            # only what anchoring reads: whether a calendar date is said in passing, whether a
            # year-less day is in the present tense (each check walks the parse, so not for every span)
            if c.reading.rel in (None, "yearless") and c.reading.type == "DATE":
                c.extra["aside"] = _in_an_aside(token, text)
            if c.reading.rel == "yearless" and c.tense == 0:
                c.extra["present"] = _has_present_verb(token)
            if c.reading.rel == "yearless":
                c.extra["loose"] = _hangs_from_a_noun(token, c.end)
                main = _main_of_participle(token) if not own else None
                if main is not None:
                    # "the stock has fluctuated, rising to a high in June from a low in March": a participle
                    # without a tense of its own tells its time by the verb it hangs from
                    c.tense = _clause_tense(main) or c.tense
                c.extra["perfect"] = _in_present_perfect(token) or (main is not None and _in_present_perfect(main))
            if c.reading.rel in ("yearless", None):
                c.extra["end_point"] = bool(_END_POINT.search(text, max(0, c.start - 12), c.start))
                c.extra["argument"] = _is_an_argument(token, c.end)
        # a list entry's opening date ("3 May – the strike begins") dates the entry, however it is worded
        c.extra["entry"] = _opens_entry(text, c.start, c.end)
        # a news dateline ("OSTRAVA, March 3 (Agency) --"): the day of writing, not a day used as a name
        c.extra["dateline"] = c.reading.rel == "yearless" and bool(_DATELINE_LEAD.fullmatch(text, 0, c.start))
        c.extra["heading"] = c.extra.get("kind") == "year" and _is_heading(text, c.start, c.end)
        c.extra["bare"] = not _PREPOSITION_BEFORE.search(text, max(0, c.start - 12), c.start) \
            and not c.extra["entry"]
        boundary = _BOUNDARY.search(text, max(0, c.start - 12), c.start)
        if boundary and not (c.opens and boundary.group().lower().startswith("by")):
            # "held until 1970", "had fled by 1970", "since 1970": an end or start point the story does
            # not move to; a sentence opening on "By 1970, ..." tells the state of things then, a new scene
            c.extra["boundary"] = True
            c.extra["since"] = boundary.group().lower().startswith("since")
            c.frame = c.opens = False
    _with_week_of(candidates, text)  # after the context checks, which read the day's own words
    return candidates


# the text opens on a place and a comma, the date follows
_DATELINE_LEAD = re.compile(r"\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*,\s*")
_END_POINT = re.compile(r"(?<![\w-])(?:until|till|to|through|by)\s+(?:the\s+)?$", re.IGNORECASE)
_BOUNDARY = re.compile(r"(?<![\w-])(?:until|till|up\s+to|by|since)\s+(?:the\s+)?$", re.IGNORECASE)
# a date after one of these is a time of the story; without one ("associate September 11 with",
# "14 March is a day of mourning") a present-tense date is used as a name
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:on|in|of|by|until|till|since|from|to|through|before|after|"
                                 r"between|and|or|during|around|about|until|as\s+of)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_ASIDE_DEPS = frozenset({"acl", "relcl", "appos", "parataxis"})
# a list entry: its line opens (after a bullet or number, if any) on a date set off by a dash or colon
_ENTRY_LEAD = re.compile(r"[ \t]*(?:[-\u2022*\u2013\u2014]\s*|\d{1,3}[.)]\s+)?")
_ENTRY_SEP = re.compile(r"[ \t]*(?:[\u2013\u2014:]|--?(?=\s))")


_HEADING_LEAD = re.compile(r"[ \t#=*]*")
_HEADING_TAIL = re.compile(r"[ \t=*:]*(?:\n|$)")


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether the span is alone on its line ("1956", "== 1956 ==", "### 1956:"), a chronology's heading."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_HEADING_LEAD.fullmatch(text, line_start, start) and _HEADING_TAIL.match(text, end))


def _opens_entry(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` opens a list entry ("14 May – Strikers march.", "June: a vote"),
    the layout of a chronology: the entry is what happened then."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_ENTRY_LEAD.fullmatch(text, line_start, start) and _ENTRY_SEP.match(text, end))


def _has_present_verb(token: Token) -> bool:
    """Whether a present-tense finite verb governs ``token`` or its sentence: a caption without a verb
    ("Marchers in the capital, 9 March") has no tense at all, and says nothing of recurrence."""
    heads = [token.sent.root]
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    heads.append(head)
    # a title's line is a sentence of its own, though the parser may join it to the next line's verb
    text = token.doc.text
    return any("\n" not in text[min(token.idx, h.idx):max(token.idx, h.idx)]
               and (h.tag_ in ("VBZ", "VBP") or any(t.dep_ in ("aux", "auxpass") and t.tag_ in ("VBZ", "VBP")
                                                    for t in h.children)) for h in heads)


def _hangs_from_a_noun(token: Token, end: int) -> bool:
    """Whether the date starting at ``token`` qualifies a noun or an adjective ("a dividend payable 2 May",
    "the 3 May vote", "stock of record 9 May") rather than a verb: the tense of the sentence is then no
    clue to which side of the day of writing it lies."""
    after = next((t for t in token.doc[token.i:] if t.idx >= end), None)
    if after is not None and after.pos_ == "NOUN" and after.idx - end <= 1:
        return True  # "the 13 May incident", whatever the parser made of it
    head = token
    for _ in range(6):
        if head.head is head:
            return False
        head = head.head
        if token.idx <= head.idx < end or head.pos_ == "ADP":
            continue  # the date's own words, its preposition
        return head.pos_ in ("NOUN", "PROPN", "ADJ")
    return False


def _is_an_argument(token: Token, end: int) -> bool:
    """Whether the date starting at ``token`` is the subject or object of its verb ("19 August is a
    holiday", "they remember 3 May"), as a name is, rather than saying when ("reconvenes 24 January")."""
    for t in token.doc[token.i:]:
        if t.idx >= end:
            break
        if not token.idx <= t.head.idx < end or t.head is t:
            return t.dep_ in ("nsubj", "nsubjpass", "dobj") or t.head.lemma_ in _COMMEMORATE
    return False


# verbs whose object is a day as a name ("they remember 3 May"), whatever the parser calls the day
_COMMEMORATE = frozenset({"remember", "commemorate", "celebrate", "mark", "observe", "honour", "honor", "associate",
                          "mourn", "recall", "call", "know", "learn", "keep"})


def _in_parentheses(text: str, start: int) -> bool:
    """Whether ``start`` sits inside a parenthesis opened earlier in its paragraph."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return line.rfind("(") > line.rfind(")")


def _in_past_perfect(token: Token) -> bool:
    """Whether the verb governing ``token`` is in the past perfect ("had started in 1979", "had been
    elected a year earlier"): a time before the one the story tells."""
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    return head.tag_ == "VBN" and any(t.dep_ == "aux" and t.lower_ in ("had", "'d") for t in head.children)


def _in_present_perfect(token: Token) -> bool:
    """Whether the verb governing ``token`` is in the present perfect ("have searched since the 23 October
    shooting"): a past seen from now."""
    head = _governing_verb(token)
    return head.tag_ in ("VBN", "VBG") and any(t.dep_ == "aux" and t.lower_ in ("has", "have", "'ve")
                                               for t in head.children)


def _in_an_aside(token: Token, text: str) -> bool:
    """Whether the date sits in a parenthesis, an appositive or a reduced relative clause ("his deputy,
    born in 1901, stayed"): a date said in passing, which does not set the year of the story."""
    if text[max(0, token.idx - 1):token.idx] == "(" or _in_parentheses(text, token.idx):
        return True
    head = token
    for _ in range(8):
        if head.dep_ in _ASIDE_DEPS:
            return True
        if head.head is head:
            break
        head = head.head
    return False


# -- detection ---------------------------------------------------------------------------------

def _token_at(doc: Doc, starts: list[int], offset: int) -> Token | None:
    i = bisect.bisect_right(starts, offset) - 1
    return doc[i] if 0 <= i < len(doc) else None


def _grammar_candidates(text: str, doc: Doc, starts: list[int], rejected: list) -> list[Candidate]:
    """Grammar matches that pass their context checks; ``rejected`` collects the spans that did not,
    so spaCy's tag on the same number ("No. 1948") cannot bring them back."""
    out = []
    for start, end, kind in detect(text):
        span = text[start:end]
        if (kind == "year" and not _is_year(doc, starts, start, end)) or (
                kind == "month" and not _is_month(text, doc, starts, start, span)) or (
                kind == "set" and span.lower() in SET_ADVERBS and not _is_adverb(doc, starts, start)) or (
                kind == "weekday" and _in_a_name(doc, starts, start)) or (
                kind == "duration" and _AGE.match(text, end)):
            rejected.append((start, end))
            continue
        reading = read(kind, span, text, start)
        if reading is None:
            continue
        if kind == "duration" and span.split()[0].lower() in ("a", "an", "per") and _after_quantity(doc, starts, start):
            reading = Reading(type="SET", value=reading.value)  # "$400 million a year" is a rate
        c = Candidate(start, end, span, reading)
        c.extra["kind"] = kind
        out.append(c)
    return out


# "a 52-year-old", "52 years old": a person's age, a property of the person rather than a time
_AGE = re.compile(r"[-\s]+old\b")


def _is_year(doc: Doc, starts: list[int], start: int, end: int) -> bool:
    tok = _token_at(doc, starts, start)
    if tok is None:
        return True
    if re.fullmatch(r"(?:pre|post)-\d{4}", tok.lower_):
        return True  # "the post-1959 politics": a time counted from that year
    prev = doc[tok.i - 1] if tok.i > 0 else None
    # "No. 1948" is tokenised as "No", ".", "1948"
    if prev is not None and prev.lower_ == "." and tok.i > 1 and doc[tok.i - 2].lower_ + "." in _NOT_YEAR_BEFORE:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and prev.tag_ == "POS" and nxt is not None and (
            nxt.tag_ in ("NN", "JJ", "VBG") or (nxt.tag_ in ("NNS", "VBN") and tok.ent_type_ == "DATE")):
        # "the company's 1989 operating results", "its 1989 unconsolidated profit": the year of what the noun
        # names; a cable's "Embassy's 1820 to the Department" is a message number
        return True
    if prev is not None and prev.lower_ in _NOT_YEAR_BEFORE:
        return False
    i = tok.i - 1
    while i > 1 and doc[i].lower_ in ("and", "or", ",", "&") and doc[i - 1].like_num:
        i -= 2  # "telegrams 1109 and 1120": the second is a reference as the first
    if i < tok.i - 1 and doc[i].lower_ in _NOT_YEAR_BEFORE:
        return False
    if tok.ent_type_ == "DATE":
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.tag_ in ("NNS", "NNPS") or nxt.lower_ in ("%", "percent", "per")):
        return False
    return tok.ent_type_ not in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT") or (
        prev is not None and prev.lower_ in ("in", "since", "of", "until", "by", "from", "during"))


def _after_quantity(doc: Doc, starts: list[int], start: int) -> bool:
    tok = _token_at(doc, starts, start)
    if tok is None or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return prev.like_num or prev.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or prev.lower_ in ("times", "once",
                                                                                                  "twice")


# "three-quarters of its food", "a quarter of the market": a share of something, not three months;
# "the second quarter of the game" is no quarter of a year
_SHARE_OF = re.compile(r"\s+of\s+(?!(?:the\s+|this\s+|that\s+|its\s+)?(?:(?:fiscal|calendar|financial|current|"
                       r"same|next|last|previous|following)\s+)*(?:year|season|\d{4}|'\d\d)\b)", re.IGNORECASE)


# "April 24 and 25": two days running, one span from the first to the second (as "April 24-25")
_AND_DAY = re.compile(r"\s+(?:and|&)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w%])(?![.,:]?\d)(?!\s+[a-z%$])")


def _with_coordinated_days(cands: list[Candidate], text: str) -> list[Candidate]:
    for i, c in enumerate(cands):
        r = c.reading
        m = _AND_DAY.match(text, c.end) if r.rel == "yearless" and r.month and r.day \
            and c.extra.get("kind") == "md" else None
        if m is None or int(m["d"]) != r.day + 1 or (i + 1 < len(cands) and cands[i + 1].start < m.end()):  # type: ignore[operator]
            continue
        second = Reading(rel="yearless", month=r.month, day=r.day + 1, mod=r.mod)  # type: ignore[operator]
        c.end, c.text = m.end(), text[c.start:m.end()]
        c.reading = Reading(rel="range", parts=(r, second))
    return cands


# "the week of 6 March": the calendar week holding that day
_WEEK_OF = re.compile(r"(?<![\w-])(?:the\s+)?week\s+of\s+$", re.IGNORECASE)


def _with_week_of(cands: list[Candidate], text: str) -> None:
    """A day after "the week of" becomes the week holding it (one span, valued as that week once resolved)."""
    for i, c in enumerate(cands):
        if c.reading.rel not in (None, "yearless") or c.reading.type != "DATE" or (
                c.reading.rel == "yearless" and not c.reading.day) or (
                c.reading.rel is None and not isodates.is_finer_or_equal(c.reading.value, "day")):
            continue
        m = _WEEK_OF.search(text, max(0, c.start - 16), c.start)
        if m is None or (i and cands[i - 1].end > m.start()):
            continue
        c.start, c.text = m.start(), text[m.start():c.end]
        if c.id:
            c.id = f"{c.id.rsplit(':T', 1)[0]}:T{c.start}"
        c.extra["week_of"] = True


def _a_share(c: Candidate, text: str) -> bool:
    return re.search(r"quarters?$", c.text, re.IGNORECASE) is not None \
        and _SHARE_OF.match(text, c.end) is not None


def _in_a_name(doc: Doc, starts: list[int], start: int) -> bool:
    """"Black Friday", "Bloody Sunday": a weekday after a capitalised word inside a sentence names an
    event, not a day."""
    tok = _token_at(doc, starts, start)
    if tok is None or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    # "The court Friday rejected ...", "Iran Saturday condemned ...": news style puts the day after
    # the subject; the capitalised word names the day only when it qualifies it
    return prev.is_title and not prev.is_sent_start and prev.lower_ not in _MONTH_BEFORE \
        and prev.head.i == tok.i and prev.dep_ in ("compound", "amod")


def _is_adverb(doc: Doc, starts: list[int], start: int) -> bool:
    """"met daily" and "a daily rally", "hourly earnings" are sets (TIMEX3 marks the adjective too);
    "the party daily" is a newspaper, and a "quarterly dividend" or "quarterly loss" the kind of a
    company's figure, reported once, not a recurrence."""
    tok = _token_at(doc, starts, start)
    return tok is not None and (tok.pos_ == "ADV" or (tok.pos_ == "ADJ" and tok.dep_ == "amod"
                                                      and tok.lower_ != "quarterly"))


def _is_month(text: str, doc: Doc, starts: list[int], start: int, span: str) -> bool:
    if not span[:1].isupper() or " " in span or "-" in span:
        return True  # "early September", "mid-March"
    if _opens_entry(text, start, start + len(span)):
        return True  # a chronology's "October – the tender is announced"
    tok = _token_at(doc, starts, start)
    if tok is None or tok.i == 0:
        return False
    prev = doc[tok.i - 1].lower_
    if span.rstrip(".").lower() in ("may", "march") and prev in ("and", "or", "to", "that", "on"):
        return False
    if len(span.rstrip(".")) <= 3 and span.rstrip(".").lower() not in ("may",):
        return False  # a bare "Jan" or "Mar" is more often a name than a month
    return prev in _MONTH_BEFORE


def _spacy_candidates(doc: Doc, text: str) -> list[Candidate]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        tokens = list(ent)
        # spaCy sometimes swallows a name before the date ("Smith earlier in the day")
        while tokens and tokens[0].pos_ == "PROPN" and tokens[0].lower_ not in TEMPORAL_CUES \
                and tokens[0].lower_.rstrip(".") not in MONTHS:
            tokens = tokens[1:]
        if not tokens or not any(t.lower_ in TEMPORAL_CUES or re.fullmatch(r"1\d{3}|20\d{2}|\d{2,4}s", t.text)
                                 or t.lower_.rstrip(".") in MONTHS for t in tokens):
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        span = text[start:end]
        reading = read_any(span) or _vague_reading(span)
        if reading is None:
            # what the grammar cannot read ("the first time", "a third day") has no value a reader
            # could check; a valueless timex would only be noise in the record
            continue
        c = Candidate(start, end, span, reading)
        c.extra["kind"] = "spacy"
        out.append(c)
    return out


_VAGUE_SPAN = re.compile(r"(?:(?:many|several|some|a\s+few|few|recent|the\s+past|the\s+last)\s+)?"
                         r"(?P<u>minute|hour|day|week|month|year|decade|centurie)s", re.IGNORECASE)


def _vague_reading(span: str) -> Reading | None:
    """A span such as "weeks" or "for decades": a duration of unknown length (TIMEX3 ``PXY``)."""
    m = _VAGUE_SPAN.fullmatch(span)
    if m is None:
        return None
    unit = m["u"].lower()
    letter = {"minute": "TXM", "hour": "TXH", "day": "XD", "week": "XW", "month": "XM", "year": "XY",
              "decade": "XDE", "centurie": "XCE"}[unit]
    return Reading(type="DURATION", value="P" + letter, mod="APPROX")


def _drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Grammar spans win over spaCy's; among equals the earlier, longer one stays."""
    cands.sort(key=lambda c: (c.extra.get("kind") == "spacy", c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in cands:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def _settle_numeric_order(cands: list[Candidate], text: str) -> None:
    """Give slashed dates a day/month order: their own evidence, else the document's other dates.

    "25/03/1975" is day-first by itself; "03/04/1975" follows the unambiguous slashed dates of the
    same document, else the order of its written dates ("4 March" vs "March 4"), and is then marked
    ambiguous because the reader cannot be sure.
    """
    slashed = [c for c in cands if c.reading.rel == "slashed"]
    if not slashed:
        return
    day_first = sum(1 for c in slashed if c.reading.slashed[0] > 12)  # type: ignore[index]
    month_first = sum(1 for c in slashed if c.reading.slashed[1] > 12)  # type: ignore[index]
    settled = bool(day_first or month_first) and not (day_first and month_first)
    if not settled:
        day_first = sum(1 for c in cands if c.extra.get("kind") in ("dmy", "dm", "dotted"))
        month_first = sum(1 for c in cands if c.extra.get("kind") in ("mdy", "md"))
    for c in slashed:
        a, b, y = c.reading.slashed  # type: ignore[misc]
        if a > 12 or b > 12 or a == b:
            d, m = (a, b) if a > 12 or a == b else (b, a)
            ambiguous = False
        else:
            d, m = (a, b) if day_first > month_first else (b, a)
            ambiguous = not settled
        fixed = Reading(value=isodates.ymd(y, m, d)) if isodates.valid_day(y, m, d) else Reading(
            impossible=True, month=m, day=d)
        fixed.extra["ambiguous"] = ambiguous
        c.reading = fixed


def dateline(cands: list[Candidate], text: str) -> tuple[str | None, str]:
    """A stand-in for a missing publication date: a full date on a short line near the top
    ("Washington, May 4, 1948", "Posted 04.07.2022"), as a reader would take it."""
    for c in cands:
        if c.start > 400:
            break
        if c.reading.rel is None and isodates.is_finer_or_equal(c.reading.value, "day"):
            line_start = text.rfind("\n", 0, c.start) + 1
            line_end = text.find("\n", c.end)
            line_end = len(text) if line_end < 0 else line_end
            if line_end - line_start <= 160 or c.start - line_start <= 40:
                return c.reading.value, c.id
    return None, "published"


def _sentence_time(token: Token, text: str, start: int) -> tuple[int, bool, bool]:
    """``(tense, frame, opens)`` of the sentence holding ``token``: past/present/future, whether the
    date frames the story (it opens the sentence, or the sentence narrates in the past), and whether
    it opens the sentence ("In 1958, ..."), which moves the story to a new scene."""
    sent = token.sent
    root = sent.root
    tense = 0
    for t in (root, *root.children):
        if t is not root and t.dep_ not in ("aux", "auxpass"):
            continue
        if t.tag_ == "VBD" or (t is not root and t.lower_ in ("had", "was", "were", "did")):
            tense = -1
        elif t.lower_ in _FUTURE:
            tense = 1
    # the parser may run a sentence on across a line break (a header line before the first paragraph)
    opening = max(sent.start_char, text.rfind("\n", 0, start) + 1)
    sentence_initial = bool(_FRAME_LEAD.match(text[opening:start]))
    return tense, sentence_initial or tense < 0, sentence_initial


def _is_to(verb: Token) -> bool:
    """"is to sign", "were to meet": a form of *be* with an infinitive is a plan."""
    return verb.head.lemma_ == "be" and verb.head is not verb and any(
        t.dep_ == "aux" and t.lower_ == "to" for t in verb.children)


def _clause_tense(token: Token) -> int:
    """Tense of the verb governing ``token`` (-1 past, +1 future, 0 present or unknown): in "they met
    today and will meet on Thursday", Thursday is future although the sentence opens in the past."""
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return 0
    auxes = [t for t in head.children if t.dep_ in ("aux", "auxpass")]
    perfect = any(t.lemma_ == "have" for t in auxes)
    for t in auxes:
        if t.lower_ in _FUTURE or t.lower_ == "would" or (t.lower_ in _MODALS and not perfect):
            # "said the talks would resume on Monday": the future seen from a past; "could come as
            # early as Tuesday", "must leave by Friday": what may still happen
            return 1
    if head.tag_ == "VB" and (head.head.lemma_ in _PLAN_VERBS or _is_to(head)):
        if head.head.tag_ == "VBN" and any(t.dep_ == "aux" and t.lower_ in ("had", "'d") for t in head.head.children):
            # "the offer had been scheduled to expire Friday": a plan since overtaken, on either side of now
            return 0
        return 1  # "talks are expected to resume on Monday", "the minister is to sign on Monday"
    if head.tag_ == "VBN" and head.lemma_ in _PLAN_VERBS and any(t.dep_ == "auxpass" for t in head.children):
        return 1  # "the vote is set for 3 June", "the hearing was scheduled for Monday"
    if head.tag_ == "VBD" or any(t.dep_ in ("aux", "auxpass") and t.tag_ == "VBD" for t in head.children):
        return -1
    return 0


def _governing_verb(token: Token) -> Token:
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    return head


def _main_of_participle(token: Token) -> Token | None:
    """The verb a bare participial clause governing ``token`` hangs from ("has fluctuated, rising to a high
    in June"), if ``token``'s verb is one."""
    verb = _governing_verb(token)
    if verb.tag_ in ("VBG", "VBN") and verb.dep_ == "advcl" and verb.head is not verb \
            and not any(t.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for t in verb.children):
        return _governing_verb(verb.head)
    return None


def _reported_clause(token: Token) -> Token | None:
    """The verb of the clause a past verb of saying reports, when ``token`` sits in one ("it said two
    flights would leave from 3 May"): the past of the saying tells nothing of when the reported things
    happen, the reported verb's own tense does."""
    head = token
    for _ in range(12):
        parent = head.head
        if parent is head:
            return None
        if head.dep_ == "ccomp" and parent.lemma_ in _REPORTING and parent.tag_ == "VBD":
            return head
        if head.dep_ in ("acl", "relcl", "advcl") and head.pos_ in ("VERB", "AUX"):
            return None  # "the boy, rescued in November, would go home": a clause with a time of its own
        head = parent
    return None


def _scheduled(token: Token) -> bool:
    """Whether the verb governing ``token`` is a plain present that schedules ("the council meets
    Monday", "Congress reconvenes on Tuesday"), not a verb of saying ("says Monday's vote ...")."""
    head = _governing_verb(token)
    return head.tag_ in ("VBZ", "VBP") and head.lemma_ not in _SAYING \
        and not any(t.dep_ in ("aux", "auxpass") for t in head.children)


# "as early as Tuesday", "as soon as Friday": a day still to come
# "until Tuesday", "until 9 a.m. EST Tuesday"
_UNTIL = re.compile(r"(?<![\w-])(?:until|till)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*"
                    r"(?:[A-Z]{2,4}\s+)?)?$", re.IGNORECASE)
_SCHEDULING = frozenset({"schedule", "plan", "slate", "timetable", "expect", "postpone", "delay", "defer"})
_AHEAD = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)
# verbs that report a statement: "said Thursday", "told reporters on Monday" date the report
_REPORTING = frozenset({"say", "tell", "announce", "report", "state", "add", "confirm", "deny", "predict", "warn",
                        "declare", "insist", "acknowledge", "disclose", "reveal"})
_MODALS = frozenset({"may", "might", "must", "should"})  # "could" and "can" tell of the past as often
_SAYING = frozenset({"say", "tell", "report", "announce", "state", "claim", "write", "add", "note", "be", "have"})
