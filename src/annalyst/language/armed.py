"""Who can strike a place with arms: the words that name an armed force or its weapons.

General English military vocabulary, written here by hand. The event merger
(``resolve``) reads them to tell "the air force struck the villages" (an
attack) from "the dockers struck" (a work stoppage); any stage may.
"""

from __future__ import annotations

#: head words of an armed force, a unit or a weapon that carries out a strike
ARMED_WORDS = frozenset("""
army armies navy air force forces troops troop soldiers soldier militia militias guerrillas guerrilla
legion brigade brigades battalion battalions regiment regiments division divisions squadron squadrons
aircraft airplanes planes jets bombers fighters helicopters tanks artillery gunboats warships missiles
rockets commandos paratroopers marines units
""".split())  # noqa: SIM905 (a word list reads better as text)


def is_armed(name: str) -> bool:
    """Whether ``name`` ("the Northern Air Force", "enemy jets") names an armed force or its weapons."""
    return any(word in ARMED_WORDS for word in name.casefold().replace("-", " ").split())
