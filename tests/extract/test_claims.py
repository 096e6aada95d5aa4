"""Claims: holder, stance and span of propositions, on hand-written sentences."""

from __future__ import annotations

import pytest

from annalyst.extract.claims import country_key


def _claims(analysis, word):
    return [c for c in analysis.claims if word in c.text]


def _holder_name(analysis, claim):
    entity = next((e for e in analysis.entities if e.id == claim.holder), None)
    return entity.name if entity else claim.holder


def test_claims_reported_negated_complement_is_held_and_denied_by_the_speaker(analyse_text):
    a = analyse_text("Senator Maria Lopez claimed that the Spanish government was not involved in the 1981 coup "
                     "but only knew about it.")
    [claim] = _claims(a, "was not involved")
    assert "Lopez" in _holder_name(a, claim)
    assert claim.stance == "denies"
    assert claim.cue == "claimed"
    assert "knew" not in claim.text  # the coordinated clause is another proposition


def test_claims_myth_that_frames_a_denial_by_the_author(analyse_text):
    a = analyse_text("Many still repeat the myth that British agents organised the 1953 coup in Iran.")
    [claim] = _claims(a, "organised")
    assert claim.holder == "author"
    assert claim.stance == "denies"
    assert claim.text.startswith("the myth")
    assert "united kingdom" in claim.actors


def test_claims_hard_to_accept_doubts_the_reported_claim_it_points_back_to(analyse_text):
    a = analyse_text("General Paul Kern claimed that the army did not fire on the crowd in 1989. "
                     "It is hard to accept this claim, because dozens of witnesses saw the soldiers shoot.")
    [reported] = _claims(a, "did not fire")
    [doubt] = [c for c in a.claims if c.text.startswith("It is hard to accept")]
    assert doubt.holder == "author" and doubt.stance == "doubts"
    assert doubt.target == reported.id
    assert doubt.polarity == -reported.polarity
    assert "witnesses" not in doubt.text


def test_claims_allegedly_marks_the_author_doubting(analyse_text):
    a = analyse_text("The Egyptian navy allegedly supplied the rebels with rifles in 1990.")
    [claim] = _claims(a, "supplied")
    assert claim.holder == "author"
    assert claim.stance == "doubts"


def test_claims_author_assertion_names_actor_side_event_and_date(analyse_text):
    a = analyse_text("In 1954 the elected president was removed in a coup supported by the British government.")
    [claim] = _claims(a, "supported by")
    assert claim.holder == "author" and claim.stance == "asserts"
    assert claim.predicate == "involvement"
    assert claim.actors == ("united kingdom",)
    assert claim.event_type == "coup"


def test_claims_direct_speech_is_not_the_authors_claim(analyse_text):
    a = analyse_text('The colonel told reporters: "We backed the coup and we are proud of it."')
    assert not [c for c in a.claims if c.holder == "author" and "backed" in c.text]


def test_claims_spans_are_the_documents_text(analyse_text):
    text = ("Officer Dan Reyes denied that the police had tortured prisoners in 1976. It is false that the "
            "governor ordered the arrests. The Mexican army reportedly backed the strike-breakers.")
    a = analyse_text(text)
    assert a.claims
    for claim in a.claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.id == f"{a.document.id}:C{claim.start}" or claim.id.startswith(f"{a.document.id}:C{claim.start}-")
    stances = {c.cue: c.stance for c in a.claims}
    assert stances.get("denied") == "denies"
    assert any(c.stance == "denies" and "ordered" in c.text for c in a.claims)


@pytest.mark.parametrize(("text", "places", "key"), [
    ("U.S.", (), "united states"),
    ("the United States", (), "united states"),
    ("American", (), "united states"),
    ("Chilean", ("chile",), "chile"),
    ("Peruvian", ("peru",), "peru"),
    ("Israeli", (), "israel"),
    ("Zembian", (), None),  # the demonym of a state neither the text nor any table knows
    ("Zembian", ("zembia",), "zembia"),
    ("Her Majesty's Government", (), "united kingdom"),
    ("government", (), None),
])
def test_claims_country_key_reads_names_demonyms_and_agencies(text, places, key):
    assert country_key(text, places) == key


@pytest.mark.parametrize(("text", "places", "key"), [
    ("Ghanaian", (), "ghana"),
    ("Indian", (), "india"),  # the likelier of the states sharing a demonym
    ("Accra", ("accra",), "ghana"),  # a capital the text names as a place stands for its state
    ("Accra", (), None),
    ("Jordan", (), None),  # a one-word state name only where the text makes it a place
])
def test_claims_country_key_knows_every_states_demonym_and_capital(text, places, key):
    pytest.importorskip("countryinfo")
    assert country_key(text, places) == key


def test_claims_denied_involvement_noun_is_the_subjects_denial(analyse_text):
    a = analyse_text("The KGB has always denied any involvement in the 1968 invasion.")
    [claim] = _claims(a, "denied")
    assert claim.stance == "denies" and claim.polarity == -1
    assert claim.predicate == "involvement"
    assert claim.actors == ("soviet union",)
    assert claim.holder is not None and claim.holder != "author"


def test_claims_according_to_names_the_holder(analyse_text):
    a = analyse_text("According to Ambassador Hugo Frei, the Swiss government did not take part in the 1979 coup.")
    [claim] = _claims(a, "take part")
    assert "according to" not in claim.text.lower()
    assert "Frei" in _holder_name(a, claim)
    assert claim.stance == "denies" and claim.predicate == "involvement"


def test_claims_hyphenated_backer_is_the_actor(analyse_text):
    a = analyse_text("The 1964 coup was a U.S.-backed operation.")
    [claim] = _claims(a, "U.S.-backed")
    assert claim.actors == ("united states",) and claim.event_type == "coup" and claim.dates == ("1964",)


def test_claims_verdict_on_this_claim_targets_the_reported_claim(analyse_text):
    a = analyse_text("Colonel Ivan Petrov wrote that Polish agents organised the 1970 strike. His account is exaggerated.")
    [reported] = _claims(a, "organised")
    [verdict] = _claims(a, "exaggerated")
    assert verdict.holder == "author" and verdict.stance == "doubts"
    assert verdict.target == reported.id


def test_claims_undated_mention_takes_the_documents_date_but_not_an_earlier_event(analyse_text):
    a = analyse_text("In 1976 the army seized power in a coup backed by the Argentine navy. "
                     "Minister Luis Vega said that the navy did not support the coup. "
                     "Vega admitted that the navy had backed an earlier coup attempt.")
    [undated] = _claims(a, "did not support")
    assert undated.dates == ("1976",)
    [earlier] = _claims(a, "earlier")
    assert earlier.dates == ()


def test_claims_inside_a_quotation_belong_to_its_speaker(analyse_text):
    a = analyse_text("“The Cuban army armed the rebels in 1975,” said General Omar Diaz. Did Cuba back the coup?")
    armed = _claims(a, "armed the rebels")
    assert armed and all("Diaz" in _holder_name(a, c) for c in armed)
    assert not _claims(a, "back the coup")  # a question puts nothing forward


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("The Dutch government had nothing to do with the 1965 killings.", "nothing to do", "denies"),
    ("The French army played no role in the 1961 putsch.", "no role", "denies"),
    ("The Portuguese police were not responsible for the 1975 massacre.", "not responsible", "denies"),
    ("The claim that Belgian officers organised the 1961 murder is false.", "organised", "denies"),
    ("There is no evidence that the Greek navy backed the 1974 coup.", "backed", "doubts"),
    ("It is hard to believe that the army did not plan the 1973 coup.", "did not plan", "doubts"),
])
def test_claims_denial_and_doubt_cues_give_the_authors_stance(analyse_text, text, words, stance):
    a = analyse_text(text)
    claims = _claims(a, words)
    assert [(c.holder, c.stance) for c in claims] == [("author", stance)]
    assert claims[0].predicate == "involvement"


def test_claims_rejected_claims_are_the_subjects_denial(analyse_text):
    a = analyse_text("Minister Ana Ruiz rejected claims that the Turkish army armed the rebels in 1974.")
    [claim] = _claims(a, "armed the rebels")
    assert "Ruiz" in _holder_name(a, claim)
    assert claim.stance == "denies" and claim.polarity == -1


def test_claims_frame_noun_with_parenthetical_and_pointing_this(analyse_text):
    a = analyse_text("Grant kept away from the region because of the fable—repeated everywhere—that he and "
                     "CIA Director Allen Dulles ordered the 1961 murder. Devlin claimed that the American "
                     "government did not take part in the killing. This is hard to believe.")
    [fable] = _claims(a, "ordered")
    assert fable.holder == "author" and fable.stance == "denies" and fable.text.startswith("the fable")
    [reported] = _claims(a, "did not take part")
    [doubt] = _claims(a, "This is hard")
    assert doubt.target == reported.id and doubt.stance == "doubts"


def test_claims_rumour_content_clause_is_not_the_authors_assertion(analyse_text):
    a = analyse_text("The rumour that the Greek navy backed the coup spread quickly.")
    assert not [c for c in a.claims if c.holder == "author" and c.stance == "asserts" and "backed" in c.text]


def test_claims_possessive_claim_noun_is_held_by_its_owner_and_judged_by_the_author(analyse_text):
    a = analyse_text("Minister Carl Holm's claim that the Danish navy did not support the 1944 uprising is false.")
    [held] = [c for c in a.claims if c.holder != "author"]
    assert "Holm" in _holder_name(a, held) and held.stance == "denies"
    [verdict] = [c for c in a.claims if c.holder == "author"]
    assert verdict.target == held.id and verdict.stance == "denies" and verdict.polarity == -held.polarity


def test_claims_agent_noun_after_copula_is_an_involvement_claim(analyse_text):
    a = analyse_text("The French government was never a backer of the 1961 putsch.")
    [claim] = _claims(a, "backer")
    assert (claim.holder, claim.stance, claim.predicate, claim.actors) == ("author", "denies", "involvement",
                                                                           ("france",))


def test_claims_long_clause_leaves_its_setting_out_but_keeps_its_date(analyse_text):
    a = analyse_text("Three months later, on 21 September 1976, at the height of a long and bitter campaign against "
                     "exiles, the secret police of the Chilean regime murdered the former ambassador and his young "
                     "colleague with a car bomb in the middle of the capital city.")
    [claim] = _claims(a, "murdered")
    assert claim.text.startswith("the secret police")
    assert any(d.startswith("1976") for d in claim.dates)


def test_claims_first_person_disbelief_is_the_authors_doubt(analyse_text):
    a = analyse_text("I do not believe that the CIA organised the 1973 coup. "
                     "Ivan Sorokin, a former KGB officer, insisted that Moscow had no role in the 1968 invasion.")
    [doubt] = _claims(a, "organised")
    assert (doubt.holder, doubt.stance, doubt.polarity) == ("author", "doubts", -1)
    [denial] = _claims(a, "no role")
    assert "Sorokin" in _holder_name(a, denial) and denial.stance == "denies"
    assert denial.actors == ("soviet union",)


@pytest.mark.parametrize(("text", "holder", "stance", "actors"), [
    ("The CIA's role in the 1973 coup is well documented.", "author", "asserts", ("united states",)),
    ("The involvement of the Soviet Union in the 1970 election is a myth.", "author", "denies", ("soviet union",)),
    ("Senator Ada Kim denied the CIA's role in the 1973 coup.", "Kim", "denies", ("united states",)),
])
def test_claims_role_nouns_carry_their_owner_as_actor(analyse_text, text, holder, stance, actors):
    a = analyse_text(text)
    [claim] = a.claims
    assert holder in _holder_name(a, claim) and claim.stance == stance and claim.actors == actors


def test_claims_conjunct_of_a_reported_clause_stays_with_its_holder(analyse_text):
    a = analyse_text("Karl Weber claimed that the government of the USA was not involved in the 1973 coup "
                     "but supported the junta afterwards.")
    [denial] = _claims(a, "not involved")
    [conjunct] = _claims(a, "supported the junta")
    assert conjunct.holder == denial.holder != "author"
    assert conjunct.event_type != "coup"  # supporting the junta is not taking part in the coup


@pytest.mark.parametrize("text", ["", "allegedly", "Allegedly, allegedly!", "According to", "This is false.",
                                  "There is no evidence.", "It is hard to accept this claim.", "He said that."])
def test_claims_fragments_give_no_claim(analyse_text, text):
    assert analyse_text(text).claims == ()


def test_claims_story_that_is_a_myth_is_the_authors_denial(analyse_text):
    # the parser reads this "that" as a relative pronoun; the clause has its own subject and object
    a = analyse_text("In March 1971 the miners struck. By April 1971 the pits were closed. "
                     "The story that Russia planned the strike is a myth that nobody believes.")
    [claim] = _claims(a, "planned")
    assert claim.holder == "author" and claim.stance == "denies" and claim.polarity == -1
    assert claim.actors == ("russia",) and claim.event_type == "strike"
    assert "nobody believes" not in claim.text


def test_claims_story_that_someone_told_is_no_content_clause(analyse_text):
    a = analyse_text("The story that the old sailor told about the 1912 mutiny is a myth.")
    assert not [c for c in a.claims if c.stance == "denies" and "told" in c.text]


def test_claims_undated_event_takes_the_year_the_text_is_about(analyse_text):
    a = analyse_text("In May 1982 the railwaymen struck. By June 1982 the line was closed, and in July 1982 "
                     "the union gave in. Nobody doubts that Spanish agents financed the strike.",
                     published="2015-04-02")
    [claim] = _claims(a, "financed")
    assert claim.dates == ("1982",)


def test_claims_with_the_blessing_of_a_state_makes_it_an_actor(analyse_text):
    a = analyse_text("In June 1958 Colonel Ruiz overthrew the government of President Vargas "
                     "with the support of the French government. In 1960 the army seized power with American backing.")
    [french] = [c for c in a.claims if c.text.startswith("with the support")]
    assert french.holder == "author" and french.stance == "asserts"
    assert french.predicate == "involvement" and french.actors == ("france",) and french.event_type == "coup"
    [american] = _claims(a, "American backing")
    assert american.actors == ("united states",)


def test_claims_elected_government_is_no_election(analyse_text):
    a = analyse_text("In 1962 General Tomas Brun overthrew the elected government.")
    [claim] = _claims(a, "overthrew")
    assert claim.event_type == "coup"


def test_claims_appositive_person_holds_the_report_not_the_organisation(analyse_text):
    a = analyse_text("The Miners' Federation's chairman, Walter Grimm, had warned for months that the pits would close.")
    [claim] = _claims(a, "pits would close")
    assert "Grimm" in _holder_name(a, claim)
    assert claim.stance == "asserts"


def test_claims_indirect_question_puts_nothing_forward(analyse_text):
    a = analyse_text("Senator Ana Ruiz knew what the colonels would do.")
    # the author says Ruiz knew; Ruiz is not the holder of "the colonels would do" anything
    assert [(c.holder, c.predicate) for c in a.claims] == [("author", "knowledge")]


_TRANSCRIPT = """MEMORANDUM

PARTICIPANTS: General Tomas Brun, Chairman of the Junta; Henri Dubois, French Ambassador

GENERAL BRUN: I know that Paris was worried by the events of May 1971. You may tell your minister that we are \
not a gang of bandits.

DUBOIS: Did the French embassy know about the coup in advance?

GENERAL BRUN: No. Nobody outside the army knew. I did not tell my own wife.
"""


def test_claims_first_person_in_a_transcript_turn_is_the_speakers(analyse_text):
    a = analyse_text(_TRANSCRIPT)
    [worried] = _claims(a, "Paris was worried")
    assert "Brun" in _holder_name(a, worried) and worried.stance == "asserts"
    [bandits] = _claims(a, "gang of bandits")  # "you may tell your minister that ...": the speaker's message
    assert "Brun" in _holder_name(a, bandits) and bandits.stance == "denies"
    assert not [c for c in a.claims if c.holder == "author"]


def test_claims_answer_takes_the_questions_event_and_actor_under_nobody(analyse_text):
    a = analyse_text(_TRANSCRIPT)
    [answer] = _claims(a, "Nobody outside the army knew")
    assert "Brun" in _holder_name(a, answer)
    assert answer.polarity == -1 and answer.predicate == "knowledge"
    assert answer.actors == ("france",) and answer.event_type == "coup"


def test_claims_doubt_on_a_report_targets_its_main_clause_not_its_conjunct(analyse_text):
    a = analyse_text("Minister Karl Berg claimed that Austria was not involved in the 1934 putsch but only knew "
                     "about it. It is hard to accept this claim.")
    [main] = _claims(a, "was not involved")
    [doubt] = [c for c in a.claims if c.text.startswith("It is hard")]
    assert doubt.target == main.id


@pytest.mark.parametrize(("text", "stance"), [
    ("That Britain planned the 1966 coup is a myth.", "denies"),
    ("That Britain planned the 1966 coup is not a myth.", "asserts"),
    ("The claim that Britain planned the 1966 coup is nonsense.", "denies"),
    ("The report that Britain planned the 1966 coup is false.", "denies"),
])
def test_claims_verdict_on_a_clause_as_subject(analyse_text, text, stance):
    a = analyse_text(text)
    [claim] = _claims(a, "planned")
    assert claim.holder == "author" and claim.stance == stance
    assert claim.actors == ("united kingdom",) and claim.event_type == "coup"


@pytest.mark.parametrize(("second", "stance"), [
    ("The archives show nothing of the kind.", "denies"),
    ("There is no evidence of this.", "doubts"),
])
def test_claims_pointing_refutation_denies_the_claim_before(analyse_text, second, stance):
    a = analyse_text(f"Colonel Ray Dunn claimed that Britain planned the 1966 coup. {second}")
    [reported] = _claims(a, "planned")
    [refutation] = _claims(a, second[:12])
    assert refutation.holder == "author" and refutation.stance == stance
    assert refutation.target == reported.id and refutation.polarity == -reported.polarity


def test_claims_refutation_needs_something_to_point_back_to(analyse_text):
    a = analyse_text("Colonel Ray Dunn claimed that Britain planned the 1966 coup. The documents show nothing.")
    assert not _claims(a, "documents")


def test_claims_for_them_makes_the_clause_their_view(analyse_text):
    a = analyse_text("The colonel's friends never believed it. For them the 1976 coup was organised by the CIA. "
                     "For years the CIA backed the 1976 coup.")
    [view] = _claims(a, "organised")
    assert view.holder is None and view.stance == "reports" and not view.text.startswith("For")
    [own] = _claims(a, "For years")
    assert own.holder == "author"


def test_claims_nobody_in_a_capital_denies_for_its_state_and_a_condition_is_no_claim(analyse_text):
    a = analyse_text("“Nobody in Paris knew about the 1971 coup,” said Henri Dubois. "
                     "“If there had been a plot, I would have seen it.”")
    [claim] = _claims(a, "Nobody in Paris")
    assert "Dubois" in _holder_name(a, claim)
    assert claim.polarity == -1 and claim.actors == ("france",) and claim.predicate == "knowledge"
    assert not _claims(a, "plot")


@pytest.mark.parametrize(("sentence", "stance", "polarity"), [
    ("Claims of British involvement in the coup are baseless.", "denies", -1),
    ("Allegations that London backed the coup have never been proven.", "doubts", -1),
    ("British involvement in the coup has never been proven.", "doubts", -1),
    ("Britain's role in the coup is not a myth.", "asserts", 1),
])
def test_claims_verdicts_on_a_states_part_named_by_a_noun(analyse_text, sentence, stance, polarity):
    a = analyse_text(f"In 1966 the army took power. {sentence}")
    [claim] = [c for c in a.claims if c.holder == "author" and "coup" in c.text]
    assert (claim.stance, claim.polarity) == (stance, polarity)
    assert claim.actors == ("united kingdom",) and claim.event_type == "coup" and claim.dates == ("1966",)


def test_claims_title_and_caption_glued_to_a_sentence_neither_claim_nor_date_it(analyse_text):
    a = analyse_text("The Strike That Toppled Vargas\n\nStriking miners marching on the palace, 9 March 1971\n\n"
                     "In 1966 Colonel Ruiz overthrew the government with the blessing of the French government, "
                     "which had never forgiven Vargas.")
    assert not _claims(a, "Striking miners")
    [backing] = [c for c in a.claims if c.text.startswith("with the blessing")]
    assert backing.text == "with the blessing of the French government"  # not the clause about the backer
    assert backing.dates == ("1966",)


def test_claims_had_no_knowledge_and_rejected_allegations_of_involvement(analyse_text):
    a = analyse_text("In 1966 the army took power. Ambassador Lionel Grey said that the British government had no "
                     "knowledge of the coup. Minister Ann Hale rejected allegations of French involvement in the coup.")
    [unaware] = _claims(a, "no knowledge")
    assert (unaware.predicate, unaware.polarity, unaware.actors) == ("knowledge", -1, ("united kingdom",))
    [rejected] = _claims(a, "allegations")
    assert "Hale" in _holder_name(a, rejected) and rejected.stance == "denies"
    assert (rejected.predicate, rejected.polarity, rejected.actors) == ("involvement", -1, ("france",))


def test_claims_claim_made_impossible_to_sustain_is_doubted(analyse_text):
    a = analyse_text("The minutes of the cabinet, opened last year, make the story that nobody in the "
                     "government knew of the raid impossible to sustain.")
    doubted = [c for c in a.claims if c.stance == "doubts" and c.holder == "author"]
    assert doubted
    assert "nobody in the government knew" in doubted[0].text
    assert doubted[0].polarity == 1  # doubting that nobody knew: somebody knew


def test_claims_cable_post_speaking_of_itself_is_the_author(analyse_text):
    text = ("FROM: AMEMBASSY LORINVILLE\nTO: SECSTATE WASHDC\nDATE: 3 MARCH 1968\n\n"
            "1. Embassy believes that the police knew of the raid in advance.")
    a = analyse_text(text)
    [claim] = _claims(a, "police knew")
    assert claim.holder == "author"


def test_claims_embassy_outside_a_cable_is_not_the_author(analyse_text):
    a = analyse_text("The Swedish Embassy believes that the police knew of the raid in advance.")
    [claim] = _claims(a, "police knew")
    assert claim.holder != "author"


def test_claims_disbelief_in_what_was_just_claimed_doubts_it(analyse_text):
    a = analyse_text("The governor Ivo Marek always insisted that the harbour funds were spent on dredging. "
                     "I never believed that.")
    [held] = _claims(a, "harbour funds")
    [doubt] = [c for c in a.claims if c.stance == "doubts"]
    assert doubt.holder == "author"
    assert doubt.target == held.id
    assert doubt.polarity == -held.polarity


def test_claims_in_fact_is_the_author_setting_the_record_straight(analyse_text):
    a = analyse_text("The bank called the payment a fee. In fact the treasurer Paul Orr had taken a bribe of "
                     "ten thousand pounds.")
    [claim] = _claims(a, "taken a bribe")
    assert claim.holder == "author" and claim.stance == "asserts"
    assert not claim.text.lower().startswith("in fact")


def test_claims_quoted_statement_is_the_speakers_and_a_promise_is_none(analyse_text):
    a = analyse_text("“Not a single pound reached the party’s accounts. We will not resign,” "
                     "Treasurer Alan Pike told the committee.")
    [claim] = _claims(a, "reached the party")
    assert "Pike" in _holder_name(a, claim)
    assert claim.stance == "denies"
    assert not _claims(a, "resign")  # a promise puts no fact forward


def test_claims_transcript_turn_statement_is_the_speakers(analyse_text):
    text = ("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:\n\nMrs. Lina Hart, Minister of Finance\n"
            "Mr. Carl Ruiz, Ambassador\n\n"
            "THE MINISTER: The loan was approved by the cabinet in April.\n\n"
            "THE AMBASSADOR: Did the bank know?\n\n"
            "THE MINISTER: I cannot say.\n")
    a = analyse_text(text)
    [claim] = _claims(a, "loan was approved")
    assert "Hart" in _holder_name(a, claim)
    assert not _claims(a, "bank know")  # a question claims nothing


@pytest.mark.parametrize("subject", ["Not one soldier", "Not a single soldier", "No soldier"])
def test_claims_negative_subjects_deny(analyse_text, subject):
    a = analyse_text(f"General Ivan Petrov said that {subject} "
                     "had left the barracks.")
    [claim] = _claims(a, "left the barracks")
    assert claim.stance == "denies"


def test_claims_op_ed_first_person_and_negative_statements_are_the_authors(analyse_text):
    a = analyse_text("We published the accounts every year. There was no secret fund. I never met the broker. "
                     "No bank ever refused our loans. The ministry did not comment. We will win again.")
    assert [c.stance for c in _claims(a, "published the accounts")] == ["asserts"]
    assert [c.stance for c in _claims(a, "secret fund")] == ["denies"]
    assert [c.stance for c in _claims(a, "met the broker")] == ["denies"]
    assert [c.stance for c in _claims(a, "refused our loans")] == ["denies"]
    assert all(c.holder == "author" for c in a.claims)
    assert not _claims(a, "comment")  # declining to comment takes no stand
    assert not _claims(a, "win again")  # a promise puts no fact forward


def test_claims_denied_charge_named_by_a_noun_and_a_pointer_called_propaganda(analyse_text):
    a = analyse_text("The mayor Olaf Brenn resigned in 1988 but has always denied any wrongdoing. "
                     "Officials say the strike was paid for from abroad. That is propaganda.")
    [denial] = _claims(a, "wrongdoing")
    assert "Brenn" in _holder_name(a, denial) and denial.stance == "denies"
    [verdict] = _claims(a, "That is propaganda")
    assert verdict.holder == "author" and verdict.stance == "denies"
    assert verdict.target is not None


def test_claims_story_with_a_passive_clause_is_a_content_clause(analyse_text):
    a = analyse_text("But the story that two sailors were beaten by the guards is false.")
    [claim] = _claims(a, "sailors were beaten")
    assert claim.holder == "author" and claim.stance == "denies"


def test_claims_in_plain_words_is_the_author_speaking(analyse_text):
    a = analyse_text("The fees went to a firm run by his cousin. In plain words, the contractor paid the mayor's family.")
    [claim] = _claims(a, "paid the mayor")
    assert claim.holder == "author" and claim.stance == "asserts"


_CABLE = "Telegram From the Embassy in Veloria to the Department of State"


def test_claims_cable_statements_are_the_senders_assessments(analyse_text):
    a = analyse_text("1. The Kestrian raid has badly damaged the standing of the regime in Veloria. "
                     "The army will probably press for a counterattack.", title=_CABLE)
    [damage] = _claims(a, "badly damaged")
    assert damage.holder == "author" and damage.stance == "asserts"
    [forecast] = _claims(a, "press for a counterattack")
    assert forecast.holder == "author"


def test_claims_minutes_go_on_in_the_voice_of_the_last_speaker(analyse_text):
    a = analyse_text("2. Ambassador Tomas Orlen called on the Secretary. Orlen said the incident was a great shock "
                     "to his government. The operation did not go according to plan. Raid was not a prelude "
                     "to invasion.\n\n3. I replied that we saw the matter otherwise.", title=_CABLE)
    for words in ("did not go according to plan", "not a prelude"):
        [claim] = _claims(a, words)
        assert "Orlen" in _holder_name(a, claim)
    [reply] = _claims(a, "saw the matter otherwise")
    assert reply.holder == "author"


def test_claims_parenthetical_cue_makes_we_the_speakers(analyse_text):
    a = analyse_text("Ambassador Tomas Orlen called on the Secretary. We have no quarrel with Veloria, he said, "
                     "if they leave us alone.", title=_CABLE)
    [claim] = _claims(a, "no quarrel")
    assert "Orlen" in _holder_name(a, claim)


def test_claims_editorial_apparatus_holds_no_claim(analyse_text):
    a = analyse_text("The Minister spoke at length.[2]\n\n--- Footnotes ---\n[2] Telegram 1234 from Veloria is "
                     "not printed. The text of the statement is in circular telegram 5678.", title=_CABLE)
    assert not _claims(a, "not printed")
    assert not _claims(a, "circular telegram")


def test_claims_unnamed_holders_are_relayed_by_the_writer(analyse_text):
    a = analyse_text("Many of the new Kestrian leaders doubt that the old reprisal policy is wise.", title=_CABLE)
    [claim] = _claims(a, "reprisal policy")
    assert claim.holder == "author" and claim.stance == "reports"


def test_claims_news_prose_keeps_plain_statements_out(analyse_text):
    a = analyse_text("The Kestrian raid damaged the standing of the regime in Veloria.")
    assert not _claims(a, "damaged the standing")


def test_claims_an_instruction_to_pass_a_message_on_is_the_senders_position(analyse_text):
    a = analyse_text("1. You should inform the Foreign Minister and higher levels as appropriate that the "
                     "Government deplores the Kestrian raid on Veloria.", title=_CABLE)
    [claim] = _claims(a, "deplores the Kestrian raid")
    assert claim.holder == "author" and claim.stance == "asserts"
