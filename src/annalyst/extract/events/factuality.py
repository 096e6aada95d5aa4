"""Whether a mention reports something that happened, and whether its line is narrative at all.

An event record says "this happened". Three kinds of text mention an event
without saying so, and FactBank (Saurí and Pustejovsky, 2009) and the TimeML
``modality``/``polarity`` attributes call them out in the same way:

* negated or denied: "did not survive", "no government has opened the files",
  "The story that X planned the coup is a myth", "denied that X attacked";
* hypothetical or to come: "if a date were announced", "will publish",
  questions ("Did X know about the coup?");
* not narrative at all: a headline (the first line of a text, set off by a
  blank line), a byline ("By NAME on DATE", "NAME, ORGANISATION, DATE") and
  other heading-like lines whose every word is capitalised.

A verb so marked gives no event. An event noun stays (a definite "the coup"
refers to a real event whatever is said about it) but takes nothing from the
non-factual verb that carries it: no agent of "planned the coup" in a myth.

Hand-written rather than a library: the cues are a short closed list, and the
negation scopes spaCy's parse gives are enough at clause level.
"""

from __future__ import annotations

import bisect
import math
import re

from ...language.modality import (
    CONDITIONAL_MARKS,
    DENIAL_VERBS,
    DOUBT_VERBS,
    MODALS,
    NEGATIVE_DETERMINERS,
    NEGATIVE_SUBJECTS,
    REFUSAL_VERBS,
)

#: nouns whose that-clause is a proposition someone tells, not a fact the text asserts
_PROPOSITION_NOUNS = frozenset({
    "story", "claim", "myth", "idea", "notion", "theory", "rumour", "rumor", "allegation", "suggestion",
    "belief", "legend", "lie", "assertion", "accusation", "speculation", "hypothesis", "conspiracy", "fiction",
    "fantasy", "fable", "tale", "insinuation", "pretence", "pretense",
})
#: verbs whose clausal complement the subject rejects or doubts, or whose infinitive it refuses to do
#: ("refused to pass the message" passes none)
_DENIAL_VERBS = DENIAL_VERBS | DOUBT_VERBS | REFUSAL_VERBS
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "on", "in", "by", "and", "to", "for", "at", "with", "from", "or", "as", "vs", "via",
    "de", "la", "le", "von", "van", "der", "is", "&",
})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are headings, titles or bylines rather than narrative sentences."""
    out: list[tuple[int, int]] = []
    offset = 0
    first = True
    lines = text.splitlines(keepends=True)
    letters = [c for c in text[:20000] if c.isalpha()]
    # a cable or telegram written all in capitals: capitals mark no heading there
    shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    for n, raw in enumerate(lines):
        line = raw.strip()
        start, end = offset, offset + len(raw.rstrip("\r\n"))
        offset += len(raw)
        if not line:
            continue
        set_off = n + 1 < len(lines) and not lines[n + 1].strip() and any(x.strip() for x in lines[n + 2:])
        if first and set_off:
            out.append((start, end))  # a title: the first line, set off by a blank line
        elif (line.startswith("By ") and len(line.split()) <= 15) or (not shouting and _capitalised(line)):
            out.append((start, end))
        first = False
    return out


def _capitalised(line: str) -> bool:
    """Every word capitalised (function words aside) and no full sentence: a heading, byline or list entry."""
    words = _WORD.findall(line)
    if not words or line.rstrip().endswith(("?", "!")) or line.count(". ") > 0:
        return False
    if line.rstrip().endswith(".") and len(words) >= 8:
        return False  # a sentence in title case is still a sentence
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """``offset`` lies in one of ``spans`` (sorted, disjoint: lines), found by bisection."""
    n = bisect.bisect_right(spans, (offset, math.inf)) - 1
    return n >= 0 and spans[n][0] <= offset < spans[n][1]


def negated(verb) -> bool:
    """The clause of ``verb`` denies it ("did not survive", "never met", "no government has opened",
    "nobody knew"), speaks of what will or would happen, or asks."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
            if child.lower_ in NEGATIVE_SUBJECTS:
                return True
            if any(g.dep_ == "det" and g.lower_ in NEGATIVE_DETERMINERS for g in child.children):
                return True
    sent = verb.sent
    return sent.text.rstrip().rstrip("\u201d\"'").endswith("?")


def _content_clause(verb) -> bool:
    """A "that" clause the small parser took for a relative clause: "the story that X planned the coup" has
    "that" as object beside a real object (or as subject beside a real subject), so "that" is a conjunction."""
    rel = [c for c in verb.children if c.lower_ == "that" and c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if not rel:
        return False
    return any(c.dep_ == rel[0].dep_ and c.i != rel[0].i for c in verb.children)


def non_factual(verb) -> bool:
    """``verb`` reports no fact: its clause is negated or hypothetical, or lies inside a condition ("if X
    had planned it"), a told proposition ("the story that X planned it") or a denied complement ("denied
    that X attacked"). A relative clause is presupposed ("the coup that brought X to power"): the climb stops
    there."""
    if negated(verb):
        return True
    token = verb
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            return True
        head = token.head
        if head.i == token.i:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in _PROPOSITION_NOUNS and (
                token.dep_ in ("acl", "ccomp", "advcl") or (token.dep_ == "relcl" and _content_clause(token))):
            return True
        if token.dep_ == "relcl":
            return False
        if token.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in _DENIAL_VERBS:
            return True
        if token.dep_ in ("ccomp", "xcomp") and head.pos_ in ("VERB", "AUX") and negated(head):
            return True  # "did not order them to fire", "nobody knew that X planned it"
        if token.dep_ in ("ccomp", "xcomp") and head.pos_ == "ADJ" and head.dep_ == "acomp" and (
                negated(head.head) or any(c.dep_ == "neg" for c in head.children)):
            return True  # "was not prepared to send arms": none sent
        if token.dep_ not in ("ccomp", "xcomp", "conj", "acl", "advcl", "csubj"):
            return False
        token = head
    return False
