"""Familiar forms of English given names: "Bob" is a Robert, "Dick" a Richard.

General knowledge of English usage, written for this project (no name list
is downloaded). A familiar form may stand for several names ("Ed" for Edward,
Edwin or Edmund): the caller still needs one person to fit. A name that is a
plain shortening of another ("Doug" of "Douglas") needs no entry.
"""

from __future__ import annotations

NICKNAMES: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "al": "albert alfred alan allan alexander", "alex": "alexander alexis", "andy": "andrew",
    "art": "arthur", "ben": "benjamin", "bert": "albert herbert robert", "bill": "william", "billy": "william",
    "bob": "robert", "bobby": "robert", "charlie": "charles", "chuck": "charles", "chris": "christopher",
    "dan": "daniel", "danny": "daniel", "dave": "david", "dick": "richard", "don": "donald",
    "ed": "edward edwin edmund",
    "eddie": "edward edwin edmund", "fred": "frederick alfred", "frank": "francis franklin",
    "hank": "henry", "harry": "henry harold", "jack": "john", "jerry": "gerald jerome", "jim": "james",
    "jimmy": "james", "joe": "joseph", "johnny": "john", "ken": "kenneth", "larry": "lawrence laurence",
    "liz": "elizabeth", "mike": "michael", "nick": "nicholas", "pat": "patrick patricia",
    "peggy": "margaret", "pete": "peter", "phil": "philip phillip", "rick": "richard", "rob": "robert",
    "ron": "ronald", "sam": "samuel", "steve": "stephen steven", "sue": "susan", "ted": "edward theodore",
    "teddy": "edward theodore", "tom": "thomas", "tommy": "thomas", "tony": "anthony antonio", "walt": "walter",
    "will": "william", "woody": "woodrow",
}.items()}


def same_given_name(a: str, b: str) -> bool:
    """True when the folded given names ``a`` and ``b`` are one name, one a familiar form of the other."""
    return a == b or b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ())
