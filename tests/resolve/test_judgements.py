"""Judgements claims pass on an actor's act, and the links between sources that pass them."""

from __future__ import annotations

import re
from dataclasses import replace

from annalyst.model import Claim, Document, Entity, Span
from annalyst.resolve.judgements import judge
from annalyst.resolve.links import compare_claims

_STATES = {"Varnland": "varnland", "Varnlandic": "varnland", "GOV": "varnland", "Ostria": "ostria",
           "Pellmar": "pellmar"}


def _sides(text: str) -> frozenset[str]:
    return frozenset(v for k, v in _STATES.items() if re.search(rf"\b{k}\b", text))


def _claim(text, polarity=1, doc="d1", n=1, holder="author"):
    return Claim(id=f"{doc}:C{n}", doc=doc, start=0, end=len(text), text=text, holder=holder,
                 stance="asserts" if polarity > 0 else "denies", polarity=polarity)


def test_judgements_copula_predicate_and_subject():
    j = judge(_claim("the Varnlandic raid was one of genuine retaliation"), _sides)
    assert (j.concept, j.polarity, j.sides) == ("retaliation", 1, {"varnland"})
    j = judge(_claim("retaliation was GOV objective", polarity=-1), _sides)
    assert (j.concept, j.polarity, j.sides) == ("retaliation", -1, {"varnland"})
    j = judge(_claim("He denied retaliation was GOV objective"), _sides)
    assert j.polarity == -1
    j = judge(_claim("Pellmar was the chief culprit"), _sides)
    assert (j.concept, j.polarity, j.sides) == ("responsibility", 1, {"pellmar"})
    j = judge(_claim("Pellmar was not to blame for the fire"), _sides)
    assert j.polarity == -1


def test_judgements_a_reported_position_is_its_owners():
    j = judge(_claim("Ostria may take comfort, citing it as vindication of Pellmar's claim of non-responsibility"),
              _sides)
    assert (j.concept, j.polarity, j.sides, j.reported) == ("responsibility", -1, {"pellmar"}, True)


def test_judgements_passing_mentions_judge_nothing():
    for text in ("The pressures in Ostria for retaliation against Varnland are very high",
                 "Varnland would retaliate if Ostria attacked again",
                 "He recalled our urging against retaliation strikes by Varnland",
                 "Another Varnlandic strike in retaliation would force Ostria to respond",
                 "Varnland's policy of retaliation",
                 "the occupied areas for which Varnland is responsible",  # a duty, not a blame
                 "Ostria's responsibility to develop its economy"):
        assert judge(_claim(text), _sides) is None, text


def _compare(claims, dates):
    entities = [Entity(k, n, "GPE", (), (), (Span(d, 0, 1, n),)) for k, n in
                (("gpe:varnland", "Varnland"), ("gpe:ostria", "Ostria"), ("gpe:pellmar", "Pellmar"))
                for d in ("d1", "d2")]
    documents = [Document(id=d, source=f"{d}.txt", sha256=d, title=None, published=p, text="")
                 for d, p in dates.items()]
    return compare_claims(claims, [], entities, documents)


def test_links_judgements_of_one_actor_contradict_and_agree():
    denial = _claim("He denied retaliation was Varnland's objective", doc="d1", holder="person:envoy")
    judged = _claim("we think that the Varnland raid was one of genuine retaliation", doc="d2", n=2)
    [link] = _compare([denial, judged], {"d1": "2031-05-05", "d2": "2031-05-08"})
    assert link.kind == "contradicts"
    assert "retaliation" in link.explanation and "Varnland" in link.explanation
    agreeing = _claim("the Varnland raid was a reprisal", doc="d1", n=3)
    [link] = _compare([agreeing, judged], {"d1": "2031-05-05", "d2": "2031-05-08"})
    assert link.kind == "agrees"


def test_links_judgements_of_other_actors_or_times_are_not_linked():
    one = _claim("Pellmar was the chief culprit", doc="d1")
    other = _claim("Ostria was not the culprit", doc="d2", n=2)
    assert not _compare([one, other], {"d1": "2031-05-05", "d2": "2031-05-08"})
    later = _claim("Pellmar was not the culprit", doc="d2", n=2)
    assert not _compare([one, later], {"d1": "2031-05-05", "d2": "2032-01-08"})
    assert [x.kind for x in _compare([one, later], {"d1": "2031-05-05", "d2": "2031-05-09"})] == ["contradicts"]


def test_judgements_a_possessive_and_a_sponsors_deed_judge_responsibility():
    j = judge(_claim("the unrest resulted primarily from Pellmar's irresponsibility"), _sides)
    assert (j.concept, j.polarity, j.sides) == ("responsibility", 1, {"pellmar"})
    j = judge(_claim("Pellmar, on the other hand, continues to train saboteurs and send them to Ostria"), _sides)
    assert (j.concept, j.polarity, j.sides) == ("responsibility", 1, {"pellmar"})
    j = judge(_claim("Ostria cannot stop Pellmar-trained infiltrators from crossing"), _sides)
    assert j.sides == {"pellmar"}
    # preventing them, or troops fighting them, is no sponsorship
    assert judge(_claim("Ostria is preventing saboteurs from crossing"), _sides) is None


def test_links_one_predicate_over_one_event_on_other_actors_is_not_one_matter():
    def attacking(doc, state):
        return replace(_claim(f"the leaders chose attacking {state}", doc=doc), predicate="attack",
                       about=("d0:V1", f"gpe:{state.lower()}"))

    dates = {"d1": "2031-05-05", "d2": "2031-05-06"}
    assert not _compare([attacking("d1", "Ostria"), attacking("d2", "Pellmar")], dates)
    assert [x.kind for x in _compare([attacking("d1", "Ostria"), attacking("d2", "Ostria")], dates)] == ["agrees"]
