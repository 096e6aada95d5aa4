"""Conventions of diplomatic documents: kinds, apparatus, government acronyms, near-synonyms."""

from __future__ import annotations

from annalyst.language.diplomatic import (
    footnotes_start,
    government_acronym,
    is_apparatus,
    is_diplomatic,
    is_identification,
    participants_lists,
)
from annalyst.language.senses import WEAK, concept_of, stem


def test_diplomatic_kinds_are_read_from_the_heading():
    assert is_diplomatic("Telegram From the Embassy in Veloria to the Department of State")
    assert is_diplomatic("Memorandum of Conversation")
    assert is_diplomatic("Special Memorandum Prepared in the Intelligence Agency")
    assert not is_diplomatic("Fifty years on: the strike that toppled a government")


def test_diplomatic_apparatus_is_about_documents_not_events():
    for note in ("[2] Telegram 1234 from Veloria is not printed.", "Printed from a copy that bears this typed "
                 "signature.", "[Here follows a list of persons present.]", "The text is in circular telegram "
                 "5678.", "Not found in the files; but see infra."):
        assert is_apparatus(note), note
    assert not is_apparatus("The Minister said the raid was not planned.")
    # an editor's insertion inside a sentence does not make the sentence apparatus
    assert not is_apparatus("The King [1 line of source text not declassified] made it clear that he would act.")


def test_diplomatic_footnotes_start_at_their_heading():
    text = "Body text.\n\n--- Footnotes ---\n[1] Not printed."
    assert text[footnotes_start(text):].startswith("--- Footnotes")
    assert footnotes_start("No notes here.") == len("No notes here.")


def test_diplomatic_government_acronyms_name_the_state_the_document_names_most():
    assert government_acronym("USG", {}) == "united states"
    assert government_acronym("GOV", {"veloria": 5, "kestria": 3}) == "veloria"
    assert government_acronym("GOK", {"veloria": 5, "kestria": 3, "kolmar": 3}) is None  # two states, no leader
    assert government_acronym("GOAL", {"veloria": 5}) is None
    assert government_acronym("VARG", {"veloria": 5, "kestria": 3}) == "veloria"  # Veloria Arab Republic Govt
    assert government_acronym("FRG", {"fenland": 5}) is None  # a state's own initials, not its government


def test_senses_fold_near_synonyms_and_keep_weak_words_apart():
    assert concept_of("shattered") == concept_of("wrecked") == concept_of("undermined")
    assert concept_of("retaliatory") == concept_of("reprisal")
    assert concept_of("armistice") == concept_of("border")
    assert stem("probably") in WEAK and concept_of("harvest") not in WEAK


def test_diplomatic_an_editors_identification_of_a_person_is_apparatus():
    assert is_identification("[3] Mr. Anton Vale was Director of the Office of Harbour Affairs; Mr. Ole Ek was ...")
    assert is_identification("[4] Both Messrs. Vale and Ek had been designated as Advisers to the Delegation")
    assert not is_identification("[3] A Kestrian force including tanks conducted a raid on the villages")
    assert not is_identification("Mr. Anton Vale was Director of the Office when the strike began")  # no note mark


def test_diplomatic_a_participants_list_runs_from_its_heading_to_prose_a_field_or_a_turn():
    memo = ("MEMORANDUM OF CONVERSATION\nPARTICIPANTS:\nVelmoria\nGeneral Orsk Tavel, President of the Council\n"
            "Sir Hollin Brede, High Commissioner\nSUBJECT: Grain\nThe General opened by saying that the harvest "
            "had failed in the northern provinces this year.\n")
    [(start, end)] = participants_lists(memo)
    assert memo[start:end].split("\n")[1:] == ["Velmoria", "General Orsk Tavel, President of the Council",
                                               "Sir Hollin Brede, High Commissioner"]
    sides = "Present:\nUnited Provinces: Mr. Dalo Renn\nKestria: Ms. Ilse Varn\n\nTHE CHAIRMAN: Welcome.\n"
    [(start, end)] = participants_lists(sides)
    assert sides[start:end].strip().endswith("Ms. Ilse Varn")  # a side's name goes on, a turn ends the list
    prose = "Attending\nDr. Pell Osk\nThe meeting then turned at some length to the question of the ports.\n"
    [(start, end)] = participants_lists(prose)
    assert prose[start:end].strip() == "Dr. Pell Osk"
