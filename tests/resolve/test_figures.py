"""Figures claims give about an event, and the links between sources that give them."""

from __future__ import annotations

import re
from dataclasses import replace

from annalyst.model import Claim, Document, Entity, Span
from annalyst.resolve.figures import compatible, figures
from annalyst.resolve.links import compare_claims


def _sides(text: str) -> frozenset[str]:
    return frozenset(k.lower() for k in ("Varnland", "Ostria") if re.search(rf"\b{k}", text))


def test_figures_are_read_with_their_hedges_and_whose_people():
    [f] = figures("the raid in which three Ostrian soldiers were killed", _sides)
    assert (f.measure, f.low, f.high) == ("killed", 3, 3)
    [f] = figures("the bombing killed three Ostrians and wounded none", _sides)[:1]
    assert (f.measure, f.low, f.sides, f.words) == ("killed", 3, {"ostria"}, "killed three Ostrians")
    [f] = figures("it resulted in about 50 deaths", _sides)
    assert (f.low, f.high) == (37.5, 62.5)
    [f] = figures("at least 12 dead", _sides)
    assert f.high is None
    # a year, a page, a footnote mark, a telegram's number are no figures
    assert not figures("killed in 2031; see p. 12 killed; telegram 1652 dead; [3] killed", _sides)


def test_figures_compatible_when_their_ranges_meet():
    [about] = figures("about 50 deaths", _sides)
    [near] = figures("48 killed", _sides)
    [far] = figures("11 killed", _sides)
    assert compatible(about, near) and not compatible(about, far)


def _claim(doc, n, text, about=()):
    return Claim(id=f"{doc}:C{n}", doc=doc, start=0, end=len(text), text=text, holder="author", stance="asserts",
                 about=about)


def _compare(claims, dates, events=()):
    entities = [Entity(f"gpe:{k.lower()}", k, "GPE", (), (), (Span(d, 0, 1, k),))
                for k in ("Varnland", "Ostria") for d in dates]
    documents = [Document(id=d, source=f"{d}.txt", sha256=d, text="", published=p) for d, p in dates.items()]
    return compare_claims(claims, list(events), entities, documents)


def test_links_figures_of_one_event_agree_or_contradict():
    from annalyst.model import Event
    raid = Event(id="d1:V1", type="attack", label="Varnland attacks Ostria, 2031-05-04", date="2031-05-04",
                 date_end=None, participants=(), place=None, mentions=(Span("d1", 0, 4, "raid"),))
    dates = {"d1": "2031-05-05", "d2": "2031-05-08"}
    one = _claim("d1", 1, "the raid resulted in about 50 deaths", about=("d1:V1",))
    near = _claim("d2", 2, "48 villagers were killed in the raid", about=("d1:V1",))
    far = replace(near, text="11 villagers were killed in the raid")
    [link] = _compare([one, near], dates, [raid])
    assert link.kind == "agrees" and "about 50 deaths" in link.explanation
    [link] = _compare([one, far], dates, [raid])
    assert link.kind == "contradicts"


def test_links_figures_without_one_event_only_agree_when_equal():
    dates = {"d1": "2031-05-05", "d2": "2031-05-08"}
    one = _claim("d1", 1, "the mine that killed three Ostrian soldiers")
    same = _claim("d2", 2, "an incident in which three Ostrians were killed")
    other = _claim("d2", 2, "an incident in which five Ostrians were killed")
    assert [x.kind for x in _compare([one, same], dates)] == ["agrees"]
    assert not _compare([one, other], dates)  # perhaps another incident: no contradiction
    assert not _compare([one, same], {"d1": "2031-05-05", "d2": "2031-08-08"})
