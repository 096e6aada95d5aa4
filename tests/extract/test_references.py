"""The one pronoun search (extract/references.py) that claim holders and event arguments share."""

from __future__ import annotations

from annalyst.extract.references import antecedent


def _names(doc):
    """Candidates: the capitalised words after the first of their sentence, as (token index, text)."""
    def candidates(sent, end):
        return [(t.i, t.text) for t in sent if t.idx < end and t.i > sent.start and t.text[:1].isupper()
                and t.pos_ == "PROPN"]
    return candidates


def _subject(doc):
    return lambda c: doc[c[0]].dep_ in ("nsubj", "nsubjpass")


def _pronoun(doc, word, nth=0):
    return [t for t in doc if t.lower_ == word][nth]


def test_references_recency_reads_the_nearest_sentence_first(nlp):
    doc = nlp("Yesterday Orvan Tesk met Bela Quist in Marrow. Then the talks ended. Later he left.")
    he = _pronoun(doc, "he")
    assert antecedent(he, _names(doc), sentences=2) is None  # two sentences back: out of reach
    assert antecedent(he, _names(doc), sentences=3)[1] == "Marrow"  # the last one named, by recency alone


def test_references_subject_first_in_earlier_sentences_last_in_its_own(nlp):
    doc = nlp("Yesterday Orvan Tesk visited Bela Quist. Today Tesk told Quist that he would resign.")
    he = _pronoun(doc, "he")
    assert antecedent(he, _names(doc), sentences=3)[1] == "Quist"  # recency: the last name before it
    assert antecedent(he, _names(doc), sentences=3, is_subject=_subject(doc))[1] == "Tesk"


def test_references_only_personal_pronouns(nlp):
    doc = nlp("Yesterday Orvan Tesk arrived. They cheered.")
    assert antecedent(_pronoun(doc, "they"), _names(doc), sentences=3) is None


def test_references_sentences_back_nearest_first_and_stops_at_the_start(nlp):
    from annalyst.extract.references import sentences_back

    doc = nlp("Orvan Tesk arrived. Bela Quist left. Then he spoke.")
    he = _pronoun(doc, "he")
    assert [s.text for s in sentences_back(he, 2)] == ["Then he spoke.", "Bela Quist left."]
    assert len(sentences_back(he, 9)) == 3
