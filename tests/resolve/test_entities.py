"""Entities across documents: merging by name keys, unambiguous surnames, stable unique ids."""

from __future__ import annotations

from dataclasses import replace

from annalyst.model import DocAnalysis, Document, LocalEntity, Mention
from annalyst.resolve.entities import resolve_entities


def _analysis(doc_id: str, text: str, names: list[tuple[str, str, tuple[str, ...]]]) -> DocAnalysis:
    """A hand-made analysis: each (name, type, aliases) gets one mention at its first occurrence."""
    document = Document(id=doc_id, source=f"{doc_id}.txt", text=text, sha256=doc_id)
    entities = []
    for n, (name, etype, aliases) in enumerate(names):
        local_id = f"{doc_id}:L{n}"
        start = text.index(aliases[0])
        mention = Mention(doc_id, start, start + len(aliases[0]), aliases[0], etype, local_id)
        entities.append(LocalEntity(local_id, doc_id, name, etype, aliases, (), (mention,)))
    return DocAnalysis(document=document, entities=tuple(entities))


def _holding(entities, alias):
    return [e for e in entities if alias in e.aliases]


def test_entities_surname_in_one_document_joins_full_name_in_another():
    a = _analysis("a", "President Richard Hale met the envoy.", [("Richard Hale", "PERSON", ("Richard Hale",))])
    b = _analysis("b", "Hale said little.", [("Hale", "PERSON", ("Hale",))])
    entities, mapping = resolve_entities([a, b])
    assert len(entities) == 1
    assert entities[0].name == "Richard Hale"
    assert mapping["a:L0"] == mapping["b:L0"] == entities[0].id
    assert {m.doc for m in entities[0].mentions} == {"a", "b"}


def test_entities_shared_surname_across_documents_is_not_guessed():
    a = _analysis("a", "Tom Baker arrived.", [("Tom Baker", "PERSON", ("Tom Baker",))])
    b = _analysis("b", "Anna Baker left.", [("Anna Baker", "PERSON", ("Anna Baker",))])
    c = _analysis("c", "Baker said nothing.", [("Baker", "PERSON", ("Baker",))])
    entities, mapping = resolve_entities([a, b, c])
    assert len({mapping["a:L0"], mapping["b:L0"], mapping["c:L0"]}) == len(entities) == 3


def test_entities_first_name_never_merges_across_documents():
    a = _analysis("a", "Moira Quinn spoke.", [("Moira Quinn", "PERSON", ("Moira Quinn",))])
    b = _analysis("b", "Moira Delaney wrote.", [("Moira Delaney", "PERSON", ("Moira Delaney",))])
    c = _analysis("c", "Moira agreed.", [("Moira", "PERSON", ("Moira",))])
    entities, mapping = resolve_entities([a, b, c])
    assert len(set(mapping.values())) == len(entities) == 3


def test_entities_abbreviations_and_acronyms_merge_across_documents():
    a = _analysis("a", "The United Nations met. The United States objected.",
                  [("United Nations", "ORG", ("United Nations",)), ("United States", "GPE", ("United States",))])
    b = _analysis("b", "The UN voted; the U.S. abstained.",
                  [("UN", "ORG", ("UN",)), ("U.S.", "GPE", ("U.S.",))])
    entities, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] == mapping["b:L0"]
    assert mapping["a:L1"] == mapping["b:L1"]
    assert _holding(entities, "UN")[0].name == "United Nations"


def test_entities_same_name_of_different_coarse_type_stays_apart():
    a = _analysis("a", "Jordan scored twice.", [("Jordan", "PERSON", ("Jordan",))])
    b = _analysis("b", "Jordan closed its border.", [("Jordan", "GPE", ("Jordan",))])
    entities, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] != mapping["b:L0"]
    assert {e.type for e in entities} == {"PERSON", "GPE"}


def test_entities_ids_are_unique_and_stable():
    def run():
        a = _analysis("a", "Saint-Denis and Saint Denis differ.",
                      [("Saint-Denis", "GPE", ("Saint-Denis",)), ("Saint Denis", "GPE", ("Saint Denis",))])
        b = _analysis("b", "Henry Kissane wrote.", [("Henry Kissane", "PERSON", ("Henry Kissane",))])
        return resolve_entities([a, b])

    first, _ = run()
    ids = [e.id for e in first]
    assert len(ids) == len(set(ids)) == 3
    assert "person:henry-kissane" in ids
    assert [e.id for e in run()[0]] == ids


def test_entities_documents_merge_end_to_end(analyse_texts):
    dossier = analyse_texts([
        "General Walter Brandt arrived in Lisbon on Monday, where Brandt met the press.",
        "Mr. Brandt later told reporters in Lisbon that the talks had failed.",
    ])
    brandt = _holding(dossier.entities, "Walter Brandt")
    assert len(brandt) == 1 and brandt[0].type == "PERSON"
    assert {m.doc for m in brandt[0].mentions} == {"doc0", "doc1"}
    lisbon = _holding(dossier.entities, "Lisbon")
    assert len(lisbon) == 1 and len(lisbon[0].mentions) == 2
    for e in dossier.entities:
        for m in e.mentions:
            text = next(d.text for d in dossier.documents if d.id == m.doc)
            assert text[m.start:m.end] == m.text


def test_entities_titled_surname_is_not_a_full_name_across_documents():
    a = _analysis("a", "Allen Dulles and Mr. Dulles.",
                  [("Allen Dulles", "PERSON", ("Allen Dulles", "Dulles", "Mr. Dulles"))])
    b = _analysis("b", "John Dulles and Mr. Dulles.",
                  [("John Dulles", "PERSON", ("John Dulles", "Dulles", "Mr. Dulles"))])
    entities, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] != mapping["b:L0"] and len(entities) == 2


def test_entities_full_name_merges_across_a_typing_slip():
    a = _analysis("a", "Nora Ellison wrote twice.", [("Nora Ellison", "PERSON", ("Nora Ellison",))])
    b = _analysis("b", "Nora Ellison wrote again.", [("Nora Ellison", "PERSON", ("Nora Ellison",))])
    c = _analysis("c", "Write to Nora Ellison.", [("Nora Ellison", "ORG", ("Nora Ellison",))])
    entities, mapping = resolve_entities([a, b, c])
    assert len(entities) == 1 and entities[0].type == "PERSON"
    assert len(set(mapping.values())) == 1


def test_entities_surname_typed_as_a_place_joins_the_person_elsewhere():
    a = _analysis("a", "Augustin Pelletier spoke.", [("Augustin Pelletier", "PERSON", ("Augustin Pelletier",))])
    b = _analysis("b", "Aid reached Pelletier.", [("Pelletier", "GPE", ("Pelletier",))])
    c = _analysis("c", "Aid reached Chile.", [("Chile", "GPE", ("Chile",))])
    d = _analysis("d", "Ruben Chile wrote.", [("Ruben Chile", "PERSON", ("Ruben Chile",))])
    entities, mapping = resolve_entities([a, b, c, d])
    assert mapping["a:L0"] == mapping["b:L0"]
    assert mapping["c:L0"] != mapping["d:L0"]  # a country's name is not taken for a surname
    assert len(entities) == 3


def test_entities_shared_title_tells_which_person_a_surname_is():
    def person(doc_id, text, name, aliases, descriptors):
        a = _analysis(doc_id, text, [(name, "PERSON", aliases)])
        le = a.entities[0]
        return DocAnalysis(a.document, (LocalEntity(le.id, le.doc, le.name, le.type, le.aliases, descriptors,
                                                    le.mentions),))

    a = person("a", "President Warren Hale spoke.", "Warren Hale", ("Warren Hale",), ("President",))
    b = person("b", "Ambassador Hugh Hale wrote.", "Hugh Hale", ("Hugh Hale",), ("Ambassador",))
    c = person("c", "President Hale agreed.", "Hale", ("Hale", "President Hale"), ("President",))
    d = person("d", "Hale left.", "Hale", ("Hale",), ())
    entities, mapping = resolve_entities([a, b, c, d])
    assert mapping["c:L0"] == mapping["a:L0"] != mapping["b:L0"]
    assert mapping["d:L0"] not in {mapping["a:L0"], mapping["b:L0"]}
    assert len(entities) == 3


def test_entities_shared_role_alias_does_not_merge_two_people():
    # two memos each call their own envoy "the High Commissioner": a role, not a name
    a = _analysis("a", "Mark Ellis, High Commissioner", [("Mark Ellis", "PERSON", ("Mark Ellis", "High Commissioner"))])
    b = _analysis("b", "Ruth Okoye, High Commissioner",
                  [("Ruth Okoye", "PERSON", ("Ruth Okoye", "High Commissioner", "THE HIGH COMMISSIONER"))])
    entities, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] != mapping["b:L0"] and len(entities) == 2


def test_entities_organisation_head_word_alone_joins_the_one_full_name_elsewhere():
    a = _analysis("a", "The Foreign Office in Oslo protested.", [("Foreign Office", "ORG", ("Foreign Office",))])
    b = _analysis("b", "Embassy urges that the Office delay the loan.", [("Office", "ORG", ("Office",))])
    entities, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] == mapping["b:L0"]
    assert [e.name for e in entities] == ["Foreign Office"]


def test_entities_organisation_head_word_shared_by_two_names_is_not_guessed():
    a = _analysis("a", "The Foreign Office and the War Office met.",
                  [("Foreign Office", "ORG", ("Foreign Office",)), ("War Office", "ORG", ("War Office",))])
    b = _analysis("b", "The Office said nothing.", [("Office", "ORG", ("Office",))])
    entities, _ = resolve_entities([a, b])
    assert len(entities) == 3


def test_entities_a_place_called_a_town_is_not_a_surname_elsewhere():
    a = _analysis("a", "Judge Marta Kolar promised a recount.", [("Marta Kolar", "PERSON", ("Marta Kolar",))])
    b = _analysis("b", "Ballots from the mining town of Kolar were lost.", [("Kolar", "LOC", ("Kolar",))])
    b = DocAnalysis(document=b.document, entities=(replace(b.entities[0], descriptors=("mining town",)),))
    c = _analysis("c", "Nobody in Kolar voted.", [("Kolar", "LOC", ("Kolar",))])
    entities, mapping = resolve_entities([a, b, c])
    assert mapping["b:L0"] == mapping["c:L0"] != mapping["a:L0"]
    assert {e.type for e in entities} == {"PERSON", "LOC"}


def test_entities_legal_suffix_names_no_other_company():
    a = _analysis("a", "Halvorsen Marine Ltd. won the tender.", [("Halvorsen Marine Ltd.", "ORG", ("Halvorsen Marine Ltd.",))])
    b = _analysis("b", "Halvorsen Marine denied it.", [("Halvorsen Marine", "ORG", ("Halvorsen Marine",))])
    c = _analysis("c", "Orvik Inc. and Orvik Steel met.", [("Orvik Inc.", "ORG", ("Orvik Inc.",)),
                                                            ("Orvik Steel", "ORG", ("Orvik Steel",))])
    entities, mapping = resolve_entities([a, b, c])
    assert mapping["a:L0"] == mapping["b:L0"] and mapping["c:L0"] != mapping["c:L1"]
    assert len(entities) == 3


def test_entities_courtesy_title_of_one_sex_picks_the_bearer_across_documents():
    def person(doc_id, text, name, aliases, descriptors):
        a = _analysis(doc_id, text, [(name, "PERSON", aliases)])
        return DocAnalysis(a.document, (replace(a.entities[0], descriptors=descriptors),))

    a = person("a", "Ana Dorin spoke. Ms. Dorin left.", "Ana Dorin", ("Ana Dorin", "Ms. Dorin"), ("Ms.",))
    b = person("b", "Minister Pavel Dorin spoke.", "Pavel Dorin", ("Pavel Dorin",), ("Minister",))
    c = person("c", "Mrs. Dorin is a nurse.", "Dorin", ("Mrs. Dorin",), ("Mrs.",))
    d = person("d", "Mr. Dorin is a minister.", "Dorin", ("Mr. Dorin",), ("Mr.",))
    entities, mapping = resolve_entities([a, b, c, d])
    assert mapping["c:L0"] == mapping["a:L0"] != mapping["b:L0"]
    assert mapping["d:L0"] != mapping["a:L0"]
    ana = next(e for e in entities if e.id == mapping["a:L0"])
    assert "Dorin" not in ana.aliases  # the bare surname is the minister's too
