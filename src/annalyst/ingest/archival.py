"""The structure of archival documents: datelines, telegram and memorandum headers, signatures.

Cables, memoranda, letters and minutes, as archives and documentary editions
print them, say where and when they were written and who wrote to whom in a
fixed furniture before and after the text::

    Portmere, November 3, 1893, 3:25 p.m.           a dateline: place, date, clock time
    [Portmere,] June 6, 1887.                        the place supplied by the editors
    Velmora, August 19, 1887—5 p. m.                 the time after a dash, "p. m." spaced
    Corvath, May 2, 1893, 2009Z.                     a telegram's time group (UTC)
    Brannoch, undated.                               no date: none is guessed from the text

    Secret; Immediate; Exdis                         classification and handling
    1234. Ref: Corvath 567; Deptel 89.               the message number and what it answers
    SUBJECT / PARTICIPANTS / PRESENT / MEMORANDUM FOR / FROM / TO / THROUGH / INFO
    Drafted by: ...                                  drafting line
    Jane Roe                                         the signature closing the text

:func:`read_dateline` reads one line; :func:`read_archival` the head and foot
of a whole text. The dateline's date is the date of the document and the
reference time of everything relative in it ("this morning", "yesterday");
the other parts are kept for the reader and for later stages (``Document.meta``).
Nothing here decides a contract field: :mod:`.byline` does, and metadata given
with the input wins over all of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..language.dates import DAY, MONTH, WEEKDAY, YEAR, find_date, iso_date, month_number

__all__ = ["Archival", "Dateline", "read_archival", "read_dateline"]


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when a document was written, as its dateline says."""

    text: str  # the line as written
    place: str | None = None  # "Portmere", "Velmora, Upper Kessary"; None when not given
    date: str | None = None  # ISO day (or month), None when undated
    time: str | None = None  # "15:25", "20:09Z" (a UTC time group), "12:00"; the start of a range
    undated: bool = False


@dataclass(frozen=True, slots=True)
class Archival:
    """What the furniture of an archival document says about it; every part may be missing."""

    dateline: Dateline | None = None
    dateline_line: int | None = None  # index among the text's non-empty lines
    kind: str | None = None  # "telegram", "memorandum", "memorandum of conversation", "letter", "minutes"...
    classification: str | None = None  # "Secret", "Top Secret", "Confidential"
    handling: tuple[str, ...] = ()  # "Immediate", "Exdis", "Eyes Only"
    number: str | None = None  # a telegram's message number: "1234", "Secto 12"
    references: tuple[str, ...] = ()  # the messages it answers: "Corvath 567"
    subject: str | None = None
    sender: str | None = None  # FROM, FM
    addressees: tuple[str, ...] = ()  # TO, MEMORANDUM FOR
    through: tuple[str, ...] = ()
    info: tuple[str, ...] = ()  # INFO, CC: copies
    participants: tuple[str, ...] = ()  # PARTICIPANTS, PRESENT, OTHERS PRESENT
    place: str | None = None  # PLACE:
    signature: str | None = None
    drafted_by: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        """Whether the text has any archival furniture at all."""
        return any((self.dateline, self.kind, self.classification, self.number, self.subject, self.sender,
                    self.addressees, self.participants))

    @property
    def has_headers(self) -> bool:
        """Whether it has an archival heading, a marking, a message number or memorandum headers (a
        dateline alone is weighed by the caller: a publication line "The Review, 3 March 2031" reads alike)."""
        return any((self.kind, self.classification, self.number, self.subject, self.sender, self.addressees,
                    self.participants))

    def meta(self) -> dict[str, Any]:
        """The non-empty parts, for ``Document.meta["archival"]``."""
        out: dict[str, Any] = {}
        if self.dateline:
            out["dateline"] = {k: v for k, v in (("text", self.dateline.text), ("place", self.dateline.place),
                                                 ("date", self.dateline.date), ("time", self.dateline.time),
                                                 ("undated", self.dateline.undated or None)) if v}
        for name in ("kind", "classification", "handling", "number", "references", "subject", "sender",
                     "addressees", "through", "info", "participants", "place", "signature", "drafted_by"):
            value = getattr(self, name)
            if value:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out


# -- datelines ---------------------------------------------------------------------------------

_PARTICLES = r"(?:de|da|del|do|dos|des|di|du|es|en|y|la|le|les|al|el|am|an|on|op|sur|upon|of|the|and)"
_CAPITALISED = r"(?:[a-z]['’])?[A-Z][\w'’.-]*(?:[–/][A-Z][\w'’.-]*)?"  # "d'Armor", "Upper–Lower"
_PLACE_WORD = rf"(?:{_PARTICLES}\s+){{0,2}}{_CAPITALISED}"  # "Rio de Janeiro", "Stratford upon Avon"
# "en route from Portmere to Corvath": where a travelling writer was
_PLACE_PART = rf"(?:[Ee]n\s+[Rr]oute\s+(?:(?:from|to)\s+)?)?{_CAPITALISED}(?:\s+{_PLACE_WORD}){{0,5}}\??"
# a byline's cue opens no place: "By Jane Roe — March 3, 2031" is a byline
_CUE = r"(?!(?:By|Posted|Published|Updated|Written|Words|Dear|From|To)\b)"
_PLACE = rf"(?P<place>{_CUE}{_PLACE_PART}(?:\s*,\s*{_PLACE_PART}){{0,2}}|\?)"
# an editor's correction or doubt after the day, "May 23 [24]", "June 14 [15?]", "July 10(?)", or a span of
# days, "July 30/31", "March 6–7", "December 30 and 31": the document is dated by the first
_AMEND = (r"(?:\s*\[\d{1,2}\??\]|\s*\(\?\)|\?|\s*(?:/|–|-|\band\b|\bor\b|\band/or\b)\s*(?:"
          + MONTH.replace("?P<month>", "?:") + r"\s*)?\d{1,2}\b)*")
_WHEN = (rf"(?:{WEEKDAY}{MONTH},?\s*{DAY}{_AMEND}\s*[,.]?\s*{YEAR}"
         rf"|{WEEKDAY}{DAY.replace('day>', 'day2>')}{_AMEND}\s+{MONTH.replace('month>', 'month2>')},?\s+"
         rf"{YEAR.replace('year>', 'year2>')}"
         rf"|{MONTH.replace('month>', 'month3>')},?\s+{YEAR.replace('year>', 'year3>')}"
         r"|(?P<iso>1[5-9]\d\d-[01]\d-[0-3]\d)"
         r"|(?P<undated>undated))")
# a file designation before the place: "No. 42", "Issue No. 42", "AbcDel/MC/7"
_DESIGNATION = (r"(?:(?:[A-Z][A-Za-z]*\s+)?No\.\s*\d[\w/–-]*\s+"
                r"|[A-Z][A-Za-z]*(?:[/ ][A-Z][A-Za-z]*)*/[\w–-]+(?:\s+\([\w.]+\))?\s+)?")
_LEAD_TIME = r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.\s*,\s*)?"  # "10:05 a.m., March 19, ..." (a diary's entry)
# the place is read case-sensitively (capitalised words), the date and "undated" in any case
_DATELINE = re.compile(rf"^{_DESIGNATION}(?:{_PLACE}\s*(?:,+|—|–|\s-)?\s*)?{_LEAD_TIME}(?i:{_WHEN})\b(?P<rest>.*)$")
_FOOTNOTE_MARK = re.compile(r"\s*\[\d{1,3}\]")
_TRAILING_NOTE = re.compile(r"\s*\[(?:received|sent|drafted|dictated|approved|released|undated|extract|"
                            r"translation)[^\]]*\]\W*$", re.IGNORECASE)
_BRACKETED = re.compile(r"^\[\s*(?P<inner>[^\[\]]*?)\s*\]\W*$")
# "[Portmere,]", "[Portmere?]", "[place not declassified]": a place the editors supply or withhold
_EDITOR_PLACE = re.compile(r"^\[\s*(?P<inner>[^\[\]\d]*?)\s*\]\s*,?\s*")
# what may follow the date: a clock time or a span of times, a time group, the part of the day
_CLOCK = r"(?P<h{n}>\d{{1,2}})(?!\d)(?:[:.](?P<m{n}>\d\d))?\s*(?:(?P<ap{n}>[ap])\.?\s?m\b\.?)?"
_TIME = re.compile(r"^(?:(?P<noon>(?:12\s+)?(?:noon|midday))|(?P<midnight>(?:12\s+)?midnight)"
                   r"|(?P<group>\d{3,4})\s*(?:(?P<zulu>Z\b)|hours?\b|hrs\b)"
                   r"|" + _CLOCK.format(n=1) + r"(?:\s*(?:–|-|—|to)\s*" + _CLOCK.format(n=2) + r")?)",
                   re.IGNORECASE)
# what else a dateline may say after the time: further times, the part of the day, a session
_AFTER_TIME = re.compile(r"\b(?:morning|afternoon|evening|night|sessions?(?:\s+[IVX\d]+\b)?|hours?|hrs|"
                         r"local(?:\s+time)?|gmt|utc|est|edt|cet|bst|noon|midday|midnight|and|to|"
                         r"[ap]\.?\s?m\b\.?|\d{1,2}(?::\d\d)?|\d+Z)"
                         r"|\?|\[|\]|\(|\)", re.IGNORECASE)


def read_dateline(line: str) -> Dateline | None:
    """The dateline written on ``line`` alone, or None when the line is anything else.

    The whole line must be place, date and time: a sentence that holds a date is no dateline.
    """
    written = line.strip()
    text = _TRAILING_NOTE.sub("", _FOOTNOTE_MARK.sub("", written.strip("*_ "))).strip()
    whole = _BRACKETED.match(text)  # "[Portmere, June 3, 1887.]": all supplied by the editors
    if whole:
        text = whole["inner"]
    supplied = _EDITOR_PLACE.match(text)
    if supplied:
        text = text[supplied.end():]
    text = re.sub(r"\[(?=[A-Za-z])|(?<=[A-Za-z.])\]", "", text).strip()  # "Portmere, [June 3, 1887]."
    if not text or len(text) > 120:
        return None
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match["place"] or (supplied["inner"] if supplied else None)
    if place:
        place = re.sub(r"\s+,", ",", place).strip(" ,?") or None
        if place and month_number(place.split()[0]) and not match["undated"]:
            return None  # "March, 1887": the month, not a place
    if match["undated"]:
        if _leftover(match["rest"]):
            return None
        return Dateline(written, place, None, None, undated=True)
    time, clean = _read_time(match["rest"])
    if not clean:
        return None
    return Dateline(written, place, _date_of(match), time)


def _date_of(match: re.Match[str]) -> str | None:
    if match["iso"]:
        return iso_date(*(int(p) for p in match["iso"].split("-")))
    if match["month"]:
        month, day, year = match["month"], match["day"], match["year"]
    elif match["month2"]:
        month, day, year = match["month2"], match["day2"], match["year2"]
    else:
        return iso_date(int(match["year3"]), month_number(match["month3"]) or 0)
    number = month_number(month)
    return iso_date(int(year), number, int(day)) if number else None


def _read_time(rest: str) -> tuple[str | None, bool]:
    """(the clock time in ``rest``, whether ``rest`` holds nothing but a time and punctuation)."""
    body = re.sub(r"[\[\]?]", "", rest).strip(" \t,.;:—–-")
    if not body:
        return None, True
    match = _TIME.match(body)
    if not match or not match.group(0).strip():
        return None, not _leftover(body)
    time = _time_value(match)
    return time, not _leftover(body[match.end():])


def _leftover(rest: str) -> bool:
    """Whether ``rest`` holds words beyond punctuation and the parts of a day ("Morning Session")."""
    return bool(re.search(r"\w", _AFTER_TIME.sub(" ", rest)))


def _time_value(m: re.Match[str]) -> str | None:
    if m["noon"]:
        return "12:00"
    if m["midnight"]:
        return "24:00"
    if m["group"]:
        hours, minutes = int(m["group"][:-2]), int(m["group"][-2:])
        if hours > 24 or minutes > 59:
            return None
        return f"{hours:02d}:{minutes:02d}" + ("Z" if m["zulu"] else "")
    if not m["ap1"] and not m["ap2"] and not m["m1"]:
        return None  # a bare number is no time
    hours, minutes = int(m["h1"]), int(m["m1"] or 0)
    meridiem = m["ap1"] or m["ap2"]
    # "3–4:45 p.m.": the span's meridiem, unless the span crosses noon ("11–1 p.m.")
    if meridiem and not m["ap1"] and m["h2"] and hours % 12 > int(m["h2"]) % 12:
        meridiem = "a" if meridiem.lower() == "p" else "p"
    if meridiem:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if meridiem.lower() == "p" else 0)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


# -- headers -----------------------------------------------------------------------------------

_HEAD_LINES = 40  # the furniture sits in the first lines; a participants list can be long
_HEAD_LINE_CHARS = 2_000  # no header line is longer; a longer one is read this far only
_KINDS = (
    "memorandum of conversation", "memorandum for the record", "memorandum", "memo", "telegram", "cable",
    "airgram", "despatch", "dispatch", "letter", "note verbale", "note", "message", "minutes", "record",
    "summary record", "report", "paper", "estimate", "aide-mémoire", "aide-memoire", "instruction",
    "circular", "directive", "transcript", "notes", "briefing paper", "position paper", "editorial note",
    "diary entry", "backchannel message", "intelligence memorandum", "intelligence note", "study",
    "statement", "draft",
)
_KIND = re.compile(r"^(?:\d+[A-Z]?\.\s+)?(?:(?:draft|special|informal|personal|joint|undated|research|"
                   r"national\s+intelligence|special\s+national\s+intelligence|current\s+intelligence)\s+)*"
                   r"(?P<kind>" + "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True)) + r")\b"
                   r"(?P<rest>.*)$", re.IGNORECASE)
# after the kind, an archival heading goes on with its route or maker ("Telegram From ...", "Memorandum of
# Conversation", "Paper Prepared in ...", "Telegram 12 From"), or stops: a headline "Report Finds ..." is no heading
_HEADING_GOES_ON = re.compile(r"^(?:\s+[A-Z]?[–-]?\d[\w/–-]*)?(?:\s+(?:from|to|of|for|by|prepared|between|on|"
                              r"submitted|approved|sent)\b.*|\W*)$", re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\s+(?P<sender>.+?)(?:\s+to\s+(?P<to>.+?))?\s*$", re.IGNORECASE)
_CLASSIFICATION = re.compile(r"^(?P<level>top\s+secret|secret|confidential|restricted|unclassified|"
                             r"limited\s+official\s+use|official\s+use\s+only|strictly\s+confidential)"
                             r"\b(?P<rest>(?:(?:\s*[;,/–—-]\s*|\s+)[A-Za-z][\w-]*)*)\W*$", re.IGNORECASE)
_HANDLING = {"immediate", "priority", "niact", "flash", "routine", "operational immediate", "exdis", "nodis",
             "limdis", "noforn", "eyes only", "personal", "strictly personal", "sensitive", "roger channel",
             "cherokee", "noconfidential", "action", "information", "limit distribution", "no distribution"}
_LABELS = {
    "subject": "subject", "subj": "subject", "subjects": "subject", "re": "subject",
    "memorandum for": "to", "memo for": "to", "to": "to", "for": "to", "addressee": "to",
    "from": "from", "fm": "from", "through": "through", "thru": "through", "via": "through",
    "info": "info", "cc": "info", "copies to": "info", "copy to": "info",
    "participants": "participants", "present": "participants", "others present": "participants",
    "attendance": "participants", "attendees": "participants", "also present": "participants",
    "date": "date", "time": "date", "date and time": "date", "place": "place", "location": "place",
    "ref": "references", "refs": "references", "reference": "references", "references": "references",
    "reftel": "references",
}
_LABEL = re.compile(r"^(?P<label>" + "|".join(sorted((re.escape(k) for k in _LABELS), key=len, reverse=True))
                    + r")(?:\s*:\s*|\s*$|\.\s+|\s+(?=\S))(?P<value>.*)$", re.IGNORECASE)
# a paper's file number on a line of its own: "No. 19–66", "A–35(a)", "ABC/MC/7", "XYZ 12/3"
_DESIGNATION_LINE = re.compile(r"^(?=.*\d)(?:No\.\s*)?[A-Z][\w/–.()-]*(?:\s+[A-Z\d][\w/–.()-]*){0,2}$")
_LIST_LABELS = {"to", "through", "info", "participants"}
_PROSE_WORDS = 16  # a line this long is the text, not the furniture
_MESSAGE = re.compile(r"^(?P<number>(?:[A-Z][A-Za-z]{1,8}\s?)?\d[\d–/-]*(?:/[A-Z][A-Za-z]*\s\d+)?)\.\s+(?P<rest>\S.*)$")
_REF = re.compile(r"^(?:Refs?|Reftel|Reference|Re|Your|Our)\b[:.]?\s+(?P<refs>[^.]{2,120}?)\.(?:\[\d+\])*"
                  r"(?:\s|$)")
_INLINE_SUBJECT = re.compile(r"^(?:Subj(?:ect)?)\s*[:.]\s*(?P<subject>[^\n]{2,200}?)\.(?:\[\d+\])*(?:\s|$)",
                             re.IGNORECASE)
_DRAFTED = re.compile(r"^(?:drafted|prepared|written)\s+by\s*:?\s*(?P<who>.+?)\s*\.?$", re.IGNORECASE)
_FOOT = re.compile(r"^-{2,}\s*footnotes?\s*-{2,}$", re.IGNORECASE)
_CLOSING = re.compile(r"^(?:(?:very\s+)?(?:sincerely|respectfully|faithfully|cordially|truly)(?:\s+yours)?|"
                      r"yours(?:\s+(?:sincerely|faithfully|truly|ever))?|with\s+(?:best|kind(?:est)?|warm(?:est)?)\s+"
                      r"(?:regards|wishes)|regards|best\s+regards)\W*$", re.IGNORECASE)
# an office written after the signer's name on the same line: "Jane Roe Chairman", "J. Roe, Director"
_ROLE_AFTER_NAME = re.compile(r"(?<=\w\w)[ ,]+(?:Acting\s+)?(?:Chairman|Chairwoman|Chair|Secretary|Director|"
                              r"Ambassador|Minister|Counselor|Counsellor|Administrator|Commissioner|Consul|"
                              r"Governor|President|Chief|Deputy|Coordinator|Representative|Attaché|Attache|"
                              r"Chargé|Charge|Adviser|Advisor|Officer|Counsel|Assistant)\.?$")
_SIGNATURE = re.compile(r"^(?:[A-Z][\w'’.-]*\.?)(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|al|el|la|le|du)\.?){0,4}$")


def read_archival(text: str) -> Archival:
    """The archival furniture of ``text``: dateline, kind, headers, signature (an empty record for prose)."""
    lines = [line.strip()[:_HEAD_LINE_CHARS] for line in text.split("\n", 200)[:200]]  # bounded, however long
    lines = [line for line in lines if line][:_HEAD_LINES]
    fields: dict[str, Any] = {}
    dateline = dateline_at = None
    for n, line in enumerate(lines[:8]):
        found = read_dateline(line)
        if found:
            dateline, dateline_at = found, n
            break
    kind = sender = to = None
    if lines and (match := _KIND.match(lines[0].lstrip("#").strip())) and len(lines[0]) <= 300 \
            and _HEADING_GOES_ON.match(match["rest"]):
        kind = match["kind"].lower()
        if route := _FROM_TO.search(match["rest"]):
            sender, to = route["sender"], route["to"]
    start = dateline_at + 1 if dateline_at is not None else 0
    body_at = _read_fields(lines, start if dateline_at is not None else 0, fields)
    classification, handling = _classification(lines[:body_at + 2])
    number = None
    references = list(fields.get("references", ()))
    subject = fields.get("subject")
    if body_at < len(lines) and (dateline or classification):
        number, refs, inline_subject = _message_head(lines[body_at], lines[body_at + 1:body_at + 2])
        references += refs
        subject = subject or inline_subject
        if number and not kind:
            kind = "telegram"
    if not kind and (fields.get("participants") and subject):
        kind = "memorandum of conversation"
    elif not kind and fields.get("to") and (fields.get("from") or subject):
        # "FROM: AMEMBASSY BRANNOCH / TO: SECSTATE": a cable's routing; "TO: The Secretary": a memorandum's
        route = " ".join([fields.get("from") or "", *fields["to"]]).lower()
        kind = "telegram" if re.search(r"\b(?:amembassy|amconsul|secstate|usmission|amlegation)\b", route) \
            else "memorandum"
    signature, drafted = _foot(text) if (dateline or kind or fields) else (None, None)
    if not kind and signature and any(re.match(r"^dear\b", line, re.IGNORECASE) for line in lines[:6]):
        kind = "letter"
    return Archival(
        dateline=dateline, dateline_line=dateline_at, kind=kind, classification=classification,
        handling=tuple(handling), number=number, references=tuple(references), subject=subject,
        sender=fields.get("from") or sender, addressees=tuple(fields.get("to") or ([to] if to else [])),
        through=tuple(fields.get("through", ())), info=tuple(fields.get("info", ())),
        participants=tuple(fields.get("participants", ())), place=fields.get("place"), signature=signature,
        drafted_by=drafted, extra={"date": fields["date"]} if fields.get("date") else {})


def _read_fields(lines: list[str], start: int, fields: dict[str, Any]) -> int:
    """Labelled header fields ("SUBJECT", "FROM:", "PARTICIPANTS") from ``start``; the index where the
    text proper begins."""
    n = start
    label = None
    body_at = start
    while n < len(lines):
        line = lines[n]
        match = _LABEL.match(line)
        is_label = bool(match) and _is_label_line(line, match)
        if is_label:
            label = _LABELS[match["label"].lower()]
            value = match["value"].strip()
            if value:
                _add(fields, label, value)
                if label not in _LIST_LABELS:
                    label = None
            n += 1
            body_at = n
            continue
        if label is not None and not _is_prose(line):
            _add(fields, label, line)
            if label not in _LIST_LABELS:
                label = None
            n += 1
            body_at = n
            continue
        if label is None and n == body_at and (_classification([line])[0] or read_dateline(line)
                                               or _DESIGNATION_LINE.match(line)):
            n += 1
            body_at = n
            continue
        break
    return body_at


def _is_label_line(line: str, match: re.Match[str]) -> bool:
    """"SUBJECT", "Subject:", "FROM: the Office": a label, not a sentence opening with "To" or "From"."""
    written = match["label"]
    rest = line[len(written):]
    if rest.lstrip().startswith(":"):
        return True
    if written.isupper():
        if not match["value"]:
            return True
        # "FM AMEMBASSY BRANNOCH", "TO SECSTATE": the label and its value, in capitals like a cable's header
        return match["value"].isupper() and len(written) > 1
    return not match["value"] and len(written) > 3 and written.lower() not in ("for", "time", "re")


def _add(fields: dict[str, Any], label: str, value: str) -> None:
    value = _FOOTNOTE_MARK.sub("", value).strip()
    if not value:
        return
    if label in _LIST_LABELS or label == "references":
        fields.setdefault(label, []).extend(v.strip() for v in re.split(r";", value) if v.strip())
    else:
        fields.setdefault(label, value)


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= _PROSE_WORDS or (len(words) > 8 and line.endswith((".", ":")) and not line.isupper())


def _classification(lines: list[str]) -> tuple[str | None, list[str]]:
    for line in lines:
        match = _CLASSIFICATION.match(line.strip()) if len(line) <= 80 else None
        if not match:
            continue
        handling = [h.strip() for h in re.split(r"[;,/–—]|\s{2,}", match["rest"]) if h.strip()]
        # "Secret; Immediate; Exdis": every word after the level must be a handling word
        known = " ".join(_HANDLING).split()
        if not all(word in known for word in " ".join(handling).lower().split()):
            continue
        return " ".join(w.capitalize() for w in match["level"].split()), handling
    return None, []


def _message_head(line: str, following: list[str]) -> tuple[str | None, list[str], str | None]:
    """A cable's opening: "1234. Ref: Corvath 567. Text..." -> ("1234", ["Corvath 567"], subject)."""
    number = None
    rest = line
    match = _MESSAGE.match(line)
    if match:
        candidate = match["number"]
        # "1. The talks..." then "2. ...": numbered paragraphs, not a message number
        if not (candidate.isdigit() and following and following[0].startswith(f"{int(candidate) + 1}.")):
            number, rest = candidate, match["rest"]
    refs: list[str] = []
    subject = None
    for _ in range(3):
        if ref := _REF.match(rest):
            refs += [r.strip() for r in ref["refs"].split(";") if r.strip()]
            rest = rest[ref.end():].lstrip()
        elif subj := _INLINE_SUBJECT.match(rest):
            subject = subj["subject"].strip()
            rest = rest[subj.end():].lstrip()
        else:
            break
    if number is None and not refs:
        return None, [], subject
    return number, refs, subject


def _foot(text: str) -> tuple[str | None, str | None]:
    """The signature closing the text and a drafting line, if any (footnotes after the text are skipped)."""
    lines = [line.strip() for line in text.rstrip().split("\n")]
    for n, line in enumerate(lines):
        if _FOOT.match(line):
            lines = lines[:n]
            break
    lines = [line for line in lines if line][-6:]
    drafted = None
    for line in lines:
        if match := _DRAFTED.match(line):
            drafted = match["who"]
    tail = [line for line in lines if not _DRAFTED.match(line)]
    signature = None
    if tail:
        last = _ROLE_AFTER_NAME.sub("", _FOOTNOTE_MARK.sub("", tail[-1]).strip())
        clean = last.strip(" .,")
        one_word = len(clean.split()) == 1
        if clean and _SIGNATURE.match(clean) and not find_date(clean) and len(clean) <= 40 \
                and not _LABEL.match(clean) and not (one_word and last.endswith(".")):
            signature = clean
            # a name above a one-word role ("Jane Roe" / "Secretary") is the signature; a role alone is not
            above = _FOOTNOTE_MARK.sub("", tail[-2]).strip(" .,") if len(tail) >= 2 else ""
            if one_word and not clean.isupper() and _SIGNATURE.match(above) and len(above.split()) >= 2:
                signature = above
    return signature, drafted
