"""Surnames across documents: full names of one person, bare surnames joined on evidence or kept apart."""

from __future__ import annotations

from dataclasses import replace

from annalyst.model import DocAnalysis, Document, LocalEntity, Mention
from annalyst.resolve.entities import resolve_entities
from annalyst.resolve.surnames import compatible, read_name


def _doc(doc_id: str, text: str, *names: tuple) -> DocAnalysis:
    """A hand-made analysis: each (name, type, aliases[, descriptors]) gets one mention at its first alias."""
    entities = []
    for n, (name, etype, aliases, *rest) in enumerate(names):
        start = text.index(aliases[0])
        local_id = f"{doc_id}:L{n}"
        mention = Mention(doc_id, start, start + len(aliases[0]), aliases[0], etype, local_id)
        entities.append(LocalEntity(local_id, doc_id, name, etype, aliases, tuple(rest[0]) if rest else (),
                                    (mention,)))
    return DocAnalysis(Document(id=doc_id, source=f"{doc_id}.txt", text=text, sha256=doc_id), tuple(entities))


def test_surnames_read_name_drops_titles_cable_abbreviations_and_swept_words():
    assert read_name("Secretary of State Quell").words == ("quell",)
    assert read_name("FonMin Quell").words == ("quell",)
    assert read_name("Messrs. Quell").words == ("quell",)
    assert read_name("Presidents Quell").words == ("quell",)
    assert read_name("wean Quell").words == ("quell",)
    assert read_name("Tobias R. Quell, Jr.").words == ("tobias", "r", "quell")
    assert read_name("J.B. Quell").initials_only


def test_surnames_compatible_full_names():
    def ok(a, b):
        return compatible(read_name(a), read_name(b))

    assert ok("Tobias Quell", "Tobias R. Quell")
    assert ok("T. R. Quell", "Tobias R. Quell")
    assert ok("Bob Quell", "Robert Quell")
    assert ok("Tobias Quell", "Tobias Quell Ibarra")  # the second surname dropped
    assert ok("Quell Ibarra", "Tobias Quell Ibarra")  # the given name dropped
    assert not ok("Tobias Quell", "Mara Quell")
    assert not ok("Tobias B. Quell", "Tobias R. Quell")


def test_surnames_full_names_of_one_person_join_across_documents():
    a = _doc("a", "Robert T. Quell arrived.", ("Robert T. Quell", "PERSON", ("Robert T. Quell",)))
    b = _doc("b", "Robert Quell spoke.", ("Robert Quell", "PERSON", ("Robert Quell",)))
    c = _doc("c", "Bob Quell left.", ("Bob Quell", "PERSON", ("Bob Quell",)))
    d = _doc("d", "Quell wrote.", ("Quell", "PERSON", ("Quell",)))
    _, mapping = resolve_entities([a, b, c, d])
    assert len(set(mapping.values())) == 1


def test_surnames_second_surname_is_a_surname_too():
    a = _doc("a", "Ramiro Ostas Velde spoke.", ("Ramiro Ostas Velde", "PERSON", ("Ramiro Ostas Velde",)))
    b = _doc("b", "Ostas agreed.", ("Ostas", "PERSON", ("Ostas",)))
    _, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] == mapping["b:L0"]


def test_surnames_a_verb_swept_into_a_name_is_no_second_candidate():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",)))
    b = _doc("b", "We should persuade him. Persuade Quell to wait.",
             ("Persuade Quell", "PERSON", ("Persuade Quell", "Quell")))
    c = _doc("c", "Quell agreed.", ("Quell", "PERSON", ("Quell",)))
    entities, mapping = resolve_entities([a, b, c])
    assert mapping["a:L0"] == mapping["b:L0"] == mapping["c:L0"]
    assert entities[0].name == "Tobias Quell"


def test_surnames_two_people_of_one_surname_the_same_document_decides():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",)))
    b = _doc("b", "Mara Quell wrote.", ("Mara Quell", "PERSON", ("Mara Quell",)))
    c = _doc("c", "Mara Quell arrived; Quell (the minister) was out.",
             ("Mara Quell", "PERSON", ("Mara Quell",)), ("Quell", "ORG", ("Quell (",)))
    d = _doc("d", "Quell said nothing.", ("Quell", "PERSON", ("Quell",)))
    e = _doc("e", "Quell said more.", ("Quell", "PERSON", ("Quell",)))
    entities, mapping = resolve_entities([a, b, c, d, e])
    assert mapping["c:L1"] == mapping["b:L0"] != mapping["a:L0"]
    assert next(e for e in entities if e.id == mapping["c:L1"]).type == "PERSON"
    # no evidence: the bare surname of two people joins neither, nor each other
    assert len({mapping["d:L0"], mapping["e:L0"], mapping["a:L0"], mapping["b:L0"]}) == 4


def test_surnames_bare_surnames_of_one_title_are_one_person_across_documents():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",)))
    b = _doc("b", "Mara Quell wrote.", ("Mara Quell", "PERSON", ("Mara Quell",)))
    c = _doc("c", "Ambassador Quell called.", ("Quell", "PERSON", ("Ambassador Quell",), ("Ambassador",)))
    d = _doc("d", "Ambassador Quell called again.", ("Quell", "PERSON", ("Ambassador Quell",), ("Ambassador",)))
    _, mapping = resolve_entities([a, b, c, d])
    assert mapping["c:L0"] == mapping["d:L0"] not in {mapping["a:L0"], mapping["b:L0"]}


def test_surnames_role_picks_the_person_among_two():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",), ("Assistant Secretary",)))
    b = _doc("b", "Mara Quell wrote.", ("Mara Quell", "PERSON", ("Mara Quell",), ("Ambassador",)))
    c = _doc("c", "Assistant Secretary of State Quell called.",
             ("Quell", "PERSON", ("Quell",), ("Assistant Secretary of State",)))
    _, mapping = resolve_entities([a, b, c])
    assert mapping["c:L0"] == mapping["a:L0"]


def test_surnames_surname_inside_an_organisation_is_the_person():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",)))
    text = "The Quell Government fell. Quell resigned."
    b = _doc("b", text, ("Quell Government", "ORG", ("Quell Government", "Quell")))
    i = text.index("Quell resigned")
    le = b.entities[0]
    b = DocAnalysis(b.document, (replace(le, mentions=(*le.mentions, Mention("b", i, i + 5, "Quell", "ORG", le.id))),))
    entities, mapping = resolve_entities([a, b])
    person = next(e for e in entities if e.id == mapping["a:L0"])
    assert {(m.doc, m.text) for m in person.mentions} == {("a", "Tobias Quell"), ("b", "Quell")}
    government = next(e for e in entities if e.id == mapping["b:L0"])
    assert government.type == "ORG" and [m.text for m in government.mentions] == ["Quell Government"]


def test_surnames_name_with_particles_is_found_by_its_first_surname():
    a = _doc("a", "Ramiro Ostas de la Vega spoke.", ("Ramiro Ostas de la Vega", "PERSON", ("Ramiro Ostas de la Vega",)))
    b = _doc("b", "Ostas agreed.", ("Ostas", "PERSON", ("Ostas",)))
    entities, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] == mapping["b:L0"] and entities[0].name == "Ramiro Ostas de la Vega"


def test_surnames_title_before_a_name_is_not_the_entity_name():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",)))
    b = _doc("b", "Presidents Quell and Ibarra met.", ("Presidents Quell", "PERSON", ("Presidents Quell",)))
    entities, mapping = resolve_entities([a, b])
    assert mapping["a:L0"] == mapping["b:L0"] and entities[0].name == "Tobias Quell"


def test_surnames_two_surnames_of_a_list_are_nobody():
    a = _doc("a", "Adolf Quell spoke.", ("Adolf Quell", "PERSON", ("Adolf Quell",)))
    b = _doc("b", "Mara Ibarra agreed.", ("Mara Ibarra", "PERSON", ("Mara Ibarra",)))
    b2 = _doc("b2", "Mara Ibarra agreed again.", ("Mara Ibarra", "PERSON", ("Mara Ibarra",)))
    c = _doc("c", "Ambassadors Ibarra Quell and Vega met.", ("Ibarra Quell", "PERSON", ("Ibarra Quell",)))
    d = _doc("d", "Quell wrote.", ("Quell", "PERSON", ("Quell",)))
    _, mapping = resolve_entities([a, b, b2, c, d])
    assert mapping["d:L0"] == mapping["a:L0"]  # "Ibarra Quell" is no second Quell
    assert mapping["c:L0"] not in {mapping["a:L0"], mapping["b:L0"]}


def test_surnames_a_name_ends_where_a_phrase_begins():
    assert read_name("Quell is Ibarra").words == ("quell",)
    assert read_name("Quell of State").words == ("quell",)
    assert read_name("Tobias Quell Papers").words == ("tobias", "quell")
    assert read_name("Quell Administrations").words == ("quell",)
    assert read_name("Ramiro Ostas de la Vega").words[-1] == "vega"


def test_surnames_one_given_name_spelt_two_ways():
    assert compatible(read_name("Adolph Quell"), read_name("Adolf R. Quell"))
    assert not compatible(read_name("Tobias Quell"), read_name("Tomas Quell"))


def test_surnames_the_one_person_called_by_the_surname_alone_takes_it():
    a = _doc("a", "Tobias Quell spoke. Quell left.", ("Tobias Quell", "PERSON", ("Tobias Quell", "Quell")))
    b = _doc("b", "Guests: Admiral Mara Quell.", ("Mara Quell", "PERSON", ("Admiral Mara Quell",), ("Admiral",)))
    c = _doc("c", "Quell spoke on the radio.", ("Quell", "PERSON", ("Quell",)))
    _, mapping = resolve_entities([a, b, c])
    assert mapping["c:L0"] == mapping["a:L0"] != mapping["b:L0"]


def test_surnames_two_surnames_without_the_given_name():
    a = _doc("a", "Ostas Velde spoke.", ("Ostas Velde", "PERSON", ("Ostas Velde",)))
    b = _doc("b", "Ostas agreed.", ("Ostas", "PERSON", ("Ostas",)))
    c = _doc("c", "Ostas agreed again.", ("Ostas", "PERSON", ("Ostas",)))
    d = _doc("d", "R. Ostas signed.", ("R. Ostas", "PERSON", ("R. Ostas",)))  # no given name to contradict
    _, mapping = resolve_entities([a, b, c, d])
    assert mapping["a:L0"] == mapping["b:L0"] == mapping["c:L0"] == mapping["d:L0"]


def test_surnames_a_woman_s_title_outweighs_the_man_named_in_the_same_document():
    a = _doc("a", "Ms. Mara Quell spoke.", ("Mara Quell", "PERSON", ("Mara Quell",), ("Ms.",)))
    b = _doc("b", "Col. Tobias Quell and Mrs. Quell arrived.",
             ("Tobias Quell", "PERSON", ("Tobias Quell",), ("Col.",)), ("Quell", "PERSON", ("Mrs. Quell",), ("Mrs.",)))
    _, mapping = resolve_entities([a, b])
    assert mapping["b:L1"] == mapping["a:L0"] != mapping["b:L0"]


def test_surnames_a_given_name_alone_joins_its_only_bearer():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",)))
    b = _doc("b", "Tobias agreed.", ("Tobias", "PERSON", ("Tobias",)))
    c = _doc("c", "Mara Ibarra and Mara Vega met. Mara left.", ("Mara Ibarra", "PERSON", ("Mara Ibarra",)),
             ("Mara Vega", "PERSON", ("Mara Vega",)))
    d = _doc("d", "Mara left.", ("Mara", "PERSON", ("Mara",)))
    _, mapping = resolve_entities([a, b, c, d])
    assert mapping["b:L0"] == mapping["a:L0"]
    assert mapping["d:L0"] not in {mapping["c:L0"], mapping["c:L1"]}  # two bear it: no guess


def test_surnames_a_lone_surname_typed_a_place_joins_where_it_is_mostly_a_person():
    a = _doc("a", "Ostrander said no.", ("Ostrander", "PERSON", ("Ostrander",)))
    b = _doc("b", "Ostrander said yes.", ("Ostrander", "PERSON", ("Ostrander",)))
    c = _doc("c", "Ostrander went home.", ("Ostrander", "GPE", ("Ostrander",)))
    d = _doc("d", "Troops reached Velmar.", ("Velmar", "GPE", ("Velmar",)))
    e = _doc("e", "Velmar and Velmar again.", ("Velmar", "GPE", ("Velmar",)))
    f = _doc("f", "Velmar said so.", ("Velmar", "PERSON", ("Velmar",)))
    entities, mapping = resolve_entities([a, b, c, d, e, f])
    assert mapping["a:L0"] == mapping["b:L0"] == mapping["c:L0"]
    assert next(e for e in entities if e.id == mapping["c:L0"]).type == "PERSON"
    assert mapping["d:L0"] == mapping["e:L0"] != mapping["f:L0"]  # mostly a place: the person stays apart


def test_surnames_an_organisation_only_ever_called_by_a_surname_is_the_person_but_never_a_town():
    a = _doc("a", "Tobias Quell spoke.", ("Tobias Quell", "PERSON", ("Tobias Quell",)))
    b = _doc("b", "Defense Quell: Quell agreed.", ("Defense Quell", "ORG", ("Defense Quell",)))
    le = b.entities[0]
    b = DocAnalysis(b.document, (replace(le, mentions=(Mention("b", 15, 20, "Quell", "ORG", le.id),)),))
    c = _doc("c", "Bruno Ostia wrote.", ("Bruno Ostia", "PERSON", ("Bruno Ostia",)))
    d = _doc("d", "The Ostia Post: Ostia is calm.", ("Ostia Post", "ORG", ("Ostia Post", "Ostia")))
    le = d.entities[0]
    d = DocAnalysis(d.document, (replace(le, mentions=(*le.mentions, Mention("d", 16, 21, "Ostia", "ORG", le.id))),))
    e = _doc("e", "Troops left Ostia.", ("Ostia", "GPE", ("Ostia",)))
    f = _doc("f", "Ostia was quiet.", ("Ostia", "GPE", ("Ostia",)))
    entities, mapping = resolve_entities([a, b, c, d, e, f])
    assert mapping["b:L0"] == mapping["a:L0"]
    post = next(x for x in entities if x.id == mapping["d:L0"])
    assert post.type == "ORG" and len(post.mentions) == 2  # the town's name stays with the paper
