"""A definite role noun ("the minister") against an entity's descriptors (no model needed)."""

from __future__ import annotations

from annalyst.extract.references.roles import fits, role_holder
from annalyst.model import LocalEntity


def _person(n: int, *descriptors: str) -> LocalEntity:
    return LocalEntity(id=f"d:L{n}", doc="d", name=f"P{n}", type="PERSON", aliases=(), descriptors=descriptors,
                       mentions=())


def test_roles_descriptor_head_must_end_with_the_role():
    assert fits("Foreign Minister", ["minister"])
    assert fits("chairman of the water board", ["chairman"])
    assert fits("Gen.", ["general"])
    assert fits("Prime Minister", ["prime", "minister"])
    assert not fits("Foreign Minister", ["prime", "minister"])
    assert not fits("Deputy Minister", ["minister"])
    assert not fits("vice-president", ["president"])
    assert not fits("chief of the general staff", ["general"])


def test_roles_holder_is_the_only_fit_or_the_only_one_in_the_paragraph():
    a, b = _person(1, "Foreign Minister"), _person(2, "Trade Minister")
    assert role_holder(["minister"], [a], {a.id: 10}, paragraph_start=50) == a.id
    assert role_holder(["minister"], [a, b], {a.id: 10, b.id: 60}, paragraph_start=50) == b.id
    assert role_holder(["minister"], [a, b], {a.id: 55, b.id: 60}, paragraph_start=50) is None
    assert role_holder(["minister"], [a, b], {a.id: 10, b.id: 20}, paragraph_start=50) is None


def test_roles_prime_minister_is_another_office_than_the_minister():
    assert fits("Finance Minister", ["minister"])
    assert not fits("Prime Minister", ["minister"])
    assert fits("Prime Minister", ["prime", "minister"])
