"""Merging event mentions across documents (not yet: see the events issue)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Entity, Event, Finding, Link


def merge_events(events: Sequence[Event], entities: Sequence[Entity]
                 ) -> tuple[list[Event], list[Link], dict[str, str], list[Finding]]:
    """Return merged events, their ``same_event`` links, old-to-new event ids, and date-conflict findings."""
    return list(events), [], {}, []
