"""Attribution through a footnote: “…”[ii] and, in the reference list, "[ii] Name, Title…".

Essays and reports often give a quotation no speaker in the sentence, only a
reference marker; the reference list at the end names the author first. The
markers read here are bracketed roman or arabic numerals and superscript
digits, the forms word processors and web pages produce.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"[ \t]?(\[(?:[ivxlcdm]{1,6}|\d{1,3})\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})", re.IGNORECASE)
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# The leading name of a reference: capitalised words, possibly with initials and particles.
_LEADING_NAME = re.compile(r"((?:[A-Z][\w’'.-]*|de|van|von|der|al|bin|da|di|la|le)(?:\s+(?:[A-Z][\w’'.-]*|de|van|von"
                           r"|der|al|bin|da|di|la|le)){0,4})")


# An author-year citation right after a quotation: "(Hollis 1998: 45)", "(Marsh and Lee, 2001)".
_CITATION = re.compile(r"[ \t]*\(((?:[A-Z][\w’'-]+)(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?)(?:\s+et al\.)?,?\s+\d{4}")


# A signature after a quotation: "“…” — Winston Churchill" (epigraphs, embedded posts), ending its line.
_SIGNATURE = re.compile(r"[ \t]*[—–]{1,2}[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*(?=$|\(|,)",
                        re.MULTILINE)


def signature_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the name signing a quotation right after its closing mark at ``pos``."""
    m = _SIGNATURE.match(text, pos)
    return m.span(1) if m else None


def citation_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the author's name in an author-year citation right after a closing mark at ``pos``."""
    m = _CITATION.match(text, pos)
    return m.span(1) if m else None


def marker_after(text: str, pos: int) -> str | None:
    """The footnote marker right after a closing mark at ``pos`` (e.g. ``[ii]``), if any."""
    m = _MARKER.match(text, pos)
    return m.group(1) if m else None


def reference_span(text: str, marker: str, after: int) -> tuple[int, int] | None:
    """The text of the reference a marker points to: the last line after ``after`` that starts with it."""
    number = marker.translate(_SUPERSCRIPTS).strip("[]")
    pattern = re.compile(
        r"(?m)^[ \t]*(?:\[" + re.escape(number) + r"\]|" + re.escape(number) + r"[.)]|" + re.escape(marker)
        + r")[ \t]*(\S[^\n]*)$", re.IGNORECASE)
    found = None
    for m in pattern.finditer(text, after):
        found = m.span(1)
    return found


def leading_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of the capitalised words a reference starts with (its author)."""
    m = _LEADING_NAME.match(text, start, end)
    if not m or not m.group(1):
        return None
    return m.span(1)
