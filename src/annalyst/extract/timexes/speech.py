"""Speech contexts: the stretches of a text spoken or written by someone else at another time.

A "today" inside a quotation, or inside a report a historian quotes at
length, means the day of that speech, not the day the article was published.
This module finds those stretches from the punctuation alone:

* quotations between matching quote marks inside one paragraph;
* block quotes: the paragraphs after one that ends with a colon ("As the
  newspaper reported:"), up to the paragraph whose closing quote mark has no
  opening one, or just the first such paragraph when none closes. Lines
  starting with ``>`` are block quotes as well.

The result is a sorted list of ``(start, end)`` character ranges; nested
quotations fall inside their block and are not reported twice.
"""

from __future__ import annotations

import bisect
import re

_PARAGRAPH = re.compile(r"\n[ \t]*\n+|\n(?=[ \t]*[>\u2022*-])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"\n+")
_QUOTE = re.compile(r"[\u201c\u201d\"\u00ab\u00bb]")
_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
_CLOSERS = {"\u201d", "\u00bb"}
# an introduction that hands the floor to another text ("As the newspaper reported:"), unlike a
# heading or a list lead-in ("Background:", "The members were:")
_REPORTING = re.compile(
    r"\b(?:report(?:s|ed)?|sa(?:id|ys)|wr(?:ote|ites)|stat(?:ed|es)|not(?:ed|es)|declar(?:ed|es)|reads?|"
    r"announc(?:ed|es)|told|tells|add(?:ed|s)|explain(?:ed|s)|recall(?:ed|s)|according|put\s+it|as\s+follows|"
    r"quot(?:ed|es)|testif(?:ied|ies)|cabled|wired|observ(?:ed|es)|summari[sz](?:ed|es)|concluded|"
    r"warned|argued|asserted|remarked|continued|proclaimed|editorial(?:ised|ized)?|headline)\b",
    re.IGNORECASE)
_MAX_BLOCK = 8  # paragraphs a colon-introduced block quote may span without a closing mark


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blank-line separated, or one per line in a text that
    never leaves a blank line."""
    out, start = [], 0
    splitter = _PARAGRAPH if _BLANK_LINE.search(text) else _LINE
    for m in splitter.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _quotes_in(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Quotations inside one paragraph, and the offset of an unmatched closing mark, if any."""
    spans: list[tuple[int, int]] = []
    unmatched_close = None
    open_at: int | None = None
    open_char = ""
    for m in _QUOTE.finditer(text, start, end):
        ch = m.group()
        if open_at is None:
            if ch in _CLOSERS:
                unmatched_close = m.start()
            else:
                open_at, open_char = m.start(), ch
        elif ch == _OPENERS.get(open_char, '"') or (ch == '"' and open_char == '"'):
            spans.append((open_at + 1, m.start()))
            open_at = None
        elif ch in _OPENERS:
            open_at, open_char = m.start(), ch  # a stray opener: restart from the later one
    if open_at is not None and open_char != '"':
        # a quotation running over several paragraphs opens each one and closes only the last
        spans.append((open_at + 1, end))
    return spans, unmatched_close


def find_speech(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping character ranges of quoted speech and block quotes in ``text``."""
    paras = paragraphs(text)
    regions: list[tuple[int, int]] = []
    info = [_quotes_in(text, s, e) for s, e in paras]
    i = 0
    while i < len(paras):
        start, end = paras[i]
        intro = text[start:end].rstrip()
        if intro.endswith(":") and _REPORTING.search(intro[-160:]) and i + 1 < len(paras) \
                and not text[paras[i + 1][0]:].lstrip().startswith(("\u201c", '"', "\u00ab")):
            last = next((j for j in range(i + 1, min(len(paras), i + 1 + _MAX_BLOCK)) if info[j][1] is not None),
                        i + 1)
            regions.append((paras[i + 1][0], paras[last][1]))
            regions.extend(info[i][0])
            i = last + 1
            continue
        if text.startswith(">", start):
            regions.append((start, end))
        else:
            regions.extend(info[i][0])
        i += 1
    regions.sort()
    merged: list[tuple[int, int]] = []
    for s, e in regions:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def region_at(regions: list[tuple[int, int]], offset: int) -> int | None:
    """Index of the speech region containing ``offset``, or ``None`` in the author's voice."""
    i = bisect.bisect_right(regions, (offset, float("inf"))) - 1
    if i >= 0 and regions[i][0] <= offset < regions[i][1]:
        return i
    return None
