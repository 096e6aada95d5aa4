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

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..language.senses import IRREGULAR_PAST, WEAK, concept_of, stem
from ..model import Claim

#: predicates that say too little to compare ("was", "had", "said")
LIGHT = _LIGHT = frozenset({
    "be", "have", "do", "say", "make", "get", "go", "come", "see", "expect", "tell", "become",
    "seem", "appear", "want", "need", "use", "find", "show", "let", "put", "think", "believe", "add", "call",
    # the verbs of proceedings: asking, sending, noting and setting forth say nothing of what about
    "ask", "send", "set", "contain", "signify", "note", "state", "mention", "refer", "inform",
    "request", "indicate", "attend", "invite", "discuss", "consider", "follow", "raise", "provide", "read",
    # verbs of a holder's attitude, which the claims extractor takes for cues as often as for predicates
    "feel", "hope", "wish", "fear", "doubt", "suppose",
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
#: a denial this short is one pointed stance ("I never took a bribe"); a longer one says more than its verb
_SHORT = 10
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
    # the predicate's own forms and words that go with anything ("badly") say nothing about the matter
    predicates = {p[:4] for p in (a.predicate, b.predicate) if p and len(p) >= 3}
    words = {w for w in wa & wb if stem(w) not in WEAK}
    if all(w[:4] in predicates for w in words):
        words = set()  # the predicate's own forms alone: "damaged" and "damaged" say nothing of what
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
                     writers: Mapping[str, str] | None = None, weights: Mapping[str, float] | None = None
                     ) -> tuple[str, int] | None:
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
        if not same:
            return None  # one person's two remarks in other predicates: two things said, not one position twice
        # words alone make one matter only when they are much of what each says (one delegate speaks in many
        # minutes, and two of his remarks sharing "bloc" and "speeches" are not one position)
        topic = events or people or (len(words) >= 2 and (weights is None or _much_in_common(a, b, weights)))
        short = len(a.text.split()) <= _SHORT and len(b.text.split()) <= _SHORT
        if not topic and not (short and a.polarity == b.polarity == -1):
            # one person, one predicate and nothing else in common: "decided" this and "decided" that; only
            # one denial repeated ("never took a cent", "never took a bribe") is one stance
            return None
        who = names.get(holder, holder)
        if not topic:
            return f"what {who} holds with the same predicate (“{a.predicate}”)", 1
        on = ", ".join(events + people) if events or people else "“" + "”, “".join(sorted(words)) + "”"
        return f"what {who} holds on {on} (the same predicate)", 1
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
    # beyond the predicate's own forms, the words in common must name the matter: two uncommon ones, or
    # one and a person both speak of ("Salo received eight per cent", "Salo received the commission")
    forms = {p[:4] for p in (a.predicate, b.predicate) if p}
    matter = {w for w in words if not any(w.startswith(f) or (len(w) <= 5 and w[:3] == f[:3]) for f in forms)
              and IRREGULAR_PAST.get(w) not in (a.predicate, b.predicate)
              and (weights is None or weights.get(concept_of(w), 0.0) >= _SPECIFIC)}
    # two predicates of one sense in other words ("confined to" and "stayed in") already say one proposition in
    # two wordings: the rest need make a smaller part of it than when one verb is simply repeated
    overlap = _OVERLAP if a.predicate == b.predicate else _OVERLAP_OF_SYNONYMS
    much = len(matter) >= 2 and (weights is None or _much_in_common(a, b, weights, overlap))
    if not events and not (much or (matter and people)):
        return None  # one name in common is not one matter: "gave X advice" and "gave X weapons"
    on = ", ".join(shared) if shared else "“" + "”, “".join(sorted(words)) + "”"
    verbs = f"“{a.predicate}”" + (f" and “{b.predicate}”" if a.predicate != b.predicate else "")
    relation = "opposite predicates" if sign < 0 else "the same predicate"
    return f"{verbs} ({relation}) on {on}", sign


# ---------------------------------------------------------------- matters described in other words

#: a concept in more than this share of the claims says nothing about which of them belong together
_COMMON_SHARE = 0.25
#: the least weight (in units of the rarest concept's) the shared concepts must make: with an actor in common,
#: and without one (then at least three concepts)
_WITH_ACTOR = 1.0
_WITHOUT_ACTOR = 1.7
#: and how many phrases they must share: three with an actor in common, four without (two or three shared
#: words are what formulas, procedure and a common topic give: "the honor to refer to telegram", "a vote of")
_UNITS_WITH_ACTOR = 3
_UNITS_WITHOUT_ACTOR = 4
#: the least weight of a concept that can show two claims alike ("attack" in a file about one raid cannot)
SPECIFIC = _SPECIFIC = 0.45
#: and the least part of either claim's weight they must make
_OVERLAP = 0.3
#: the same, between claims whose predicates are two words of one sense (or opposite senses)
_OVERLAP_OF_SYNONYMS = 0.2
#: and, for claims alike in other words only (no predicate, no event in common), the larger part they must make
_OVERLAP_IN_OTHER_WORDS = 0.4
#: claims longer than this many concepts carry several propositions; comparing them says little
_MOST_CONCEPTS = 24


@lru_cache(maxsize=65536)
def concepts(text: str) -> frozenset[str]:
    """The concepts of a claim's common words, near-synonyms folded (:mod:`annalyst.language.senses`)."""
    return frozenset(c for unit in units(text) for c in unit)


@lru_cache(maxsize=65536)
def units(text: str) -> tuple[frozenset[str], ...]:
    """The claim's concepts grouped by phrase: words written next to each other ("atomic energy",
    "permanent members") make one unit, so that a set phrase counts once, not as two things in common."""
    out: list[set[str]] = []
    last_end = -2
    for m in re.finditer(r"[A-Za-z][A-Za-z’'-]*", text.replace("’s", "").replace("'s", "")):
        word = m.group(0)
        found = content_words(word)
        concept = concept_of(next(iter(found))) if found else None
        if concept is None or concept in WEAK:
            last_end = -2
            continue
        if out and m.start() - last_end <= 1:
            out[-1].add(concept)
        else:
            out.append({concept})
        last_end = m.end()
    return tuple(frozenset(u) for u in out)


def shared_units(a: str, b: str, weights: Mapping[str, float]) -> list[str]:
    """The phrases of ``a`` that share a specific concept with a phrase of ``b``, each phrase used once."""
    left = list(units(b))
    shared: list[str] = []
    for unit in units(a):
        for n, other in enumerate(left):
            common = {k for k in unit & other if weights.get(k, 0.0) >= _SPECIFIC}
            if common:
                shared.append(max(sorted(common), key=lambda k: weights.get(k, 0.0)))  # ties: the first by name
                del left[n]
                break
    return shared


def concept_weights(claims: Sequence[Claim]) -> dict[str, float]:
    """Inverse document frequency of each concept over ``claims``, the rarest weighing 1; a common one nothing."""
    df: dict[str, int] = {}
    for c in claims:
        for k in concepts(c.text):
            df[k] = df.get(k, 0) + 1
    n = max(len(claims), 1)
    top = math.log(1 + n)
    return {k: (0.0 if v > max(3, _COMMON_SHARE * n) else math.log(1 + n / v) / top) for k, v in df.items()}


def _much_in_common(a: Claim, b: Claim, weights: Mapping[str, float], overlap: float = _OVERLAP) -> bool:
    """Whether the uncommon concepts ``a`` and ``b`` share weigh a fair part (``_OVERLAP``) of what the
    wordier of them says, neither of them a long passage (``_MOST_CONCEPTS``)."""
    ca, cb = concepts(a.text), concepts(b.text)
    if not ca or not cb or len(ca) > _MOST_CONCEPTS or len(cb) > _MOST_CONCEPTS:
        return False
    if not any(weights.get(k, 0.0) >= _SPECIFIC for k in ca & cb):
        return False  # no specific concept in common, so no phrase in common: the cheap test first
    weight = sum(weights.get(k, 0.0) for k in shared_units(a.text, b.text, weights))
    heavier = max(sum(weights.get(k, 0.0) for k in ca), sum(weights.get(k, 0.0) for k in cb))
    return heavier > 0 and weight >= overlap * heavier


def same_matter_in_other_words(a: Claim, b: Claim, weights: Mapping[str, float], sides_a: frozenset[str],
                               sides_b: frozenset[str]) -> str | None:
    """Why ``a`` and ``b`` describe the same matter in their own words, or None.

    They must share uncommon concepts that weigh enough and make a fair part of
    what each says: three, with an actor in common (an entity, or a state by name,
    demonym or government acronym), else four that weigh more, so that two
    claims sharing only a predicate ("was damaged") or a country never match.
    """
    if not _much_in_common(a, b, weights, _OVERLAP_IN_OTHER_WORDS):
        return None  # what they share must be much of what each says, not a topic both touch
    actors = sides_a & sides_b
    shared = set(shared_units(a.text, b.text, weights))
    weight = sum(weights.get(k, 0.0) for k in shared)
    if actors and len(shared) >= _UNITS_WITH_ACTOR and weight >= _WITH_ACTOR:
        return f"the same matter concerning {', '.join(sorted(actors))}: “{'”, “'.join(sorted(shared))}”"
    if len(shared) >= _UNITS_WITHOUT_ACTOR and weight >= _WITHOUT_ACTOR:
        return f"the same matter: “{'”, “'.join(sorted(shared))}”"
    return None
