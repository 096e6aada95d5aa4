"""Participants lists and turn labels of memoranda of conversation (plain text, no model needed)."""

from __future__ import annotations

from annalyst.extract.quotes.transcripts import find_participants, find_turns, match_label

MEMO = ("MEMORANDUM OF CONVERSATION\n\nSUBJECT: Fishing rights\n\nPARTICIPANTS:\n\nNorthland\n"
        "Admiral Olaf Berg, Minister of Fisheries\nMs. Ingrid Sol, Deputy Minister of Fisheries\n\n"
        "Southland\nLord Henry Vane, Ambassador\nMr. Tom Ash — Second Secretary (interpreter)\n\n"
        "The Ambassador called at the Ministry at noon.\n\nTHE MINISTER: Good morning.\n")


def _entries(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], text[p.role_start:p.role_end]) for p in find_participants(text)]


def _who(label: str, text: str = MEMO) -> str | None:
    found = match_label(label, find_participants(text), text)
    return text[found.start:found.end] if found else None


def test_transcripts_participants_list_ends_at_the_first_prose_line():
    entries = _entries(MEMO)
    assert ("Admiral Olaf Berg", "Minister of Fisheries") in entries
    assert ("Mr. Tom Ash", "Second Secretary (interpreter)") in entries
    assert not any("noon" in name or "noon" in role for name, role in entries)
    assert not any("Good morning" in name for name, _ in entries)


def test_transcripts_role_label_finds_the_entry_whose_title_it_is():
    assert _who("THE MINISTER") == "Admiral Olaf Berg"  # "Minister of …", not "Deputy Minister of …"
    assert _who("THE AMBASSADOR") == "Lord Henry Vane"
    assert _who("THE ADMIRAL") == "Admiral Olaf Berg"
    assert _who("THE SECRETARY") == "Mr. Tom Ash"


def test_transcripts_honorific_with_first_or_last_name():
    assert _who("LORD HENRY") == "Lord Henry Vane"
    assert _who("MS. SOL") == "Ms. Ingrid Sol"
    assert _who("MR. GREY") is None


def test_transcripts_role_label_fitting_two_entries_names_nobody():
    text = "Participants:\nMr. A. Kern, Counsellor\nMr. B. Lutz, Counsellor\n\nTHE COUNSELLOR: Yes.\n"
    assert _who("THE COUNSELLOR", text) is None


def test_transcripts_table_rows_and_side_names():
    text = ("| Participants: | Mr. Paul Dorn—Treasury\n\n| | Dr. Eva Lind, Adviser, Central Bank\n\n"
            "United Kingdom: Sir Roy Mott, Minister\n\n"
            "Mr. Dorn opened the meeting with a long statement on the budget and the loan.\n")
    assert _entries(text)[:3] == [("Mr. Paul Dorn", "Treasury"), ("Dr. Eva Lind", "Adviser, Central Bank"),
                                  ("Sir Roy Mott", "Minister")]
    assert _who("DR. LIND", text) == "Dr. Eva Lind"
    assert _who("THE MINISTER", text) == "Sir Roy Mott"


def test_transcripts_several_people_on_one_line():
    text = ("Participants: Defence Minister Karl Ruud (R), Ambassador Nora Fell (F)\n"
            "Mr. Ian Holt, Counsellor, Embassy of Southland, Mr. Leo Marsh, Secretary General\n\n"
            "R: We start.\n")
    assert [name for name, _ in _entries(text)] == ["Defence Minister Karl Ruud (R)", "Ambassador Nora Fell (F)",
                                                    "Mr. Ian Holt", "Mr. Leo Marsh"]
    assert _who("THE AMBASSADOR", text) == "Ambassador Nora Fell (F)"
    assert _who("THE SECRETARY GENERAL", text) == "Mr. Leo Marsh"


def test_transcripts_role_first_entries_and_sides_before_a_dash():
    text = ("Present:\n\nThe Danish Minister, Mr. P. K. Holm\n\nThe Chairman of the Board, Dr. Rita Sand\n\n"
            "| Norway—Mr. O. Dahl, Mr. Nils Eik | Sweden–Sir Ivo Lund\n\n"
            "The Board approved the minutes of its previous meeting without any discussion at all.\n")
    entries = _entries(text)
    assert ("Mr. P. K. Holm", "The Danish Minister") in entries
    assert ("Mr. O. Dahl", "Norway") in entries
    assert ("Sir Ivo Lund", "Sweden") in entries
    assert any(name == "Mr. Nils Eik" for name, _ in entries)
    assert _who("THE DANISH MINISTER", text) == "Mr. P. K. Holm"
    assert _who("THE CHAIRMAN", text) == "Dr. Rita Sand"
    assert _who("MR. EIK", text) == "Mr. Nils Eik"


def test_transcripts_header_field_naming_a_person_is_no_turn():
    text = ("CHAIR: Dr. Ruth Lee, Treasurer\nRECORDER: Capt. Paul Ash\n\nTHE CHAIR: We begin.\n\n"
            "CAPT. ASH: The accounts are late.\n\nTHE CHAIR: Again?\n\nCAPT. ASH: Mr. Ledger Brown\n"
            "was ill in March.\n\nTHE CHAIR: Mister Ledger Brown\n\nCAPT. ASH: Yes.\n")
    turns = [(t.label, text[t.start:t.end]) for t in find_turns(text)]
    assert [label for label, _ in turns] == ["THE CHAIR", "CAPT. ASH", "THE CHAIR", "CAPT. ASH", "THE CHAIR",
                                             "CAPT. ASH"]
    assert turns[3][1] == "Mr. Ledger Brown\nwas ill in March."  # a turn that runs on is a turn
    assert turns[4][1] == "Mister Ledger Brown"  # and so is a name said once the turns have begun
