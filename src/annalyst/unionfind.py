"""Union-find (disjoint sets) with a root chosen by a stated rule, for every stage that groups things.

The entity, surname, acronym and event joins all use the root of a set as its
name: a stable id ("the earlier local entity stays the root"), the owner a
later name is joined to, or "has this key been joined yet?" (``find(k) != k``).
So the root must follow a rule the caller can rely on, which
``networkx.utils.UnionFind`` does not give: it roots a union at the heavier set
and breaks ties in the iteration order of a set of roots, which for strings
changes with the interpreter's hash seed. Here the rule is explicit:

- ``union(a, b)`` keeps the root of ``a`` (the first argument) as the root of
  the joined set: the caller names the owner first;
- with ``least=True`` the least of the two roots stays the root whatever the
  order of the arguments (integer ids: the earliest item names its set).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets over ``items``, with path halving; see the module docstring for which root stays."""

    def __init__(self, items: Iterable[T], *, least: bool = False):
        self.parent: dict[T, T] = {x: x for x in items}
        self.least = least

    def find(self, x: T) -> T:
        """The root of ``x``'s set."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        """Join the sets of ``a`` and ``b``; the root of ``a`` stays the root (the least root with ``least``)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.least and rb < ra:  # type: ignore[operator]
            ra, rb = rb, ra
        self.parent[rb] = ra

    def groups(self) -> dict[T, list[T]]:
        """Each root with the members of its set, roots and members in the order the items were given."""
        out: dict[T, list[T]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return out
