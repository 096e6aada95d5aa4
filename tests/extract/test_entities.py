"""Entities of one document: clean spans, one type per name, aliases, descriptors.

Every text here is written for the test; none comes from the example corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def _by_name(analysis, name):
    found = [e for e in analysis.entities if e.name == name]
    assert len(found) == 1, f"expected one entity named {name!r}, got {[e.name for e in analysis.entities]}"
    return found[0]


def _holding(analysis, alias):
    return [e for e in analysis.entities if alias in e.aliases]


def test_entities_honorifics_and_surnames_are_one_person(analyse_text):
    a = analyse_text("General Walter Brandt arrived in Lisbon on Monday. Gen. Walter Brandt met the mayor. "
                     "Mr. Brandt said the talks went well. Brandt's aides were pleased.")
    brandt = _by_name(a, "Walter Brandt")
    assert brandt.type == "PERSON"
    assert {"Brandt", "Gen. Walter Brandt", "Mr. Brandt"} <= set(brandt.aliases)
    assert len(brandt.mentions) == 4
    assert {"General", "Mr."} <= set(brandt.descriptors)
    assert all(not e.name.startswith(("General", "Mr")) for e in a.entities)


def test_entities_possessive_is_trimmed_from_the_span(analyse_text):
    a = analyse_text("Ruth Kellner visited Denver. Later, aides in Kellner's office said Kellner would run again.")
    kellner = _by_name(a, "Ruth Kellner")
    assert len(kellner.mentions) == 3
    assert all(not m.text.endswith("'s") for m in kellner.mentions)


def test_entities_shared_first_name_never_merges_two_people(analyse_text):
    a = analyse_text("Maria Lopez met Maria Fernandez in Madrid. Lopez said the meeting was useful, "
                     "and Fernandez agreed.")
    lopez, fernandez = _by_name(a, "Maria Lopez"), _by_name(a, "Maria Fernandez")
    assert lopez.id != fernandez.id
    assert "Lopez" in lopez.aliases and "Fernandez" in fernandez.aliases


def test_entities_shared_surname_is_not_guessed(analyse_text):
    a = analyse_text("Tom Baker and Anna Baker arrived late. Baker said nothing.")
    tom, anna = _by_name(a, "Tom Baker"), _by_name(a, "Anna Baker")
    assert "Baker" not in tom.aliases and "Baker" not in anna.aliases


def test_entities_acronym_in_parentheses_binds_to_expansion(analyse_text):
    a = analyse_text("The Federal Bureau of Investigation (FBI) opened a case. "
                     "The F.B.I. said later that the FBI had no comment.")
    fbi = _by_name(a, "Federal Bureau of Investigation")
    assert fbi.type == "ORG"
    assert {"FBI", "F.B.I."} <= set(fbi.aliases)
    assert len(fbi.mentions) == 4


def test_entities_lowercase_acronym_joins_the_known_one(analyse_text):
    a = analyse_text("The agency, known to critics as the nsa, was criticised. The NSA declined to comment.")
    nsa = _holding(a, "NSA")
    assert len(nsa) == 1 and "nsa" in nsa[0].aliases and nsa[0].name == "NSA"


def test_entities_country_abbreviations_are_one_place(analyse_text):
    a = analyse_text("Officials in the U.S. were divided. The United States later denied it, and the USA "
                     "recalled its envoy.")
    us = _holding(a, "U.S.")
    assert len(us) == 1 and {"United States", "USA"} <= set(us[0].aliases)
    assert us[0].type == "GPE"


def test_entities_title_is_stripped_from_a_merged_span(analyse_text):
    a = analyse_text("The town was run by the pro-British Colonel Arthur Penhallow until 1921. "
                     "Penhallow left in the spring.")
    person = _by_name(a, "Arthur Penhallow")
    assert person.type == "PERSON"
    assert "Penhallow" in person.aliases
    assert any("Colonel" in d for d in person.descriptors)


def test_entities_place_glued_to_a_name_is_split(analyse_text):
    a = analyse_text("Trade with Peru grew. The ambassador to Peru Juan Garcia praised the deal, "
                     "and Garcia promised more.")
    garcia = _by_name(a, "Juan Garcia")
    assert garcia.type == "PERSON"
    peru = _holding(a, "Peru")
    assert len(peru) == 1 and peru[0].type == "GPE" and len(peru[0].mentions) == 2


def test_entities_surname_keeps_the_person_type(analyse_text):
    # the model reads a lone surname after "from" or as a subject as a place or an organisation
    a = analyse_text("Governor Elena Marchetti toured the port. Reporters heard from Marchetti about the "
                     "strike. Marchetti answered questions, and the crowd cheered Marchetti.")
    marchetti = _by_name(a, "Elena Marchetti")
    assert marchetti.type == "PERSON"
    assert len(marchetti.mentions) == 4
    assert not [e for e in a.entities if e.name == "Marchetti"]


def test_entities_role_apposition_decides_type(analyse_text):
    a = analyse_text("Paul Ortega (a lawyer) wrote to the court. Ortega argued that the case was weak. "
                     "Villa Serrana, a colony in the hills, was closed.")
    ortega = _by_name(a, "Paul Ortega")
    assert ortega.type == "PERSON" and "a lawyer" not in ortega.descriptors and "lawyer" in ortega.descriptors
    villa = _by_name(a, "Villa Serrana")
    assert villa.type in {"GPE", "LOC", "FAC"}


def test_entities_descriptors_from_appositions_and_roles(analyse_text):
    a = analyse_text("Karl Weber, the former Austrian Finance Minister, spoke first. "
                     "Then the country's ruler Idris Mansour replied.")
    assert "former Austrian Finance Minister" in _by_name(a, "Karl Weber").descriptors
    assert "country's ruler" in _by_name(a, "Idris Mansour").descriptors


def test_entities_handle_after_byline_name_is_an_alias(analyse_text):
    a = analyse_text("By Jonas Lindqvist (@jlindqvist) on 3 March 2020\n\nThe council met in Uppsala.")
    person = _by_name(a, "Jonas Lindqvist")
    assert person.type == "PERSON" and "@jlindqvist" in person.aliases


def test_entities_junk_is_dropped(analyse_text):
    a = analyse_text("Read more at https://example.org/Report2020 and call 555 0199. The Senate voted 52 to 48.")
    for e in a.entities:
        assert any(c.isalpha() for c in e.name)
        assert "example.org" not in e.name and "://" not in e.name


@pytest.mark.parametrize("text", [
    "By Jonas Lindqvist (@jlindqvist)\n\nThe pro-British Colonel Arthur Penhallow's men met Mr. Penhallow's rivals.",
    "The Federal Bureau of Investigation (FBI)\n\nopened a case; the fbi, the F.B.I.'s agents and the U.S. said so.",
])
def test_entities_spans_match_their_text_and_ids_are_unique(analyse_text, text):
    a = analyse_text(text)
    ids = [e.id for e in a.entities]
    assert len(ids) == len(set(ids))
    for e in a.entities:
        for m in e.mentions:
            assert a.document.text[m.start:m.end] == m.text
            assert m.entity == e.id
            assert m.text == m.text.strip()


def test_entities_sentence_opening_common_word_is_not_a_name(analyse_text):
    a = analyse_text("The ministry spread propaganda in the villages.\n\n3. Propaganda by radio reached the towns.")
    assert not [e for e in a.entities if e.name == "Propaganda"]


def test_entities_acronym_of_a_longer_name_is_not_given_to_its_part(analyse_text):
    a = analyse_text("The Permanent Mission to the United Nations (PMUN) sent a note. The United Nations replied. "
                     "The Security Council of the United Nations met later.")
    un = _holding(a, "United Nations")
    assert len(un) == 1 and "PMUN" not in un[0].aliases
    assert "Security Council of the United Nations" not in un[0].aliases
    assert all(not e.name.endswith(" to") for e in a.entities)


def test_entities_organisation_head_word_alone_binds_to_the_one_full_name(analyse_text):
    a = analyse_text("The Harlow Gazette reported the story first. The Gazette later corrected it. "
                     "The Warren Commission met. The Commission said nothing.")
    assert "Gazette" in _by_name(a, "Harlow Gazette").aliases
    assert "Commission" in _by_name(a, "Warren Commission").aliases


def test_entities_headline_verb_and_line_break_split_a_glued_span(analyse_text):
    a = analyse_text("When Brandt Met Honecker\n\nWilly Brandt travelled to Erfurt. Erich Honecker waited.")
    brandt, honecker = _by_name(a, "Willy Brandt"), _by_name(a, "Erich Honecker")
    assert brandt.type == honecker.type == "PERSON"
    assert "Brandt" in brandt.aliases and "Honecker" in honecker.aliases
    assert all("\n" not in m.text and "Met" not in m.text for e in a.entities for m in e.mentions)
    assert _by_name(a, "Erfurt").type in {"GPE", "LOC"}


def _extract(nlp, text):
    """Run the entities stage alone, so an exception fails the test (the pipeline would record it)."""
    from tests.conftest import make_document

    from annalyst.extract.context import DocContext
    from annalyst.extract.entities import extract_entities

    return extract_entities(DocContext(document=make_document(text), parsed=nlp(text)))


def test_entities_plural_possessive_name_with_acronym_does_not_crash(nlp):
    # regression: the name before "(FU)" was cut at its apostrophe and dropped, and its acronym
    # then pointed to a mention that no longer existed (KeyError in the clustering)
    ents = _extract(nlp, "In 1966 the Farmers' Union (FU) called a strike. The union did not do well.")
    union = [e for e in ents if "FU" in e.aliases]
    assert len(union) == 1 and union[0].name == "Farmers' Union" and union[0].type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("The Teachers’ Federation called a strike, and the Teachers’ Federation won.", "Teachers’ Federation"),
    ("Her Majesty’s Government made no comment. Officials of Her Majesty’s Government left.",
     "Her Majesty’s Government"),
    ("The Women's League met in Accra.", "Women's League"),
])
def test_entities_descriptive_possessive_stays_inside_the_name(nlp, text, name):
    ents = _extract(nlp, text)
    assert [e.name for e in ents if e.type == "ORG"] == [name]
    assert not [e for e in ents if e.name in {"Teachers", "Her Majesty", "Women", "Government", "League"}]


def test_entities_owner_before_a_long_name_is_still_split(nlp):
    ents = _extract(nlp, "Peru's National Water Authority (NWA) raised prices. Peru protested later.")
    names = {e.name: e for e in ents}
    assert "National Water Authority" in names and "NWA" in names["National Water Authority"].aliases
    assert names["Peru"].type == "GPE"


@pytest.mark.parametrize("text, full, short", [
    ("Harriet Bond, who worked at the embassy, remembers it well. The bond between the two men was strong. "
     "“We knew nothing”, Bond explains.", "Harriet Bond", "Bond"),
    ("Arthur Stone ran the mine. The price of stone rose. “Nobody listened”, Stone explains.", "Arthur Stone", "Stone"),
])
def test_entities_surname_that_is_also_a_word_binds_with_a_person_clue(nlp, text, full, short):
    ents = _extract(nlp, text)
    person = [e for e in ents if e.name == full]
    assert len(person) == 1 and person[0].type == "PERSON" and short in person[0].aliases
    assert not [e for e in ents if e.name == short]


def test_entities_comma_inside_a_model_span_separates_two_names(nlp):
    ents = _extract(nlp, "Captain John Kamau joined in 1990. The army trained officers at Aldershot, Kamau among "
                         "them. Lawyers of Acme, Inc. were present.")
    names = {e.name: e for e in ents}
    assert "Kamau" in names["John Kamau"].aliases and len(names["John Kamau"].mentions) == 2
    assert "Aldershot" in names and "," not in names["Aldershot"].name
    assert "Acme, Inc." in names  # a company suffix after a comma is part of the name


def test_entities_given_names_ignore_accents_and_leave_out_place_names():
    from annalyst.extract.entities.lexicon import is_given_name

    assert is_given_name("José") and is_given_name("Kwame") and is_given_name("Ingrid")
    assert not is_given_name("Jordan") and not is_given_name("kwame") and not is_given_name("Copper")


def test_entities_nationality_word_of_a_named_place_is_not_the_place(nlp):
    ents = _extract(nlp, "For the Zanderan opposition, May is a month of grief. Zanderan officers seized the "
                         "radio in Zandera. The Milan office of Fiat stayed open.")
    places = [e.name for e in ents if e.type in {"GPE", "LOC", "FAC"}]
    assert "Zanderan" not in places
    assert "Milan" in places  # a city whose name merely ends in -an


def test_entities_capitalised_common_noun_alone_is_not_a_place(nlp):
    ents = _extract(nlp, "[2] Maria Okonkwo, Songs from Prison, 1981, p. 12. She was held in Kiriba.")
    assert "Prison" not in {e.name for e in ents}


@pytest.mark.parametrize("byline, org", [
    ("Amara Diallo, Coastal Fishers Network, 04.11.2019", "Coastal Fishers Network"),
    ("By Amara Diallo, Nordic Peace Institute", "Nordic Peace Institute"),
    ("Amara Diallo, Sahel Solidarity Campaign, 4 November 2019", "Sahel Solidarity Campaign"),
    ("Amara Diallo | Lagoon Freedom Forum | 4 November 2019", "Lagoon Freedom Forum"),
])
def test_entities_byline_organisation_between_name_and_date(nlp, byline, org):
    ents = _extract(nlp, f"The Harbour Question\n\n{byline}\n\nThe port of Dakar was closed for a week.")
    assert org in {e.name for e in ents if e.type == "ORG"}
    assert "Amara Diallo" in {e.name for e in ents if e.type == "PERSON"}


@pytest.mark.parametrize("role", ["Staff Reporter", "Foreign Correspondent", "Political Editor"])
def test_entities_byline_role_is_no_organisation(nlp, role):
    ents = _extract(nlp, f"Dockers Walk Out in Tromso\n\nBy Henrik Dahl, {role}\n\nThe strike in Bergen ended.")
    assert role not in {e.name for e in ents}
    assert "Henrik Dahl" in {e.name for e in ents if e.type == "PERSON"}


_MEMO = """MEMORANDUM OF CONVERSATION

PARTICIPANTS:

Veridia
Admiral Tomas Kessler, Chairman of the Defence Committee
Dr. Lena Varga, Minister of Health

Canada
Mr. Paul Girard, Ambassador

The Ambassador began by thanking the Chairman for his time.

THE CHAIRMAN: We will keep the ports open.

MR. GIRARD: Ottawa will be glad to hear it.

DR. VARGA: The hospitals need fuel.

THE AMBASSADOR: I will report that.
"""


def test_entities_transcript_labels_and_roles_name_the_listed_participants(nlp):
    ents = _extract(nlp, _MEMO)
    by_name = {e.name: e for e in ents}
    kessler, varga, girard = by_name["Tomas Kessler"], by_name["Lena Varga"], by_name["Paul Girard"]
    assert "THE CHAIRMAN" in kessler.aliases and "Chairman" in kessler.aliases
    assert "DR. VARGA" in varga.aliases
    assert {"MR. GIRARD", "THE AMBASSADOR", "Ambassador"} <= set(girard.aliases)
    assert all(e.type == "PERSON" for e in (kessler, varga, girard))
    text = _MEMO
    for e in ents:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_entities_label_fitting_two_participants_names_nobody(nlp):
    memo = _MEMO.replace("Dr. Lena Varga, Minister of Health", "Dr. Lena Varga, Ambassador")
    ents = _extract(nlp, memo)
    assert not [e for e in ents if "THE AMBASSADOR" in e.aliases]


_MINUTES = """MINUTES OF THE CABINET

PRESENT:
Premier TOMAS VELD (in the chair)
Adm. IRINA BOSK, Minister of Marine
Dr. OTTO LANG, Minister of Health
OBSERVERS
KARL MEYER, Clerk of the Council

1. The Council met at noon.

THE PREMIER: We will sit again tomorrow.

ADM. BOSK: The fleet is ready.

DR. LANG: The hospitals are not.
"""


def test_entities_participants_list_names_in_capitals_are_people(nlp):
    ents = _extract(nlp, _MINUTES)
    by_name = {e.name: e for e in ents}
    veld, bosk, lang, meyer = (by_name.get(n) for n in ("TOMAS VELD", "IRINA BOSK", "OTTO LANG", "KARL MEYER"))
    assert all(e is not None and e.type == "PERSON" for e in (veld, bosk, lang, meyer)), sorted(by_name)
    assert "THE PREMIER" in veld.aliases and "ADM. BOSK" in bosk.aliases and "DR. LANG" in lang.aliases
    assert "OBSERVERS" not in by_name
    assert not [e for e in ents if e.type == "PERSON" and "Minister" in e.name]


_LINES = ["PARTICIPANTS:", "", "Norland", "General Ivo Marek, President of the Council", "Colonel Ana Bell, Secretary",
          "Sir John Dale, High Commissioner", "Mr. Tim Rowe, First Secretary (note-taker)", "THE PRESIDENT: We will see.",
          "SIR JOHN: Fine.", "COLONEL BELL: The Council will meet.", "Q: Why?", "THE SECRETARY: No.",
          "The President thanked him.", "Jane Roe, Action Network, 03.05.2019", "By Jane Roe, Action Network",
          "Jane Roe, Lisbon, 4 May 2020", "The Dockers' Union (DU) met. The union failed.", "A: B: C:",
          "Her Majesty’s Government (HMG) said so.", "officers at Toledo, Ruiz among them", "the Norlandic army",
          "PRESENT:", "Dr. ANA POPA, Minister of Health", "President JOHN ROE (in the chair)", "DR. POPA: Yes."]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.sampled_from(_LINES), min_size=1, max_size=20))
def test_entities_header_lines_in_any_order_give_valid_spans(nlp, lines):
    text = "\n".join(lines)
    for e in _extract(nlp, text):
        for m in e.mentions:
            assert text[m.start:m.end] == m.text and m.entity == e.id


def test_entities_place_prefix_makes_a_place(nlp):
    ents = _extract(nlp, "PLACE: Government Lodge, Port Amaru\n\nThe talks in Fort Kelso ended early.")
    types = {e.name: e.type for e in ents}
    assert types.get("Port Amaru") in {"GPE", "LOC"} and types.get("Fort Kelso") in {"GPE", "LOC"}


def test_entities_by_line_names_the_author_and_handle(nlp):
    ents = _extract(nlp, "How the Dockers Lost\n\nBy Tomasz Wren (@twren) on 4 June 2019\n\nThe strike began in Gdynia.")
    author = [e for e in ents if e.name == "Tomasz Wren"]
    assert len(author) == 1 and author[0].type == "PERSON" and "@twren" in author[0].aliases


def test_entities_relative_who_and_person_verbs_make_a_person(nlp):
    ents = _extract(nlp, "“We never asked for anything”, says Miriam Holt, who worked at the embassy in Oslo. "
                         "“It was chaos”, Holt explains.")
    holt = [e for e in ents if e.name == "Miriam Holt"]
    assert len(holt) == 1 and holt[0].type == "PERSON" and "Holt" in holt[0].aliases


def test_entities_office_domain_is_not_part_of_the_name(nlp):
    ents = _extract(nlp, "Minister of Labour Ricardo Salas said the strike was illegal.")
    salas = [e for e in ents if e.name == "Ricardo Salas"]
    assert len(salas) == 1 and salas[0].type == "PERSON" and "Minister of Labour" in salas[0].descriptors


def test_entities_cited_title_is_a_work_not_a_place(nlp):
    ents = _extract(nlp, "Salas was exiled in 1975.\n\n[2] Ricardo Salas, Notes from Exile, 1980, p. 7.")
    assert ("Notes from Exile", "WORK") in {(e.name, e.type) for e in ents}
    assert "Exile" not in {e.name for e in ents}


def test_entities_compass_prefix_makes_a_place(nlp):
    ents = _extract(nlp, "The Times reported that Ferro had studied at West Point, Ferro among other officers.")
    assert {e.name: e.type for e in ents}.get("West Point") in {"GPE", "LOC", "FAC"}


def test_entities_his_majestys_government_keeps_its_possessive_pronoun(nlp):
    ents = _extract(nlp, "In 1978 His Majesty's Government in London said nothing about the coup.")
    assert "His Majesty's Government" in {e.name for e in ents if e.type == "ORG"}


@pytest.mark.parametrize("text, place", [
    ("The mourners walked from St. Brigid’s Basilica to the harbour in Lunaro.", "St. Brigid’s Basilica"),
    ("The requiem is set for 2 June at St. Olaf's Church in Vesterby.", "St. Olaf's Church"),
    ("Police closed Saint Anselm's Hospital and the station.", "Saint Anselm's Hospital"),
    ("The coffin was carried to the Southern Cemetery before noon.", "Southern Cemetery"),
    ("Protesters filled the Old Market Plaza after the vote.", "Old Market Plaza"),
])
def test_entities_saints_and_facility_nouns_make_one_place_name(nlp, text, place):
    ents = _extract(nlp, text)
    types = {e.name: e.type for e in ents}
    assert types.get(place) in {"GPE", "LOC", "FAC"}, types
    assert not any(name.startswith(("St. ", "Saint ")) and name != place for name in types)


_BODY = ("\n\nBy Lena Holm\n\nForty years ago, Petra Nagy was arrested in Solvara. Nagy led the Farmers League. "
         "The government of Ostravia denied it.")


@pytest.mark.parametrize("headline, kept", [
    ("Killing of Farm Leader Deepens Ostravia's Political Crisis", {"Ostravia"}),
    ("Arrest of Farm Leader Shakes Ostravia's Government", {"Ostravia"}),
    ("The Night Ostravia Lost Its Nerve", {"Ostravia"}),
    ("Jailing of Nagy Divides Ostravia", {"Nagy", "Ostravia"}),
])
def test_entities_title_case_headline_keeps_only_names_the_body_confirms(nlp, headline, kept):
    text = headline + _BODY
    ents = _extract(nlp, text)
    in_headline = {m.text for e in ents for m in e.mentions if m.end <= len(headline)}
    assert in_headline <= kept
    assert {e.name for e in ents} >= {"Ostravia", "Solvara", "Petra Nagy"}
    assert not [e for e in ents if any(w in e.name for w in ("Shakes", "Deepens", "Night", "Arrest", "Nerve"))]


def test_entities_sentence_case_headline_is_read_as_prose(nlp):
    ents = _extract(nlp, "Forty years on – the arrest of Tomas Reyes in Solvara" + _BODY)
    assert "Tomas Reyes" in {e.name for e in ents}  # named in the headline only, and kept



def _clusters(text, names):
    """Cluster hand-made person candidates: ``names`` are found in ``text`` one after another."""
    from annalyst.extract.entities.aliases import cluster_mentions
    from annalyst.extract.entities.mentions import Candidate

    cands, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        cand = Candidate(start, start + len(name), name, "PERSON", "ner")
        cand.votes["PERSON"] += 1
        cands.append(cand)
        pos = start + len(name)
    return [{c.text for c in cluster} for cluster in cluster_mentions(cands)]


@pytest.mark.parametrize("text, names, first, second", [
    ("Elena Sorin, the union leader, was arrested. Sorin, 52, led the strike. Her sister, Ana Sorin, said the "
     "police had lied. Sorin's lawyers appealed.", ["Elena Sorin", "Sorin", "Ana Sorin", "Sorin"],
     {"Elena Sorin", "Sorin"}, {"Ana Sorin"}),
    ("SUBJECT: STRIKE LEADER SORIN ARRESTED\n\n1. ELENA SORIN was arrested today. 2. Her sister ANA SORIN "
     "told the consul that SORIN had been warned.", ["SORIN", "ELENA SORIN", "ANA SORIN", "SORIN"],
     {"ELENA SORIN", "SORIN"}, {"ANA SORIN"}),
])
def test_entities_shared_surname_used_before_the_second_bearer_is_the_first(text, names, first, second):
    clusters = _clusters(text, names)
    assert first in clusters and second in clusters


def test_entities_shared_surname_after_both_bearers_is_nobody():
    clusters = _clusters("Elena Sorin and Ana Sorin arrived. Sorin spoke first.", ["Elena Sorin", "Ana Sorin", "Sorin"])
    assert {"Sorin"} in clusters


def test_entities_first_name_alone_is_the_one_person_who_has_it():
    clusters = _clusters("Ana Sorin and her brother Radu Sorin left in 1980. Ana was arrested twice; Radu wrote "
                         "to her.", ["Ana Sorin", "Radu Sorin", "Ana", "Radu"])
    assert {"Ana Sorin", "Ana"} in clusters and {"Radu Sorin", "Radu"} in clusters


def test_entities_first_name_shared_by_two_people_binds_to_neither():
    clusters = _clusters("Ana Sorin met Ana Petrescu in Cluj. Ana said nothing.", ["Ana Sorin", "Ana Petrescu", "Ana"])
    assert {"Ana Sorin"} in clusters and {"Ana Petrescu"} in clusters and {"Ana"} in clusters


@pytest.mark.parametrize("text", [
    "The ballots from the mining town of Kolar were never counted. The chairman of the commission, Judge Marta "
    "Kolar, promised a recount. “We hide nothing,” says Judge Kolar.",
    "Judge Marta Kolar promised a recount. The returns from Kolar and three other districts were lost, Kolar said.",
    "Judge Marta Kolar promised a recount, but the returns from the Kolar district were lost.",
])
def test_entities_name_the_text_calls_a_place_is_not_the_person_with_that_surname(nlp, text):
    ents = _extract(nlp, text)
    places = [e for e in ents if e.name == "Kolar"]
    person = [e for e in ents if e.name == "Marta Kolar"]
    assert len(places) == 1 and places[0].type in {"GPE", "LOC"}
    assert len(person) == 1 and person[0].type == "PERSON"
    place_at = {m.start for m in places[0].mentions}
    assert not place_at & {m.start for m in person[0].mentions}


def test_entities_the_town_of_x_describes_x(nlp):
    ents = _extract(nlp, "The ballots from the mining town of Kolar were never counted.")
    assert "mining town" in next(e for e in ents if e.name == "Kolar").descriptors


def test_entities_titled_surname_is_no_bare_alias(nlp):
    ents = _extract(nlp, "Dr. Lena Hart met the mayor of Vessa. Later, Dr. Hart said the clinic would open in May.")
    hart = next(e for e in ents if e.name == "Lena Hart")
    assert "Dr. Hart" in hart.aliases and "Hart" not in hart.aliases


def test_entities_title_split_from_its_dot_is_still_a_title(nlp):
    text = "PRESENT:\nGen. SAMUEL OKORO, Chief of Staff\n\n1. GEN. OKORO reported that the bridge at Tamale was open."
    okoro = next(e for e in _extract(nlp, text) if e.name == "SAMUEL OKORO")
    assert "GEN. OKORO" in okoro.aliases and "OKORO" not in okoro.aliases


def test_entities_person_span_takes_in_the_surname_its_first_name_modifies(nlp):
    from spacy.tokens import Span

    from annalyst.extract.entities.mentions import collect_mentions

    doc = nlp("President Ruben Kadar declared a curfew in the capital on Friday.")
    assert doc[1].dep_ == "compound" and doc[1].head.i == 2  # the parse the rule reads
    doc.ents = [Span(doc, 1, 2, label="PERSON")]  # the model's slip: "Ruben" alone
    assert [c.text for c in collect_mentions(doc)] == ["Ruben Kadar"]


@pytest.mark.parametrize("text", [
    "The frigates were ordered from Halvorsen Marine Ltd. in May. Halvorsen said in a statement that it had "
    "broken no law.",
    "Halvorsen Marine Ltd. won the tender. The ministry later paid Halvorsen Marine twice, and Halvorsen denied it.",
])
def test_entities_company_first_name_alone_is_the_company(nlp, text):
    ents = _extract(nlp, text)
    companies = [e for e in ents if "Halvorsen" in e.aliases or e.name == "Halvorsen"]
    assert len(companies) == 1 and companies[0].type == "ORG", [(e.name, e.type, e.aliases) for e in ents]


def test_entities_company_first_name_that_a_person_bears_stays_apart(nlp):
    ents = _extract(nlp, "The grant came from the Pelham Trust Ltd. in 1990. Judge Anna Pelham chaired it, "
                         "and Pelham said the money was clean.")
    trust = next(e for e in ents if e.type == "ORG" and "Pelham Trust" in e.name)
    assert "Pelham" not in trust.aliases


def test_entities_courtesy_title_tells_two_bearers_of_a_surname_apart(nlp):
    ents = _extract(nlp, "“We stay out,” said Ana Dorin, head of the nurses' union. Ms. Dorin, who is no relation "
                         "of the minister, spoke at a rally. Finance Minister Pavel Dorin said the budget was fixed. "
                         "“Not one cent more,” Dorin told reporters.")
    ana, pavel = (next(e for e in ents if e.name == n) for n in ("Ana Dorin", "Pavel Dorin"))
    assert "Ms. Dorin" in ana.aliases and "Dorin" not in ana.aliases
    assert "Dorin" in pavel.aliases and "Ms. Dorin" not in pavel.aliases


def test_entities_shared_surname_is_the_bearer_not_called_by_first_name():
    clusters = _clusters("Ana Dorin led the strike. Pavel Dorin, the minister, refused. Ana did not give in. "
                         "Dorin resigned in April.", ["Ana Dorin", "Pavel Dorin", "Ana", "Dorin"])
    assert {"Ana Dorin", "Ana"} in clusters and {"Pavel Dorin", "Dorin"} in clusters


def test_entities_shared_surname_stays_nobodys_when_two_bearers_go_by_it():
    clusters = _clusters("Ana Dorin, Pavel Dorin and Ilie Dorin came. Ana left. Dorin stayed.",
                         ["Ana Dorin", "Pavel Dorin", "Ilie Dorin", "Ana", "Dorin"])
    assert {"Dorin"} in clusters


def test_entities_first_name_the_model_called_an_organisation_is_the_person():
    from annalyst.extract.entities.aliases import cluster_mentions
    from annalyst.extract.entities.mentions import Candidate

    text = "Ana Dorin was elected. Ana did not hesitate. The UNA met."
    cands = []
    for name, label in (("Ana Dorin", "PERSON"), ("Ana", "ORG"), ("UNA", "ORG")):
        start = text.index(name, cands[-1].end if cands else 0)
        cand = Candidate(start, start + len(name), name, label, "ner")
        cand.votes[label] += 1
        cands.append(cand)
    clusters = [{c.text for c in cluster} for cluster in cluster_mentions(cands)]
    assert {"Ana Dorin", "Ana"} in clusters and {"UNA"} in clusters


def test_entities_minutes_participant_is_not_the_surname_with_another_title(nlp):
    text = ("PRESENT:\nCol. PAVEL DORIN, Minister of Finance\nDr. ILSE VOGT, Minister of Health\n\n"
            "DR. VOGT: Mrs. Dorin is a nurse, not an agitator.\n\nCOL. DORIN: Then let her say so.\n")
    ents = _extract(nlp, text)
    pavel = next(e for e in ents if e.name == "PAVEL DORIN")
    assert "COL. DORIN" in pavel.aliases and "Mrs. Dorin" not in pavel.aliases
    assert [e for e in ents if "Mrs. Dorin" in e.aliases]


@pytest.mark.parametrize("text", [
    "OSTRAVA, Norland, May 3 (Newsline) - Farmers blocked the roads into the capital on Friday.",
    "Farm Protest Spreads\n\nKELSO, March 9 (Agrapress) – Farmers blocked the roads on Friday, Agrapress reported.",
])
def test_entities_dateline_agency_is_an_organisation(nlp, text):
    agency = "Newsline" if "Newsline" in text else "Agrapress"
    found = [e for e in _extract(nlp, text) if e.name == agency]
    assert len(found) == 1 and found[0].type == "ORG"
    assert len(found[0].mentions) == text.count(agency)


def test_entities_numbered_facility_is_a_place(nlp):
    ents = _extract(nlp, "Police sealed off Pier 4 on Sunday and searched the trawler. Pier 4 stayed closed.")
    assert {e.name: e.type for e in ents}.get("Pier 4") == "FAC"


def test_entities_footnote_mark_glued_to_a_word_is_no_part_of_the_name(nlp):
    ents = _extract(nlp, "It is told in her account of the century.[3] Teodora Brandl, who teaches in Ostrava, "
                         "found the letters.")
    assert "Teodora Brandl" in {e.name for e in ents}
    assert all("[" not in m.text and "]" not in m.text for e in ents for m in e.mentions)


@pytest.mark.parametrize("text, name, acronym", [
    ("Its leader was Pavel Orsk of the Farmers' Mutual Union (FMU), a small group. The FMU lost.",
     "Farmers' Mutual Union", "FMU"),
    ("The Railwaymen's Defence League and the Printers' Solidarity Union marched on Monday.",
     "Printers' Solidarity Union", None),
    ("The Dockers’ Defence League called a strike in Varna.", "Dockers’ Defence League", None),
])
def test_entities_plural_possessor_opens_an_organisation_name(nlp, text, name, acronym):
    ents = _extract(nlp, text)
    org = [e for e in ents if e.name == name]
    assert len(org) == 1 and org[0].type == "ORG"
    assert acronym is None or acronym in org[0].aliases
    assert not [e for e in ents if e.name in {"Farmers", "Printers", "Dockers"}]


def test_entities_lower_case_title_ending_a_sentence_is_no_title_of_the_next_name(nlp):
    ents = _extract(nlp, "Anna Koval, the mayor's wife, was a director. Ivo Koval resigned in May.")
    ivo = [e for e in ents if e.name == "Ivo Koval"]
    assert len(ivo) == 1 and ivo[0].aliases == ("Ivo Koval",) and "director." not in ivo[0].descriptors


def test_entities_apposition_is_typed_by_its_head_noun_not_a_modifier(nlp):
    ents = _extract(nlp, "Two guards were hurt, among them Petar Lisk, the party chairman's cousin. The rest fled.")
    assert [e.type for e in ents if e.name == "Petar Lisk"] == ["PERSON"]


@pytest.mark.parametrize("text, principal, relative", [
    ("Strikers led by Ivo Marek of the Dockworkers' Unity Federation (DUF) blocked the port. Two men were hurt, "
     "among them Luka Marek, the strike leader's nephew. Years later, Marek said: \"They lied to us.\"",
     "Ivo Marek", "Luka Marek"),
    ("The march was led by Tomas Varga. Two men were arrested, among them Pavel Varga, the organiser's son. "
     "In 2010, Varga said the police had lied.", "Tomas Varga", "Pavel Varga"),
])
def test_entities_shared_surname_is_not_the_bearer_introduced_as_a_relative(nlp, text, principal, relative):
    ents = {e.name: e for e in _extract(nlp, text)}
    assert ents[principal].type == ents[relative].type == "PERSON"  # "Ivo Marek" was the model's ORG
    surname = principal.split()[-1]
    assert surname in ents[principal].aliases and surname not in ents[relative].aliases
    assert surname not in ents


def test_entities_newspaper_is_an_organisation_and_its_first_word_a_city(nlp):
    ents = {e.name: e for e in _extract(nlp, "Velmar was cold that winter. Velmar had two mills, and Anton Hale "
                                             "ran both. The Velmar Courier said so.")}
    assert ents["Velmar Courier"].type == "ORG"
    assert ents["Velmar"].type == "GPE" and "Velmar" not in ents["Velmar Courier"].aliases


def test_entities_name_ending_in_post_may_still_be_a_person(nlp):
    ents = _extract(nlp, "The story ran in the Velmar Courier on Monday. Critics in Velmar said little. It was "
                         "reprinted by the Velmar Courier. Dana Post wrote it.")
    assert [e.type for e in ents if e.name == "Dana Post"] == ["PERSON"]


def test_entities_publication_noun_in_apposition_makes_an_organisation(nlp):
    ents = _extract(nlp, "From Lorapedia, the free encyclopedia of Lorish history\n\nThe mill strike was in 1988.")
    assert [e.type for e in ents if e.name == "Lorapedia"] == ["ORG"]


@pytest.mark.parametrize("text", [
    "Judge Anton Velk chaired the inquiry. Most of the workers lived in Velk, and the Velk mill employed 900 people.",
    "Judge Velk's commission sat for a year. In March the police cleared the mill at Velk, and Velk still makes steel.",
])
def test_entities_name_used_as_a_place_is_not_the_person_named_after_it(nlp, text):
    ents = _extract(nlp, text)
    person = [e for e in ents if e.type == "PERSON"]
    place = [e for e in ents if e.type != "PERSON" and e.name == "Velk"]
    assert len(person) == 1 and "Velk" not in person[0].aliases
    assert len(place) == 1 and len(place[0].mentions) >= 2


def test_entities_headline_in_capitals_keeps_its_names(nlp):
    ents = _extract(nlp, "FERRY STRIKE HITS TARLEVO AS BRANDIKOV WALKS OUT\n\nThe ferry workers in Tarlevo "
                         "stopped work on Monday after union leader Oskar Brandikov left the talks.")
    by_name = {e.name: e for e in ents}
    assert by_name["Oskar Brandikov"].type == "PERSON"
    assert any(m.text == "BRANDIKOV" for m in by_name["Oskar Brandikov"].mentions)
    assert any(m.text == "TARLEVO" for e in ents if e.type == "GPE" for m in e.mentions)


def test_entities_text_all_in_capitals_still_has_names(nlp):
    ents = _extract(nlp, "COLONEL RAMON ESTIVEZ SAID THAT GUERRILLAS ATTACKED A PATROL NEAR TARLEVO ON "
                         "THURSDAY AND THAT FIVE SOLDIERS WERE KILLED.")
    types = {m.text: e.type for e in ents for m in e.mentions}
    assert types.get("RAMON ESTIVEZ") == "PERSON"
    assert types.get("TARLEVO") == "GPE"


@pytest.mark.parametrize("dateline, place", [
    ("MERVANSK 2031-05-03", "MERVANSK"),
    ("MERVANSK , Norland 2031-05-03", "MERVANSK"),
    ("Port Aldren, May 3, 2031, 9:40 a.m.", "Port Aldren"),
])
def test_entities_dateline_names_a_place(nlp, dateline, place):
    ents = _extract(nlp, f"FERRY SERVICE RESUMES\n{dateline}\nThe first boat left on time.")
    assert any(m.text == place for e in ents if e.type in {"GPE", "LOC"} for m in e.mentions)


def test_entities_dash_between_spaces_separates_two_names(nlp):
    ents = _extract(nlp, "Norland - Oskar Brandikov ( 12th ) , Piet Vanlo ( 80th )")
    assert "Oskar Brandikov" in {m.text for e in ents for m in e.mentions}


def test_entities_standings_table_rows_are_teams(nlp):
    ents = _extract(nlp, "Standings after Sunday's games:\nVelmora 4 2 1 1 7 5 7\nOrlund 4 2 0 2 6 6 6\n"
                         "Vesterby 4 0 1 3 2 10 1\n")
    types = {m.text: e.type for e in ents for m in e.mentions}
    assert types.get("Velmora") == types.get("Orlund") == types.get("Vesterby") == "ORG"


def test_entities_result_line_names_both_teams(nlp):
    ents = _extract(nlp, "Results of the weekend:\nVelmora 3 Orlund 1\nVesterby 0 Kallmark 2\n")
    spans = {(m.text, e.type) for e in ents for m in e.mentions}
    assert {("Velmora", "ORG"), ("Orlund", "ORG"), ("Vesterby", "ORG"), ("Kallmark", "ORG")} <= spans


def test_entities_line_up_and_ranking_list_people(nlp):
    ents = _extract(nlp, "Norland : Oskar Brandikov , Piet Vanlo ( captain ) , Emil Ostrander .\n"
                         "1. Ana Velikova ( Bulgaria ) 3:31.674\n")
    types = {m.text: e.type for e in ents for m in e.mentions}
    assert types.get("Oskar Brandikov") == types.get("Emil Ostrander") == types.get("Ana Velikova") == "PERSON"
    assert types.get("Bulgaria") == "GPE"


def test_entities_prose_is_no_table(nlp):
    ents = _extract(nlp, "Officials in Velmora said on 3 May that 12 of the 40 boats would sail.")
    assert {m.text: e.type for e in ents for m in e.mentions}.get("Velmora") == "GPE"


def test_entities_telegram_titles_make_a_person(nlp):
    ents = _extract(nlp, "Having consulted with PM Varnak, I told FonMin Ostrel that the raid was a mistake.")
    types = {m.text: e.type for e in ents for m in e.mentions}
    assert types.get("Varnak") == types.get("Ostrel") == "PERSON"


def test_entities_plural_nationality_is_no_place(nlp):
    ents = _extract(nlp, "Talks with Norland went on. The Norlandians said the border stayed closed.")
    assert "Norlandians" not in {m.text for e in ents if e.type in {"GPE", "LOC", "PERSON", "ORG"} for m in e.mentions}


def test_entities_imperative_is_no_first_name(nlp):
    ents = _extract(nlp, "Please inform the embassy at once. Tell Varnak it may be necessary to wait.")
    assert "Tell Varnak" not in {m.text for e in ents for m in e.mentions}


def test_entities_initial_and_surname_is_the_full_name(nlp):
    ents = _extract(nlp, "Anton Quell opened the meeting of the harbour board.\n\nThe board agreed to meet again.\n\n"
                         "A. QUELL\nChairman")
    quell = [e for e in ents if e.name == "Anton Quell"]
    assert len(quell) == 1 and len([e for e in ents if "QUELL" in e.name.upper()]) == 1


def test_entities_acronym_of_no_country_is_a_body(nlp):
    ents = _extract(nlp, "The draft went to the TKC on Monday. Members of the TKC met in Velmora to discuss it.")
    assert {m.text: e.type for e in ents for m in e.mentions}.get("TKC") == "ORG"


def test_entities_nationality_before_a_noun_is_no_place(nlp):
    ents = _extract(nlp, "The campaign went on in Norlandian areas of the valley, and the Norlandians, who "
                         "had fled, came back.")
    places = {m.text for e in ents if e.type in {"GPE", "LOC", "PERSON"} for m in e.mentions}
    assert not {"Norlandian", "Norlandians"} & places


def test_entities_hyphenated_pair_of_surnames_is_two_people(nlp):
    ents = _extract(nlp, "Officials said the Meldrin-Castova talks would resume in Tarlevo. Meldrin arrived on "
                         "Monday; Castova followed.")
    spans = {(m.text, e.type) for e in ents for m in e.mentions}
    assert ("Meldrin", "PERSON") in spans and ("Castova", "PERSON") in spans
    assert not any("-" in m.text for e in ents for m in e.mentions)


def test_entities_double_barrelled_surname_stays_one_name(nlp):
    ents = _extract(nlp, "Ann Veldt-Orso said the harbour would reopen.")
    assert "Ann Veldt-Orso" in {e.name for e in ents if e.type == "PERSON"}


def test_entities_headline_keeps_names_whose_form_speaks_for_itself(nlp):
    ents = _extract(nlp, "Memorandum From Harold K. Vantree of the Planning Staff to President Oskarsen in Norland\n\n"
                         "The raid was discussed at length. The staff advised waiting.")
    names = {m.text for e in ents for m in e.mentions}
    assert {"Harold K. Vantree", "Oskarsen"} <= names


def test_entities_plural_head_word_makes_an_organisation(nlp):
    ents = _extract(nlp, "It was coordinated with the Office of Coastal Affairs and the Velmora Harbour Services.")
    assert "Velmora Harbour Services" in {e.name for e in ents if e.type == "ORG"}


def test_entities_acronym_in_prose_the_model_missed_is_a_body(nlp):
    ents = _extract(nlp, "We noted our concern over the magnitude of TDF action near the border last week.\n"
                         "Ref: POL 27-1 TARV-NORL\n")
    names = {m.text: e.type for e in ents for m in e.mentions}
    assert names.get("TDF") == "ORG"
    assert "POL" not in names and "TARV" not in names


def test_entities_peoples_government_and_its_acronym_are_one(nlp):
    ents = _extract(nlp, "The Kenyan Government protested on Monday. GOK said the raid broke the truce.")
    gov = [e for e in ents if "GOK" in e.aliases]
    assert len(gov) == 1 and "Government of Kenya" in gov[0].aliases


def test_entities_what_only_a_person_has_makes_a_person(nlp):
    ents = _extract(nlp, "We felt that, with Varnak's appointment, the mood in the capital might change.")
    assert {m.text: e.type for e in ents for m in e.mentions}.get("Varnak") == "PERSON"


def test_entities_message_sent_to_a_name_goes_to_a_person(nlp):
    ents = _extract(nlp, "You could send a message to Ostrel restating our interests, or letters to both "
                         "King Harald and Ostrel.")
    assert {m.text: e.type for e in ents for m in e.mentions}.get("Ostrel") != "GPE"


def test_entities_initial_and_surname_in_a_scorecard_is_a_person(nlp):
    ents = _extract(nlp, "Results of the second day:\nVelmora 468 ( J. Ostrel 94 , M. Vantree 70 ) , Orlund 195 .\n")
    types = {m.text: e.type for e in ents for m in e.mentions}
    assert types.get("M. Vantree") == types.get("J. Ostrel") == "PERSON"
    assert types.get("Velmora") == "ORG"


def test_entities_the_office_is_its_one_holder(nlp):
    ents = _extract(nlp, "President Tomas Varnak arrived in Tarlevo on Monday. The President said the talks went "
                         "well. The President of Orlund stayed home.")
    varnak = [e for e in ents if e.name == "Tomas Varnak"]
    assert len(varnak) == 1 and len(varnak[0].mentions) == 2


def test_entities_truecase_opens_sentences_not_broken_lines_and_lowers_occupations():
    from annalyst.extract.entities.capitals import capital_blocks, truecase

    text = "ARMED MEN SEIZED\nBUSINESSMAN ODO VARSKI IN TELMAR. THE POLICE CAME.\n"
    cased = truecase(text, capital_blocks(text))
    assert len(cased) == len(text)
    assert "\nbusinessman Odo Varski" in cased  # a line broken mid-sentence opens nothing
    assert ". The police" in cased or ". The Police" in cased  # a sentence's first word is capitalised


def test_participants_heading_without_colon_is_read_as_by_the_quotes():
    from annalyst.extract.entities.headers import listed_names

    text = ("MEMORANDUM OF CONVERSATION\nParticipants\nDr. ANA POPA, Minister of Health\nAmbassador Teo Varsk\n\n"
            "The Minister opened the meeting and spoke at length about the plans for the coming year.\n")
    assert [text[a:b] for a, b in listed_names(text)] == ["ANA POPA", "Teo Varsk"]
