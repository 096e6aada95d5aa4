"""Web-page leftovers in plain text: comment prompts, share and navigation lines, cookie notices.

Texts copied out of a browser keep the widgets around the article ("Leave a
Reply", "Share this:", "Scroll to Top"). They are not part of what the source
says, and an extractor would happily read "Reply" as a name or "Share this" as
a sentence. Because every record's offsets index ``Document.text``, the
cleanest fix is to drop those lines from the text before anything is
analysed.

The rule is conservative: a line is dropped only when the *whole* line (once
trimmed of bullets, arrows and trailing colons) is one of the UI phrases
below. Generic one-word labels ("Home", "Menu", "Print") are dropped only in
the runs of such lines at the very start or end of the text, where page
chrome lives; in the body they may be real words. Footnotes and references
("[i] ...") are content and are never touched.
"""

from __future__ import annotations

import re

__all__ = ["is_boilerplate_line", "strip_boilerplate"]

# Multi-word phrases no article uses as a line of its own: dropped anywhere.
_PHRASES = r"""
leave a (?:reply|comment|response)
post a comment | add a comment | write a comment | submit a comment | post comment
(?:no|\d+) comments?(?: yet)? | comments? (?:are )?closed | view comments | show comments
be the first to comment | join the (?:discussion|conversation)
cancel reply | reply to this (?:comment|post)
your email address will not be published.* | required fields are marked.*
scroll to (?:the )?top | back to (?:the )?top | go to top | return to top
skip to (?:main )?content | skip to navigation | toggle navigation
share this(?: article| post| story| page)? | share on \w+ | share via \w+ | click to share on \w+.*
click to (?:print|email).* | tweet this | pin it | like this | like loading\W*
related(?: posts| articles| stories| content)? | you (?:may|might) also like | more from \w+(?: \w+)?
read more | continue reading.* | read the full (?:article|story)
subscribe(?: now)?(?: to (?:our|the) newsletter)? | sign up for (?:our|the) newsletter
follow us(?: on \w+)? | previous (?:post|article|story) | next (?:post|article|story)
posted in .{1,60} | filed under .{1,60} | tags?: .{1,80} | categor(?:y|ies): .{1,80}
accept (?:all )?cookies | cookie (?:settings|policy|preferences) | manage cookies | reject all
privacy policy | terms of (?:use|service) | all rights reserved\W* | copyright ©.{0,80} | © \d{4}.{0,80}
"""

# One-word labels: page chrome at the edges of a text, but possible words in its body.
_EDGE_WORDS = r"""
home | menu | search | print | email | e-mail | share | tweet | facebook | twitter | linkedin | whatsapp
reddit | telegram | pinterest | x | more | comments? | reply | like | related | advertisement | ad
"""

_COOKIE_SENTENCE = re.compile(
    r"^(?:this (?:web)?site|we) uses? cookies\b.{0,300}$|^by (?:continuing to use|using) this (?:web)?site\b.{0,300}$",
    re.IGNORECASE,
)


def _alternation(block: str) -> re.Pattern[str]:
    parts = [p.strip() for line in block.strip().splitlines() for p in line.split(" | ")]
    return re.compile("^(?:" + "|".join(parts) + ")$", re.IGNORECASE)


_PHRASE_LINE = _alternation(_PHRASES)
_EDGE_LINE = _alternation(_EDGE_WORDS)
_DECORATION = re.compile(r"^[\s\-–—*•·|>»«<↑^#\[\]()]+|[\s\-–—*•·|>»«<↑^:→›‹]+$")
_MAX_LINE = 120  # a UI phrase is short; a long line is prose even if it starts like one


def is_boilerplate_line(line: str, *, at_edge: bool = False) -> bool:
    """Whether ``line`` on its own is web-page chrome rather than text of the source."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE * 3:
        return False
    if _COOKIE_SENTENCE.match(stripped):
        return True
    if len(stripped) > _MAX_LINE:
        return False
    core = _DECORATION.sub("", stripped)
    if not core:
        return False
    if _PHRASE_LINE.match(core):
        return True
    return at_edge and bool(_EDGE_LINE.match(core))


def strip_boilerplate(text: str) -> str:
    """``text`` without the lines that are web-page leftovers (see the module docstring)."""
    lines = text.split("\n")
    drop = [False] * len(lines)
    for i, line in enumerate(lines):
        drop[i] = is_boilerplate_line(line)
    # the runs of chrome at both edges, where one-word labels count too
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            line = lines[i]
            if not line.strip() or drop[i]:
                continue
            if is_boilerplate_line(line, at_edge=True):
                drop[i] = True
                continue
            break
    if not any(drop):
        return text
    kept: list[str] = []
    for i, line in enumerate(lines):
        if drop[i]:
            continue
        # do not leave a double gap where a line between two blank lines went
        if not line.strip() and kept and not kept[-1].strip() and i > 0 and drop[i - 1]:
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    result = "\n".join(kept)
    return result + "\n" if text.endswith("\n") and result else result
