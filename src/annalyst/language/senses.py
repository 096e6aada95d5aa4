"""Near-synonyms of political and diplomatic prose, folded to one concept for comparing claims.

Two sources rarely describe one matter in the same words: one writes that a
blockade "crippled the accord", another that it "undermined the understanding".
Each group below is a set of words a reader of such prose takes for one notion
when they describe the same matter (hand-kept from general English usage, as
a thesaurus lists them; no phrase of a particular text). Words are matched
after the crude stemming of :func:`concept_of`.
"""

from __future__ import annotations

_GROUPS = (
    "retaliation retaliate retaliatory reprisal reprisals counterattack counter-attack",
    "terrorist terrorism terror saboteur sabotage infiltrator infiltration guerrilla raider",
    "damage damaged undermine undermined weaken weakened shatter shattered wreck wrecked jeopardy jeopardize "
    "undercut harm harmed impair cripple crippled shaken maul mauled humiliate humiliated",
    "arrangement agreement understanding truce accord cooperation commitment deal",
    "regime monarchy throne",
    "army military troop troops soldier soldiers forces legion",
    "weapon weapons arms armament equipment hardware munition ammunition",
    "armor armour tank tanks armored armoured",
    "stability stable stabilize stabilizing stabilising destabilize",
    "reassess reassessment reexamine re-examine reconsider reconsideration",
    "supply supplies delivery deliveries shipment shipments sale sales",
    "disproportionate disproportion excessive proportion",
    "responsibility responsible culprit blame",
    "border frontier armistice",
    "pressure pressures",
    "attack raid strike assault incursion foray forays operation",
)

_STEM = 6


def stem(word: str) -> str:
    """A crude stem: the first six letters of a long word ("retaliation", "retaliatory" -> "retali")."""
    return word[:_STEM] if len(word) > _STEM else word


SENSES: dict[str, str] = {}
for _group in _GROUPS:
    _words = _group.split()
    for _w in _words:
        SENSES.setdefault(stem(_w), stem(_words[0]))


def concept_of(word: str) -> str:
    """The concept a lower-case word stands for: its group's first word, else its own stem."""
    key = stem(word)
    return SENSES.get(key, key)


#: Words too general to show that two claims describe one matter: hedges, degree adverbs, light verbs and
#: adjectives that go with anything ("badly damaged", "make progress", "a strong statement"), and the words of
#: diplomatic procedure that every cable shares ("read from a telegram", "instructions sent to the delegation").
_WEAK_WORDS = """
probably possibly certainly likely clearly evidently apparently almost badly seriously gravely severely
greatly deeply highly fully quite rather very really merely simply especially particularly generally
make made makes making take give put keep bring wish wished want wanted seem seemed toward towards along
whole clear strong great good kind part home political politically possible impossible important
situation matter problem question case fact issue point effort efforts interest interests position
things something anything nothing everything someone anyone everyone people person government state
told tell said include included including increase increased result results major basic avoid regard
action actions hand help offer ability able unable certain concern concerned number occasion occasions
recent recently held hold holds place took useful purpose purposes felt later earlier
telegram telegrams cable cables instruct instructed instructions instruction send sent sending read
delegation delegations message messages copy copies letter letters memorandum note notes paper papers
press release releases issue issued convey conveyed transmit transmitted
"""
WEAK = frozenset(stem(w) for w in _WEAK_WORDS.split())


#: irregular past forms of common verbs, to tell a predicate's own form ("left" of "leave") from a word of the
#: matter; general English
IRREGULAR_PAST = {
    "left": "leave", "took": "take", "taken": "take", "made": "make", "gave": "give", "given": "give",
    "found": "find", "held": "hold", "sent": "send", "felt": "feel", "kept": "keep", "brought": "bring",
    "thought": "think", "told": "tell", "met": "meet", "lost": "lose", "won": "win", "paid": "pay",
    "sold": "sell", "stood": "stand", "saw": "see", "seen": "see", "went": "go", "gone": "go", "came": "come",
    "began": "begin", "begun": "begin", "spoke": "speak", "spoken": "speak", "wrote": "write",
    "written": "write", "chose": "choose", "chosen": "choose", "struck": "strike", "fought": "fight",
    "built": "build", "broke": "break", "broken": "break", "led": "lead", "ran": "run", "knew": "know",
    "known": "know", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "drew": "draw",
    "drawn": "draw", "bought": "buy", "caught": "catch", "taught": "teach", "sought": "seek", "meant": "mean",
}
