"""The one reference resolver (extract/references) the quote, claim and event rules share, on invented texts."""

from __future__ import annotations

import pytest
from tests.conftest import make_document

from annalyst.extract.context import DocContext
from annalyst.extract.references import paragraph_spans, references_of
from annalyst.extract.stages import STAGES, run_stages
from annalyst.model import LocalEntity, Mention


@pytest.fixture
def resolver(nlp):
    def build(text: str):
        ctx = DocContext(document=make_document(text), parsed=nlp(text))
        run_stages(ctx, STAGES)
        return references_of(ctx)
    return build


def _token(refs, word: str, nth: int = 0):
    return [t for t in refs.doc if t.text == word][nth]


def _name(refs, entity: str | None) -> str | None:
    return refs.entity(entity).name if entity else None


def test_references_a_pronoun_agrees_in_gender(resolver):
    refs = resolver("Mrs. Alva Renko met Mr. Tomas Brill in Varnholm on Monday. Later she left for the coast.")
    assert _name(refs, refs.antecedent(_token(refs, "she"))) == "Alva Renko"


def test_references_the_subject_comes_before_a_later_object(resolver):
    refs = resolver("Senator Ilmar Dask met Premier Oskar Velt in Parvia. Having conferred at length with Velt, "
                    "he left the capital.")
    assert "Dask" in _name(refs, refs.antecedent(_token(refs, "he")))


def test_references_a_chain_of_pronouns_passes_its_antecedent_on(resolver):
    refs = resolver("Governor Piet Lorrand arrived in Hesk on Monday. He looked tired. "
                    "Later he spoke to the crowd for an hour.")
    assert "Lorrand" in _name(refs, refs.antecedent(_token(refs, "he")))


def test_references_a_role_noun_names_the_person_given_that_role(resolver):
    refs = resolver("The Interior Minister, Hanno Vesk, arrived in Dorlin on Tuesday. "
                    "The minister spoke to reporters for an hour.")
    assert "Vesk" in _name(refs, refs.by_role(_token(refs, "minister")))


def test_references_a_deputy_is_not_the_role(resolver):
    refs = resolver("Deputy Minister Hanno Vesk arrived in Dorlin on Tuesday. The minister spoke to reporters.")
    assert refs.by_role(_token(refs, "minister")) is None


def test_references_a_title_names_the_one_person_named_with_it(resolver):
    refs = resolver("On Monday the envoys met King Aldo Varen in the palace. The King said little about the border.")
    assert _name(refs, refs.by_title(_token(refs, "King", 1))) == "Aldo Varen"


def test_references_a_bare_surname_shared_by_two_is_the_one_just_named_in_full(resolver):
    refs = resolver("Nina Sarov leads the nurses' union in Tarrow.\n\nHealth Minister Ivan Sarov said in the "
                    "capital that the pay cut was legal.\n\nSarov told reporters the hospitals would stay open.")
    sarov = _token(refs, "Sarov", 2)
    [mention] = [m for m in refs.mentions_in(sarov.idx, sarov.idx + len(sarov)) if m.start == sarov.idx]
    assert _name(refs, refs._surname_bearer(mention)) == "Ivan Sarov"


def test_references_a_definite_description_names_the_body_with_that_head_word(resolver):
    refs = resolver("The Harbour Commission met in Velm on Friday. Later the commission closed the port.")
    found = refs.by_head_word("commission", before=_token(refs, "commission").idx)
    assert _name(refs, found) == "Harbour Commission"


def test_references_the_search_reads_as_many_sentences_as_asked(resolver):
    refs = resolver("Dr. Ervin Solt opened the clinic in Marrow. Then the talks ended. The rain came. "
                    "Later he left the town.")
    he = _token(refs, "he")
    assert "Solt" in _name(refs, refs.antecedent(he))  # within three paragraphs, the last one who agrees
    assert "Solt" in _name(refs, refs.antecedent(he, sentences=2))


def test_references_words_quoted_elsewhere_name_no_antecedent(resolver):
    refs = resolver("The mayor of Osk spoke on Monday. “We thank Mr. Ivo Brand for the bridge,” the mayor said.\n\n"
                    "Later he drove to the coast.")
    assert refs.antecedent(_token(refs, "he")) != refs.by_name("Ivo Brand", before=len(refs.text))


def test_references_paragraphs_are_blank_line_separated_or_one_a_line():
    assert paragraph_spans("One.\n\nTwo.\n") == [(0, 4), (6, 11)]
    assert paragraph_spans("One.\nTwo.") == [(0, 4), (5, 9)]


def test_references_a_title_that_ends_a_sentence_types_no_name_after_it(nlp):
    text = "Mrs. Marit Olund spoke for an hour. The envoys came to assist the King. Velmorian officers were there."
    people = [("Marit Olund", "PERSON"), ("Velmorian", "NORP")]
    entities = []
    for n, (name, kind) in enumerate(people):
        start = text.index(name)
        mention = Mention(doc="d", start=start, end=start + len(name), text=name, type=kind, entity=f"d:L{n}",
                          extractor="test", confidence=1.0)
        entities.append(LocalEntity(id=f"d:L{n}", doc="d", name=name, type=kind, aliases=(name,), descriptors=(),
                                    mentions=(mention,)))
    ctx = DocContext(document=make_document(text, doc_id="d"), parsed=nlp(text), entities=entities)
    refs = references_of(ctx)
    olund, velmorian = (e.mentions[0] for e in entities)
    assert refs.mention_type(olund) == "PERSON"
    assert refs.mention_type(velmorian) == "NORP"  # "the King." ends a sentence: no title of the next name
