"""Acronyms across documents: the organisation they abbreviate, governments by their cable initials."""

from __future__ import annotations

from annalyst.model import DocAnalysis, Document, LocalEntity, Mention
from annalyst.resolve.acronyms import initials
from annalyst.resolve.entities import resolve_entities


def _doc(doc_id: str, text: str, *names: tuple[str, str]) -> DocAnalysis:
    entities = []
    for n, (name, etype) in enumerate(names):
        start = text.index(name)
        local_id = f"{doc_id}:L{n}"
        entities.append(LocalEntity(local_id, doc_id, name, etype, (name,), (),
                                    (Mention(doc_id, start, start + len(name), name, etype, local_id),)))
    return DocAnalysis(Document(id=doc_id, source=f"{doc_id}.txt", text=text, sha256=doc_id), tuple(entities))


def test_acronyms_initials_with_and_without_small_words():
    assert {"GOQ", "GQ"} <= initials("Government of Quellia")
    assert {"IQB", "IB"} <= initials("Inter-Quellian Bank")


def test_acronyms_join_the_one_organisation_with_those_initials_and_each_other_across_types():
    a = _doc("a", "The Quellian Relief Agency paid.", ("Quellian Relief Agency", "ORG"))
    b = _doc("b", "QRA paid again.", ("QRA", "ORG"))
    c = _doc("c", "Ask QRA.", ("QRA", "PERSON"))
    entities, mapping = resolve_entities([a, b, c])
    assert mapping["a:L0"] == mapping["b:L0"] == mapping["c:L0"]
    assert entities[0].name == "Quellian Relief Agency" and entities[0].type == "ORG"


def test_acronyms_government_initials_follow_the_country_the_documents_name():
    a = _doc("a", "The Government of Mongolia agreed.", ("Government of Mongolia", "ORG"))
    b = _doc("b", "The Mongolian Government objected.", ("Mongolian Government", "ORG"))
    c = _doc("c", "The Government of Malawi agreed.", ("Government of Malawi", "ORG"))
    d = _doc("d", "GOM will reply; Mongolia is calm.", ("GOM", "ORG"), ("Mongolia", "GPE"))
    e = _doc("e", "Malawi and Mongolia met.", ("Malawi", "GPE"), ("Mongolia", "GPE"))
    _, mapping = resolve_entities([a, b, c, d, e])
    assert mapping["a:L0"] == mapping["b:L0"] == mapping["d:L0"] != mapping["c:L0"]


def test_acronyms_of_two_organisations_stay_apart_without_evidence():
    a = _doc("a", "The Quellian Relief Agency paid.", ("Quellian Relief Agency", "ORG"))
    b = _doc("b", "The Quellian Rail Authority paid.", ("Quellian Rail Authority", "ORG"))
    c = _doc("c", "QRA paid again.", ("QRA", "ORG"))
    _, mapping = resolve_entities([a, b, c])
    assert len({mapping["a:L0"], mapping["b:L0"], mapping["c:L0"]}) == 3


def test_acronyms_a_head_word_alone_bridges_no_two_organisations():
    a = _doc("a", "The Quellian Council met. The Council agreed.", ("Quellian Council", "ORG"))
    a = DocAnalysis(a.document, (LocalEntity("a:L0", "a", "Quellian Council", "ORG", ("Quellian Council", "Council"),
                                             (), a.entities[0].mentions),))
    b = _doc("b", "The Ostian Council met. The Council refused.", ("Ostian Council", "ORG"))
    b = DocAnalysis(b.document, (LocalEntity("b:L0", "b", "Ostian Council", "ORG", ("Ostian Council", "Council"),
                                             (), b.entities[0].mentions),))
    _, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] != mapping["b:L0"]


def test_acronyms_a_town_written_in_capitals_is_no_acronym_and_keeps_its_type():
    a = _doc("a", "VELBY 2031-04-02", ("VELBY", "GPE"))
    b = _doc("b", "TARNHOLM 4 VELBY 2", ("VELBY", "ORG"))
    c = _doc("c", "The fans of Velby sang.", ("Velby", "GPE"))
    _, mapping = resolve_entities([a, b, c])
    assert mapping["b:L0"] != mapping["a:L0"] == mapping["c:L0"]
