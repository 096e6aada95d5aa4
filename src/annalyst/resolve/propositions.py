"""Whether two claims of different sources speak of the same proposition, outside the structured classes.

:mod:`.links` compares claims about an actor's part in an event through their
predicate class and the actors' sides. Many disputes are about other things:
whether the army stayed in its barracks, whether a confession was true, who
knew of a plan. For those, two claims are about the same matter when

* they carry the same predicate, a synonym or an antonym (a small lexicon of
  general English below: "confined to barracks" and "stayed in its barracks"),
  and share what they are about: an event, or at least two common words that
  make a fair part of what each says ("army", "barracks");
* or one doubts a claim of its own source (``target``) whose holder and
  predicate are the other claim's: the second source disputes what the first
  reports that person said;
* or both report the same person (not the author) on one topic: the sources
  agree on what that person holds.

Hand-kept rather than taken from WordNet: the data would have to be
downloaded at run time, and WordNet's synsets are far broader than the
near-paraphrases that can safely decide agreement. No lexicon settles meaning;
each link's explanation names the words it rests on so a reader can check it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..model import Claim

#: predicates that say too little to compare ("was", "had", "said")
_LIGHT = frozenset({
    "be", "have", "do", "say", "make", "get", "go", "come", "see", "expect", "tell", "become",
    "seem", "appear", "want", "need", "use", "find", "show", "let", "put", "think", "believe", "add", "call",
})
#: near-synonymous predicates, one set per sense
_SYNONYMS: tuple[frozenset[str], ...] = tuple(frozenset(s.split()) for s in (
    "stay remain confine keep",
    "leave quit exit abandon desert",
    "know learn realise realize",
    "order command instruct direct",
    "plan plot organise organize prepare",
    "confess admit",
    "act operate",
    "rig falsify forge steal manipulate",
    "win",
    "lose",
    "accept approve endorse",
    "reject refuse veto",
    "arrive enter",
    "lie deceive mislead",
))
_SENSE = {word: " ".join(sorted(group)) for group in _SYNONYMS for word in group}
#: senses opposite to each other, by one word of each: a claim with one negates a claim with the other
_ANTONYMS = frozenset(frozenset(_SENSE[w] for w in pair.split()) for pair in ("stay leave", "win lose",
                                                                              "accept reject"))

_WORD = re.compile(r"[A-Za-z][a-z-]+")
#: the least part of the shorter and of the longer claim's words the shared ones must make
_SHARE = 0.4
_SHARE_OF_LONGER = 0.2
#: nouns one source uses where another uses a near-synonym, folded to one word for comparison
_NOUN_SENSES: dict[str, str] = {word: group.split()[0] for group in (
    "deal contract agreement accord pact treaty",
    "army military troop soldier",
    "weapon arm rifle gun munition ammunition armament",
    "killing murder assassination",
    "payment commission fee bribe kickback",
    "barracks barrack garrison",
) for word in group.split()}

_STOPWORDS = """
the a an and or but of in on at to for from with by as that this these those which who whom whose what when
where why how there their they them his her its our your my we you he she it him not no nor never only also
than then too very more most much many some any all each every both either neither other another such own
same so if because while although though after before during until since about into onto over under again
further once here out off up down had has have was were been being are is be will would could should might
may must shall can did does done do said says say year years time times day days thing things way ways one
two three four five six seven eight nine ten first second third fourth fifth last next new old own just
even still yet already ever now today whether upon within without against between among per
"""
_STOP = frozenset(_STOPWORDS.split())


def _sense(predicate: str | None) -> str | None:
    if not predicate or predicate in _LIGHT:
        return None
    return _SENSE.get(predicate, predicate)


def _opposite(x: str, y: str) -> bool:
    return any(x in pair and y in pair and x != y for pair in _ANTONYMS)


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Common words of a claim's text, plurals folded ("barracks" stays, "officers" -> "officer") and
    near-synonymous nouns named by one word ("the contract" and "the deal" are both "deal"). Capitalised
    words are left out: names ("United", "Nations") are compared as entities, not as words."""
    out = set()
    for raw in _WORD.findall(text.replace("’s", "").replace("'s", "")):
        word = raw.lower()
        if raw[:1].isupper() or word in _STOP or len(word) < 4:
            continue
        plural = word.endswith("s") and not word.endswith(("ss", "us", "is", "cks")) and len(word) > 4
        single = word[:-1] if plural else word
        out.add(_NOUN_SENSES.get(single, single))
    return frozenset(out)


def _topic(a: Claim, b: Claim, names: Mapping[str, str]) -> tuple[list[str], list[str], set[str]]:
    """Events and entities both claims are about (their holders aside), and the content words they share
    beyond the claims' own cue words ("knew" says nothing about what was known), when they are a fair part
    of both claims' words (two long claims share a few words by chance)."""
    holders = {a.holder, b.holder}
    shared = sorted((set(a.about) & set(b.about)) - holders)
    events = [names.get(x, x) for x in shared if ":V" in x]
    entities = [x for x in shared if ":V" not in x]
    cues = content_words(f"{a.cue or ''} {b.cue or ''}".lower())
    wa, wb = content_words(a.text) - cues, content_words(b.text) - cues
    words = set(wa & wb)
    short, long = sorted((len(wa), len(wb)))
    if words and (len(words) < _SHARE * short or len(words) < _SHARE_OF_LONGER * long):
        words = set()
    return events, entities, words


def blocking_keys(claim: Claim, by_id: Mapping[str, Claim], writers: Mapping[str, str] | None = None
                  ) -> set[tuple[str, str]]:
    """What two claims must share for :func:`same_proposition` to find them alike: a holder (or the holder of
    the claim a doubt targets), an event or entity they are about, or a word."""
    writers = writers or {}
    keys = {("about", x) for x in claim.about}
    target = by_id.get(claim.target or "")
    for holder in (_holder(claim, writers), _holder(target, writers) if target else None):
        if holder not in (None, "author"):
            keys.add(("holder", holder))
    keys.update(("word", w) for w in content_words(claim.text))
    return keys


def _holder(claim: Claim, writers: Mapping[str, str]) -> str | None:
    """The claim's holder, the author standing for the person the byline names when the sources know them."""
    return writers.get(claim.doc, "author") if claim.holder == "author" else claim.holder


def same_proposition(a: Claim, b: Claim, by_id: Mapping[str, Claim], names: Mapping[str, str],
                     comparable: frozenset[str], persons: frozenset[str] = frozenset(),
                     writers: Mapping[str, str] | None = None) -> tuple[str, int] | None:
    """``(why, sign)`` when ``a`` and ``b`` speak of the same matter, else None. ``sign`` is -1 when their
    predicates are antonyms (so equal polarities disagree), 0 when only their holder is the same;
    ``comparable`` are the predicate classes the structured comparison owns when both claims name actors;
    ``persons`` are the ids of people, the one kind of entity specific enough to make a topic on its own."""
    writers = writers or {}
    ha, hb = _holder(a, writers), _holder(b, writers)
    holder = ha if ha == hb and ha not in (None, "author") else None
    events, entity_ids, words = _topic(a, b, names)
    people = [names.get(x, x) for x in entity_ids if x in persons]
    entities = [names.get(x, x) for x in entity_ids]
    shared = events + entities
    if holder is not None:
        same = _sense(a.predicate) is not None and _sense(a.predicate) == _sense(b.predicate)
        topic = events or people or len(words) >= 2 or (same and words)
        if not topic and not (same and a.polarity == b.polarity):
            return None  # one person, one predicate, one stance ("never took a cent", "never took a bribe")
        who = names.get(holder, holder)
        if not topic:
            return f"what {who} holds with the same predicate (“{a.predicate}”)", 1
        on = ", ".join(events + people) if events or people else "“" + "”, “".join(sorted(words)) + "”"
        return (f"what {who} holds on {on}" + (" (the same predicate)" if same else ""), 1 if same else 0)
    if (a.predicate in comparable or b.predicate in comparable) and not (events and a.predicate == b.predicate):
        # a broad class ("involvement" covers backed, approved, sponsored) says two claims are alike only
        # through the actors' sides, which the structured comparison weighs, or about one and the same event
        return None
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return None  # different actors do different things
    for doubt, other in ((a, b), (b, a)):
        target = by_id.get(doubt.target or "")
        held = _holder(other, writers)
        if target is not None and _holder(target, writers) == held and held not in (None, "author") and \
                _sense(target.predicate) is not None and _sense(target.predicate) == _sense(other.predicate):
            who = names.get(held, held)
            return f"{who}'s claim (“{target.text}”, “{other.text}”) that one source doubts", 1
    sa, sb = _sense(a.predicate), _sense(b.predicate)
    if sa is None or sb is None:
        return None
    sign = -1 if _opposite(sa, sb) else 1
    if sa != sb and sign == 1:
        return None
    if not events and len(words) < 2:
        return None  # one name in common is not one matter: "gave X advice" and "gave X weapons"
    on = ", ".join(shared) if shared else "“" + "”, “".join(sorted(words)) + "”"
    verbs = f"“{a.predicate}”" + (f" and “{b.predicate}”" if a.predicate != b.predicate else "")
    relation = "opposite predicates" if sign < 0 else "the same predicate"
    return f"{verbs} ({relation}) on {on}", sign
