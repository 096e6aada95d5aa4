"""Agreement and contradiction between claims of different sources."""

from __future__ import annotations

from dataclasses import replace

from annalyst.model import Claim, Entity
from annalyst.resolve.links import compare_claims, compatible_dates


def _links(dossier, kind):
    return [link for link in dossier.links if link.kind == kind]


def _claim(dossier, claim_id):
    return next(c for c in dossier.claims if c.id == claim_id)


def test_links_denial_contradicts_assertion_across_documents(analyse_texts):
    d = analyse_texts([
        "The historian calls it a legend. It is a myth that British agents organised the 1953 coup in Iran.",
        "The 1953 coup in Iran was backed by the British government, as the archives now show.",
    ])
    [link] = _links(d, "contradicts")
    a, b = _claim(d, link.a), _claim(d, link.b)
    assert {a.doc, b.doc} == {"doc0", "doc1"}
    assert {a.stance, b.stance} == {"denies", "asserts"}
    assert 0 < link.score <= 1
    # the explanation names the evidence on both sides: documents, words, stances, how actors were equated
    for words in ("doc0", "doc1", "organised", "backed", "denies", "asserts", "United Kingdom"):
        assert words in link.explanation
    assert not _links(d, "agrees")


def test_links_agreeing_sources_agree_and_never_contradict(analyse_texts):
    d = analyse_texts([
        "The French army supported the 1961 putsch in Algiers.",
        "In April 1961 a putsch backed by the French army shook Algiers.",
    ])
    assert len(_links(d, "agrees")) == 1
    assert not _links(d, "contradicts")


def test_links_doubted_denial_is_the_authors_assertion(analyse_texts):
    d = analyse_texts([
        "Officer John Marsh claimed that the British government was not involved in the 1953 coup. "
        "It is hard to accept this claim.",
        "It is a myth that the British government organised the 1953 coup.",
    ])
    doubt = next(c for c in d.claims if c.stance == "doubts")
    denial = next(c for c in d.claims if c.cue == "claimed")
    myth = next(c for c in d.claims if c.doc == "doc1")
    contradicts = {(link.a, link.b) for link in _links(d, "contradicts")}
    agrees = {(link.a, link.b) for link in _links(d, "agrees")}
    assert (doubt.id, myth.id) in contradicts  # the author doubts the denial: he holds the involvement
    assert (denial.id, myth.id) in agrees  # the officer and the second author both reject it
    assert (denial.id, myth.id) not in contradicts
    explanation = next(link.explanation for link in _links(d, "contradicts") if link.a == doubt.id)
    assert "Marsh" in explanation and "hard to accept" in explanation


def test_links_unrelated_claims_are_not_linked(analyse_texts):
    d = analyse_texts([
        "The French army supported the 1961 putsch in Algiers.",
        "The Soviet government did not fund the 1984 miners' strike in Britain.",
    ])
    assert not _links(d, "agrees") and not _links(d, "contradicts")


def _record(cid, doc, polarity, dates, *, actors=("united states",), event="coup"):
    return Claim(id=cid, doc=doc, start=0, end=10, text="some words", holder="author",
                 stance="asserts" if polarity > 0 else "denies", polarity=polarity, predicate="involvement",
                 actors=actors, event_type=event, dates=dates)


def test_links_need_compatible_dates_other_side_and_another_document():
    base = _record("d0:C0", "d0", 1, ("1973",))
    assert [link.kind for link in compare_claims([base, _record("d1:C0", "d1", -1, ("1973-09-11",))], [], [])] \
        == ["contradicts"]
    assert compare_claims([base, _record("d1:C0", "d1", -1, ("1970",))], [], []) == []
    assert compare_claims([base, _record("d1:C0", "d1", -1, ())], [], []) == []
    assert compare_claims([base, _record("d1:C0", "d1", -1, ("1973",), actors=("cuba",))], [], []) == []
    assert compare_claims([base, _record("d0:C5", "d0", -1, ("1973",))], [], []) == []


def test_links_compatible_dates_accept_refinement_only():
    assert compatible_dates(["1973"], ["1973-09-11"])
    assert not compatible_dates(["1973-08"], ["1973-09-11"])
    assert compatible_dates(["1973/1991"], ["1980-05"])
    assert not compatible_dates(["1973/1991"], ["1970"])


def test_links_compatible_dates_read_weeks_and_decades():
    assert compatible_dates(["1966-W11"], ["1966-03-14"])  # Monday 14 March 1966 is in week 11
    assert not compatible_dates(["1966-W11"], ["1966-03-21"])
    assert compatible_dates(["197X"], ["1973-09"])
    assert not compatible_dates(["XXXX-09-11"], ["1973-09-11"])  # a yearly date is no particular day


def test_links_demonym_and_state_name_are_one_side():
    a = _record("d0:C0", "d0", 1, ("1961",), actors=("belgian",), event="killing")
    b = _record("d1:C0", "d1", -1, ("1961",), actors=("belgium",), event="killing")
    [link] = compare_claims([a, b], [], [])
    assert link.kind == "contradicts"


def test_links_explanation_names_documents_by_title_when_known():
    from annalyst.model import Document

    docs = [Document(id="d0", source="a.txt", text="x", sha256="0", title="The Legend"),
            Document(id="d1", source="b.txt", text="y", sha256="1", title="The Archives")]
    [link] = compare_claims([_record("d0:C0", "d0", -1, ("1953",)), _record("d1:C0", "d1", 1, ("1953",))],
                            [], [], docs)
    assert "“The Legend” (d0)" in link.explanation and "“The Archives” (d1)" in link.explanation


def test_links_person_side_comes_from_descriptors_in_any_source():
    from annalyst.model import Entity

    entities = [Entity(id="person:ana-diaz", name="Ana Diaz", type="PERSON", aliases=("Ana Diaz",),
                       descriptors=("U.S. ambassador to Chile",), mentions=()),
                Entity(id="person:luis-paz", name="Luis Paz", type="PERSON", aliases=("Luis Paz",),
                       descriptors=("Chile’s ambassador to the U.S.",), mentions=())]
    state = _record("d1:C0", "d1", 1, ("1973",))
    envoy = _record("d0:C0", "d0", -1, ("1973",), actors=("ana diaz",))
    [link] = compare_claims([envoy, state], [], entities)
    assert link.kind == "contradicts" and "U.S. ambassador to Chile" in link.explanation
    other = _record("d0:C0", "d0", -1, ("1973",), actors=("luis paz",))  # an envoy *to* a state is not its agent
    assert compare_claims([other, state], [], entities) == []


def test_links_not_knowing_of_an_event_rules_out_a_part_in_it():
    unaware = replace(_record("d0:C0", "d0", -1, ("1971",)), predicate="knowledge")
    backed = _record("d1:C0", "d1", 1, ("1971-05-02",))
    not_involved = _record("d2:C0", "d2", -1, ("1971",))
    kinds = {(link.a, link.b): link.kind for link in compare_claims([unaware, backed, not_involved], [], [])}
    assert kinds == {("d0:C0", "d1:C0"): "contradicts", ("d0:C0", "d2:C0"): "agrees",
                     ("d1:C0", "d2:C0"): "contradicts"}
    aware = replace(unaware, polarity=1, stance="asserts")  # knowing of it says nothing about a part in it
    assert compare_claims([aware, not_involved], [], []) == []


def test_links_one_state_under_its_many_names(analyse_texts):
    d = analyse_texts([
        "In 1966 Her Majesty's Government did not back the coup in Umbara.",
        "In March 1966 Colonel Ade Bello seized power in Umbara. The coup was backed by London.",
        "Sir John Reed, the British High Commissioner in Lagos, organised the 1966 coup in Umbara.",
        "In 1966 Colonel Ade Bello seized power in a coup that Whitehall supported.",
    ])
    pairs = {(link.a.split(":")[0], link.b.split(":")[0]): link.kind for link in d.links
             if link.kind in ("agrees", "contradicts")}
    assert pairs == {("doc0", "doc1"): "contradicts", ("doc0", "doc2"): "contradicts",
                     ("doc0", "doc3"): "contradicts", ("doc1", "doc2"): "agrees",
                     ("doc1", "doc3"): "agrees", ("doc2", "doc3"): "agrees"}


def _kinds(dossier):
    return sorted(x.kind for x in dossier.links if x.kind in ("agrees", "contradicts"))


def test_links_synonym_predicates_on_the_same_things_contradict(analyse_texts):
    dossier = analyse_texts([
        "Admiral Anton Weiss said that the navy had remained in port throughout the crisis.",
        "It is false that the navy stayed in port during the crisis.",
    ])
    [link] = [x for x in dossier.links if x.kind == "contradicts"]
    assert "navy" in link.explanation and "port" in link.explanation


def test_links_denied_antonym_agrees(analyse_texts):
    dossier = analyse_texts([
        "Admiral Anton Weiss said that the navy had remained in port throughout the crisis.",
        "It is false that the navy left port during the crisis.",
    ])
    assert _kinds(dossier) == ["agrees"]


def test_links_doubt_of_a_reported_claim_contradicts_the_source_that_reports_it(analyse_texts):
    dossier = analyse_texts([
        "Minister Karl Brun told reporters that a young sailor had confessed to the sabotage.",
        "Minister Karl Brun said that one man had confessed. This claim is hard to accept.",
    ])
    contradictions = [x for x in dossier.links if x.kind == "contradicts"]
    assert contradictions
    assert all("Karl Brun" in x.explanation for x in contradictions)


def test_links_one_person_reported_by_two_sources_never_contradicts_himself(analyse_texts):
    dossier = analyse_texts([
        "Admiral Jon Falk said that the fleet had been confined to the harbour all week.",
        "Admiral Jon Falk insisted that the fleet played no part in the blockade of the harbour.",
    ])
    assert "contradicts" not in _kinds(dossier)


def test_links_different_subjects_do_not_link(analyse_texts):
    dossier = analyse_texts([
        "Admiral Anton Weiss said that the navy had remained in port throughout the crisis.",
        "It is false that the army stayed in its barracks during the riots.",
    ])
    assert _kinds(dossier) == []


def test_links_near_synonym_nouns_count_as_the_same_things(analyse_texts):
    dossier = analyse_texts([
        "Minister Olga Brandt said that the parliament ratified the contract in May.",
        "It is false that the parliament ratified the deal.",
    ])
    [link] = [x for x in dossier.links if x.kind == "contradicts"]
    assert "parliament" in link.explanation and "deal" in link.explanation


def test_links_an_op_ed_writer_is_the_person_other_sources_quote(analyse_texts):
    dossier = analyse_texts([
        ("Lena Vos, the former treasurer, said: “We never took a cent from the contractors.”", {}),
        ("I never took a bribe from anyone.", {"author": "Lena Vos"}),
    ])
    agreements = [x for x in dossier.links if x.kind == "agrees"]
    assert agreements and "Lena Vos" in agreements[0].explanation
    assert not [x for x in dossier.links if x.kind == "contradicts"]


_CABLE = "Telegram From the Embassy in Veloria to the Department of State"


def test_links_claims_in_other_words_agree_when_they_share_actor_and_matter(analyse_texts):
    d = analyse_texts([
        ("The Kestrian raid shattered the tacit arrangement along the Veloria border.", {"title": _CABLE}),
        ("The Kestrians have wrecked the quiet agreement we built on the Veloria border.", {"title": _CABLE}),
    ])
    assert len(_links(d, "agrees")) == 1
    assert not _links(d, "contradicts")


def test_links_claims_sharing_only_a_predicate_are_not_linked(analyse_texts):
    d = analyse_texts([
        ("The Kestrian raid badly damaged the harvest in Veloria.", {"title": _CABLE}),
        ("The flood badly damaged the railway in Montavo.", {"title": _CABLE}),
    ])
    assert not _links(d, "agrees") and not _links(d, "contradicts")


def test_links_a_crowded_block_is_read_as_a_sorted_neighbourhood():
    """Claims of 400 documents that all name one state: each is paired with a bounded number of others,
    the nearest in time, not with all 399 (the comparison must not grow with the square of the corpus)."""
    from annalyst.resolve import links

    claims = [Claim(id=f"d{n}:C1", doc=f"d{n}", start=0, end=30, text="Varnland will not sign the treaty.",
                    holder="author", stance="asserts", actors=("varnland",), predicate="sign") for n in range(400)]
    dates = {f"d{n}": f"19{60 + n % 10}-01-{1 + n % 28:02d}" for n in range(400)}
    pairs = list(links._pairs(claims, {c.id: c for c in claims}, {}, dates))
    assert len(pairs) <= 400 * links._WINDOW
    assert len(pairs) < 400 * 399 / 2 / 3
    years = [abs(int(dates[a.doc][:4]) - int(dates[b.doc][:4])) for a, b in pairs]
    assert sum(years) / len(years) < 1  # neighbours in time


def test_links_a_claim_is_paired_with_a_bounded_number_of_later_claims_those_sharing_most_first(monkeypatch):
    """A claim of many words sits in many blocks; its partners are capped, the ones sharing the most keys kept."""
    from collections import Counter

    from annalyst.resolve import links

    monkeypatch.setattr(links, "_PARTNERS", 3)
    texts = ["Varnland will not sign the grelmic treaty at Oskova.", "Varnland will not sign the treaty."]
    claims = [Claim(id=f"d{n}:C1", doc=f"d{n}", start=0, end=30, text=texts[n % 2 if n < 10 else 1],
                    holder="author", stance="asserts", actors=("varnland",), predicate="sign") for n in range(20)]
    pairs = list(links._pairs(claims, {c.id: c for c in claims}, {}, {}))
    assert max(Counter(a.id for a, _ in pairs).values()) == 3
    assert [b.id for a, b in pairs if a.id == "d0:C1"] == ["d2:C1", "d4:C1", "d6:C1"]  # the wordier ones first
    assert pairs == sorted(pairs, key=lambda p: (claims.index(p[0]), claims.index(p[1])))


def test_links_one_holders_remarks_sharing_a_few_words_are_not_one_position():
    """One delegate speaks in many minutes: two of his remarks that share two words among many are not one
    matter; two that say much the same are."""
    from annalyst.resolve.propositions import _much_in_common, concept_weights

    def said(cid, doc, text):
        return Claim(id=cid, doc=doc, start=0, end=len(text), text=text, holder="E1", stance="asserts")

    a = said("d0:C1", "d0", "There had been two long speeches by the northern bloc on fisheries, harbour dues "
                            "and the tariffs of the coastal shipping lines")
    b = said("d1:C1", "d1", "The delegation should answer the speeches of the northern bloc on the refugee "
                            "budget before the committee votes tomorrow")
    c = said("d1:C2", "d1", "The northern bloc gave two long speeches on fisheries, harbour dues and coastal "
                            "shipping tariffs")
    weights = concept_weights([a, b, c, said("d2:C1", "d2", "The committee met on the budget")])
    assert not _much_in_common(a, b, weights)
    assert _much_in_common(a, c, weights)


def _said(cid, text, polarity=1, predicate=None, holder="author", about=()):
    return Claim(id=cid, doc=cid.split(":")[0], start=0, end=len(text), text=text, holder=holder,
                 stance="asserts" if polarity > 0 else "denies", polarity=polarity, predicate=predicate, about=about)


def test_links_what_should_be_does_not_contradict_what_would_be():
    should = _said("d1:C1", "the delegation should support the fisheries resolution", predicate="support")
    would = _said("d2:C1", "the delegation would not support the fisheries resolution", -1, predicate="support")
    assert not [x for x in compare_claims([should, would], [], []) if x.kind == "contradicts"]
    wont = _said("d2:C1", "the delegation should not support the fisheries resolution", -1, predicate="support")
    assert [x.kind for x in compare_claims([should, wont], [], [])] == ["contradicts"]


def test_links_a_question_is_no_claim():
    asked = _said("d1:C1", "did we not approach the harbour authority jointly with the pilots", -1,
                  predicate="approach")
    told = _said("d2:C1", "we approached the harbour authority jointly with the pilots", predicate="approach")
    assert not compare_claims([asked, told], [], [])


def test_links_one_holders_remarks_in_other_predicates_on_one_person_are_not_one_position():
    people = [Entity("person:osk", "Ilse Osk", "PERSON", (), (), ()), Entity("person:ka", "Ben Ka", "PERSON", (), (), ())]
    one = _said("d1:C1", "Ben Ka would draft the clauses on inspection", predicate="draft", holder="person:osk",
                about=("person:ka",))
    two = _said("d2:C1", "Ben Ka preferred a shorter resolution on the veto", predicate="prefer", holder="person:osk",
                about=("person:ka",))
    assert not compare_claims([one, two], [], people)
    again = _said("d2:C1", "Ben Ka would draft the clauses", predicate="draft", holder="person:osk",
                  about=("person:ka",))
    assert [x.kind for x in compare_claims([one, again], [], people)] == ["agrees"]
