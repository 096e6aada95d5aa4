"""Agreement and contradiction between claims of different sources (not yet: see the claims issue)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Entity, Event, Link


def compare_claims(claims: Sequence[Claim], events: Sequence[Event], entities: Sequence[Entity]) -> list[Link]:
    return []
