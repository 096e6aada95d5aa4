"""One readable line per event, generated from its parts ("Holloway meets Varela in Lima, 1958-06-08").

Shared by extraction (local names) and the event resolver (global names), so a
merged event reads the same way as a single mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import LABEL_VERBS


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
