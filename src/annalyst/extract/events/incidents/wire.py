"""Wire messages set in capitals: which they are, their sentences, and the lower-case parse of the sentences
that may report an act.

Wire services set whole messages in capitals, which spaCy's small model
tags as proper nouns (every word a name, no verb found). Such a document's
sentences that mention an act are parsed again in lower case (same offsets),
where the model reads the syntax right; names still come from the entities
stage.
"""

from __future__ import annotations

import re

from ...context import DocContext

_TRIGGER_RE = re.compile(
    r"\b(?:kill|murder|assassin|massacr|attack|assault|ambush|machine-?gun|shoot|shot|wound|injur|tortur|stab|"
    r"raid|slay|slain|slew|execut|gunned|bomb|explo|blast|detonat|dynamit|blew|blown|blow|kidnap|abduct|burn|"
    r"torch|set fire|arson|rob|stole|steal|loot|hijack|hold-?up|stoppage|hurl|threw|grenade|plant|responsib|"
    r"attribut|blame|victim|identified|death|hostage|disappear|destroy|damag|demolish|wreck|shatter|devastat)", re.I)
_DATELINE = re.compile(r"^\s*[^\n]{0,120}?\)\s*--\s*", re.S)
_NOTE = re.compile(r"\[(?:TEXT|CONTINUED|PASSAGE OMITTED|EXCERPTS?|[A-Z ]*INDISTINCT|[A-Z ]*RECORDING)\]")
_SENT_END = re.compile(r"(?<=[.?!])(?<!\b[A-Z]\.)(?<!\bNO\.)[\"']?\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


def capitalised(text: str) -> bool:
    """Whether a text is set in capitals throughout (a wire message): nine letters in ten upper case."""
    letters = [c for c in text[:4000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges of a text by its punctuation and blank lines (capitals defeat the parser's own split);
    an initial like "U.S." ends no sentence."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _parse_text(text: str) -> str:
    """The text as the parser reads it: lower case, the dateline and editorial notes blanked (same length)."""
    m = _DATELINE.match(text)
    if m and m.end() < 250:
        text = " " * m.end() + text[m.end():]
    text = _NOTE.sub(lambda n: " " * len(n.group()), text)
    return text.lower().replace("\n", " ")


def parse_sentences(ctx: DocContext) -> list[tuple[int, object]]:
    """``(offset, parsed sentence)`` for every sentence that may report an act."""
    text = ctx.text
    if not capitalised(text):
        return []
    flat = _parse_text(text)
    if len(flat) != len(text):
        return []
    ranges = [(s + len(flat[s:e]) - len(flat[s:e].lstrip()), e) for s, e in sentences(text)
              if _TRIGGER_RE.search(flat[s:e])]
    if not ranges:
        return []
    from ....nlp import load_model

    nlp = load_model()
    disable = [p for p in ("ner",) if p in nlp.pipe_names]
    docs = nlp.pipe((flat[s:e] for s, e in ranges), disable=disable)
    return [(s, doc) for (s, _), doc in zip(ranges, docs, strict=True)]
