"""“…,” the minister said: a definite role noun names the person the document gave that role.

News copy names a person once with a title or a role ("Interior Minister X",
"X, the army chief") and afterwards calls them by the role alone. The entity
stage keeps those titles and roles as the entity's *descriptors*; a speaker
phrase "the minister" or "the army chief" is matched against the head of each
descriptor (the words before any "of": "chairman of the board" is a chairman),
or of a role phrase opening the sentence before the name ("The leader of the
X Party, NAME, said"), set before it by a comma ("answered to the Minister of
Ports, NAME") or equated with it by a copula ("Since May the treasurer
has been NAME"), and names the one person who fits. A deputy or former holder does not fit
("Deputy Minister" is not "the minister"), and when two people fit, only the
one mentioned in the quotation's own paragraph is taken; otherwise, or when a
nameless holder ("a minister who asked not to be named") came in after the
named one, the speaker stays unresolved, because a quotation given to the wrong person is
worse than one given to nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...model import LocalEntity
from ..context import text_of
from .positions import phrase_span

# Words that make a role someone else's: a deputy minister is not "the minister".
_LESSER = frozenset({"deputy", "vice", "assistant", "associate", "under", "sub", "former", "ex", "late",
                     "junior", "co"})
# Words that make another office of the role: the prime minister is not "the minister".
_OTHER_OFFICE = frozenset({"prime"})
# Abbreviated titles as descriptors keep them ("Gen." for General X).
_ABBREVIATED = {"gen": "general", "col": "colonel", "lt": "lieutenant", "capt": "captain", "adm": "admiral",
                "maj": "major", "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
                "sgt": "sergeant", "supt": "superintendent", "insp": "inspector", "cmdr": "commander",
                "amb": "ambassador", "sec": "secretary", "atty": "attorney", "prof": "professor"}
# Where a descriptor's head ends: "chairman of the board", "envoy to Paris", "minister for trade".
_HEAD_END = re.compile(r"\s(?:of|for|to|at|in|on|from|with|without|under|over|between|within)\s|,|\(", re.IGNORECASE)


def role_words(tok) -> list[str] | None:
    """ "the minister", "the Interior Minister": the role's words, lower case, when ``tok`` heads a
    definite singular noun phrase with no owner and nothing after it; else None. A name ("the
    Kestrian minister") passes here and fits no descriptor later."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNP"):  # "the Minister" is often a PROPN
        return None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in tok.rights):
        return None  # "the leader of the rival faction": a role of its own, not a bare one
    lefts = list(tok.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
        return None
    words = []
    for c in lefts:
        if c.dep_ == "det" or _describes(c):
            continue
        if c.dep_ not in ("compound", "amod") or any(g.dep_ == "poss" for g in c.subtree):
            return None  # "the party's leader": an owner's role, not a bare one
        words.append(c.lower_)
    return [*words, tok.lower_]


def _describes(modifier) -> bool:
    """An age or a participle ("the 58-year-old minister", "the embattled minister") describes the
    holder and is no part of the role."""
    if modifier.dep_ != "amod":
        return False
    return modifier.tag_ in ("VBN", "VBG") or any(t.pos_ == "NUM" for t in modifier.subtree)


def fits(descriptor: str, words: list[str]) -> bool:
    """Does the descriptor's head end with the role's words, held in full ("Interior Minister" fits
    "minister"; "Deputy Minister", "Prime Minister" and "chief of the general staff" do not)?"""
    head = _HEAD_END.split(f" {descriptor} ", maxsplit=1)[0]
    tokens = [_ABBREVIATED.get(w, w) for w in re.findall(r"\w+", head.lower().replace("’", "'"))]
    if len(tokens) < len(words) or tokens[-len(words):] != words:
        return False
    before = tokens[-len(words) - 1] if len(tokens) > len(words) else ""
    return before not in _LESSER and before not in _OTHER_OFFICE


def fronted_role(first) -> str | None:
    """ "The senator from Ohio, NAME, said": the role phrase that opens the sentence, set off by a comma
    before the name whose first token is ``first`` (the parser often hangs the name on "Ohio")."""
    doc, start = first.doc, first.sent.start
    if first.i - start < 3 or doc[first.i - 1].text != ",":
        return None
    tokens = doc[start:first.i - 1]
    if tokens[0].lower_ != "the" or len(tokens) > 10 \
            or any(t.pos_ in ("VERB", "AUX") or t.text in ",;:()" or "\n" in t.text for t in tokens):
        return None
    return tokens.text


def equated_role(first) -> str | None:
    """ "Since May the harbour master has been NAME", "NAME was the treasurer": the noun phrase a
    copula equates with the name whose first token is ``first`` (not when the copula is negated)."""
    name = first
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    verb = name.head
    if name.dep_ not in ("nsubj", "attr") or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    for c in verb.children:
        if c.i != name.i and c.dep_ in ("nsubj", "attr") and c.pos_ == "NOUN":
            start, end = phrase_span(c)
            return text_of(c.doc)[start:end]
    return None


def appositive_role(first) -> str | None:
    """ "answered to the Minister of Ports, NAME": a definite role phrase the name whose first token is
    ``first`` stands in apposition to, after a comma (the words from "the" up to the comma)."""
    name = first
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    role = name.head
    if name.dep_ != "appos" or role.i >= first.i or role.pos_ not in ("NOUN", "PROPN") or role.ent_type_ \
            or first.i == 0 or first.doc[first.i - 1].text != ",":
        return None
    det = [c for c in role.lefts if c.dep_ == "det" and c.lower_ == "the"]
    if not det:
        return None
    return first.doc[det[0].i:first.i - 1].text


def another_holder(t, tok) -> bool:
    """Is ``t`` a new, nameless holder of the role ``tok`` names ("A minister from the junior party,
    who asked not to be named, was scathing")? Then "the minister" is that one, not a named one;
    "NAME, a minister," and "NAME is a minister" introduce nobody new."""
    if t.i == tok.i or t.lemma_.lower() != tok.lemma_.lower() or t.dep_ in ("appos", "attr", "compound", "poss"):
        return False
    if any(c.dep_ == "appos" for c in t.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)


def role_holder(words: list[str], persons: Iterable[LocalEntity], last_seen: Mapping[str, int],
                paragraph_start: int, extra: Mapping[str, list[str]] | None = None) -> str | None:
    """The one person (of those seen so far, ``last_seen`` giving each one's latest mention) with the
    role among their descriptors (or the ``extra`` ones); of several, the only one mentioned since
    ``paragraph_start``; else None."""
    extra = extra or {}
    holders = [e.id for e in persons if e.id in last_seen
               and any(fits(d, words) for d in (*e.descriptors, *extra.get(e.id, ())))]
    if len(holders) > 1:
        holders = [e for e in holders if last_seen[e] >= paragraph_start]
    return holders[0] if len(holders) == 1 else None
