"""Claims that say one thing in other words: shared phrases about a common actor, confirmed by a sentence encoder."""

from __future__ import annotations

import numpy as np

from annalyst.model import Claim, Document, Entity, Mention
from annalyst.resolve.links import compare_claims
from annalyst.resolve.paraphrases import Paraphrases, alike_in_other_words, worth_asking
from annalyst.resolve.propositions import concept_weights


class _Encoder:
    """Stands in for the sentence encoder: texts named in ``near`` get one vector, every other text its own."""

    def __init__(self, near: set[str]):
        self.near = near
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        out = []
        for n, text in enumerate(texts):
            v = np.zeros(64, dtype=np.float32)
            if text in self.near:
                v[0] = 1.0
            else:
                v[1 + (hash(text) + n) % 63] = 1.0
            out.append(v)
        return np.array(out)


_A = "The pressure in the Varnian militia for retaliation against Oskelia is mounting"
_B = "The Oskelian raid increased the pressure on the Varnian commander to order retaliation"
_OTHER = [  # the rest of a small file: what makes "pressure" and "retaliation" uncommon words
    "The Varnian harvest was poor in the northern valleys",
    "Oskelia opened a new railway to the coast",
    "The commander inspected the harbour defences",
    "Grain prices rose in the capital markets",
]


def _claims(a: str = _A, b: str = _B, polarity_b: int = 1) -> list[Claim]:
    out = [Claim(id="d1:C1", doc="d1", start=0, end=len(a), text=a, holder="author", stance="asserts"),
           Claim(id="d2:C1", doc="d2", start=0, end=len(b), text=b, holder="author", stance="asserts",
                 polarity=polarity_b)]
    out += [Claim(id=f"d{n + 3}:C1", doc=f"d{n + 3}", start=0, end=len(t), text=t, holder="author", stance="asserts")
            for n, t in enumerate(_OTHER)]
    return out


_SIDES = frozenset({"varnia", "oskelia"})


def test_paraphrases_two_phrases_and_close_sentences_agree():
    claims = _claims()
    weights = concept_weights(claims)
    para = Paraphrases(_Encoder({_A, _B}))
    para.embed([_A, _B])
    a, b = claims[:2]
    assert worth_asking(a, b, weights, _SIDES, _SIDES)
    reason = alike_in_other_words(a, b, weights, _SIDES, _SIDES, para)
    assert reason is not None
    assert "pressure" in reason and "retaliation" in reason and "1.00" in reason


def test_paraphrases_the_encoder_never_decides_alone():
    claims = _claims()
    weights = concept_weights(claims)
    a, b = claims[:2]
    far = Paraphrases(_Encoder(set()))  # the same phrases, but the sentences far apart: one subject, two things
    far.embed([_A, _B])
    assert alike_in_other_words(a, b, weights, _SIDES, _SIDES, far) is None
    # close sentences, but no actor in common, or opposite positions: not asked at all
    assert not worth_asking(a, b, weights, frozenset({"varnia"}), frozenset({"oskelia"}))
    a2, b2 = _claims(polarity_b=-1)[:2]
    assert not worth_asking(a2, b2, weights, _SIDES, _SIDES)


def test_paraphrases_one_phrase_in_common_is_a_topic_not_a_matter():
    b = "The Varnian commander felt no pressure from the capital at all"
    claims = _claims(b=b)
    weights = concept_weights(claims)
    para = Paraphrases(_Encoder({_A, b}))
    para.embed([_A, b])
    assert alike_in_other_words(claims[0], claims[1], weights, _SIDES, _SIDES, para) is None


def test_paraphrases_words_of_time_proceedings_and_light_verbs_are_no_matter():
    for a, b in (("The envoy gave the minister a hard time on Tuesday afternoon",
                  "I gave the minister the same warning on Tuesday morning"),
                 ("His government is giving a full report of his conversation with the envoy",
                  "The envoy and he had been giving thought to the river question since our conversation")):
        claims = _claims(a, b)
        weights = concept_weights(claims)
        para = Paraphrases(_Encoder({a, b}))
        para.embed([a, b])
        assert alike_in_other_words(claims[0], claims[1], weights, _SIDES, _SIDES, para) is None


def _entities() -> list[Entity]:
    def gpe(key: str, name: str, docs: tuple[str, ...]) -> Entity:
        return Entity(id=f"gpe:{key}", name=name, type="GPE", aliases=(), descriptors=(),
                      mentions=tuple(Mention(doc=d, start=0, end=1, text=name, type="GPE", entity=f"gpe:{key}")
                                     for d in docs))
    return [gpe("varnia", "Varnia", ("d1", "d2")), gpe("oskelia", "Oskelia", ("d1", "d2"))]


def _documents(second: str | None = "2031-05-09") -> list[Document]:
    dates = {"d1": "2031-05-02", "d2": second}
    return [Document(id=f"d{n}", source=f"d{n}.txt", text="", sha256="", published=dates.get(f"d{n}", "2031-05-03"))
            for n in range(1, 7)]


def test_compare_claims_links_paraphrases_only_with_an_encoder():
    claims = _claims()
    encoder = _Encoder({_A, _B})
    [link] = [x for x in compare_claims(claims, [], _entities(), _documents(), encoder=encoder) if x.a == "d1:C1"]
    assert link.kind == "agrees" and link.b == "d2:C1"
    assert "in other words" in link.explanation and "pressure" in link.explanation
    assert encoder.seen.count(_A) == 1  # each claim embedded once
    assert not [x for x in compare_claims(claims, [], _entities(), _documents(), encoder=None) if x.a == "d1:C1"]


def test_compare_claims_paraphrases_need_a_known_and_close_moment():
    claims = _claims()
    for second in (None, "2031-07-30"):  # undated, or months later: maybe another moment
        links = compare_claims(claims, [], _entities(), _documents(second), encoder=_Encoder({_A, _B}))
        assert not [x for x in links if x.a == "d1:C1"]


def test_compare_claims_keeps_each_claims_closest_partner_in_a_document():
    near = "The Varnian commander is under pressure to order retaliation against Oskelia"
    claims = [*_claims(), Claim(id="d2:C2", doc="d2", start=200, end=200 + len(near), text=near,
                                holder="author", stance="asserts")]

    class _Graded(_Encoder):
        def encode(self, texts):
            out = super().encode(texts)
            for n, text in enumerate(texts):
                if text == _B:  # near the first claim, but less near than the other claim of its document
                    out[n] = np.array([0.8, 0.6] + [0.0] * 62, dtype=np.float32)
            return out

    links = [x for x in compare_claims(claims, [], _entities(), _documents(), encoder=_Graded({_A, near}))
             if x.a == "d1:C1"]
    assert [x.b for x in links] == ["d2:C2"]
