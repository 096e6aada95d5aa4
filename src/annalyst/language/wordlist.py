"""How the word lists of this layer (and of the stages that keep a few of their own) are written."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text, for readability."""
    return frozenset(text.split())
