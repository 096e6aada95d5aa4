"""How an event reads as one line, generated from its parts ("Holloway meets Varela in Lima, 1958-06-08").

Used by extraction (local names) and by the event resolver (global names), so a
merged event reads the same way as a single mention. The verbs are general
English, one per event class of ``extract/events``.
"""

from __future__ import annotations

from collections.abc import Sequence

#: what a participant does in an event, by event class: the verb of a generated label
LABEL_VERBS: dict[str, str] = {
    "meeting": "meets", "coup": "seizes power from", "killing": "kills", "death": "dies",
    "appointment": "appoints", "election": "elects", "statement": "speaks to", "sale": "sells to",
    "strike": "strikes against", "arrest": "arrests", "publication": "publishes", "release": "releases",
    "agreement": "signs with", "invasion": "invades", "attack": "attacks", "revolution": "rises against",
    "attempt": "attempts a coup against", "resignation": "resigns from",
    "dissolution": "dissolves", "ban": "bans", "shooting": "fires on", "funeral": "buries",
    "arrival": "arrives at", "occupation": "occupies", "emergency": "declares an emergency in", "raid": "raids",
    "loan": "lends to", "legislation": "enacts",
    "bombing": "bombs", "kidnapping": "kidnaps", "arson": "sets fire to", "robbery": "robs",
    "stoppage": "forces a stoppage at",
    "refusal": "refuses", "request": "makes a request to", "protest": "protests to", "decision": "decides on",
    "order": "orders", "message": "sends a message to", "debate": "debates", "complaint": "complains of",
    "demonstration": "demonstrates against",
    "incident": "incident with",
}


def _names(names: Sequence[str]) -> str:
    names = list(dict.fromkeys(names))[:3]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def make_label(kind: str, word: str, roles: Sequence[tuple[str, str]], place: str | None,
               date: str | None, date_end: str | None = None) -> str:
    """``roles`` are ``(name, role)`` pairs; ``word`` is how the text names the event ("coup", "met")."""
    agents = [n for n, r in roles if r == "agent"]
    patients = [n for n, r in roles if r == "patient"]
    others = [n for n, r in roles if r == "other"]
    verb = LABEL_VERBS.get(kind, kind)
    if agents:
        obj = patients or others
        line = f"{_names(agents)} {verb} {_names(obj)}" if obj else f"{_names(agents)}: {word}"
        if patients and others:
            line += f" with {_names(others)}"
    elif patients or others:
        line = f"{word} ({kind}) involving {_names(patients + others)}"
    else:
        line = f"{word} ({kind})"
    if place:
        line += f" in {place}"
    if date:
        line += f", {date}" + (f" to {date_end}" if date_end else "")
    return line
