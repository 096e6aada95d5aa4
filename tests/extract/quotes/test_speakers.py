"""Who said it, to whom: quote attribution on hand-written texts (needs the spaCy model)."""

from __future__ import annotations


def _names(analysis) -> dict[str, str]:
    return {e.id: e.name for e in analysis.entities}


def _quote(analysis, words: str):
    found = [q for q in analysis.quotes if words in q.text]
    assert found, f"no quote containing {words!r} in {[q.text for q in analysis.quotes]}"
    return min(found, key=lambda q: len(q.text))  # the innermost one


def _speaker(analysis, words: str) -> str | None:
    return _names(analysis).get(_quote(analysis, words).speaker)


def test_speakers_cue_before_and_after_the_quote(analyse_text):
    a = analyse_text("Governor Alan Pratt spoke to farmers on Tuesday. “We will build the road next year,” "
                     "said Pratt. Senator Ruth Hale replied, “The money is not there.”")
    assert _speaker(a, "build the road") == "Alan Pratt"
    assert _speaker(a, "money is not there") == "Ruth Hale"
    assert _quote(a, "build the road").cue == "said"
    assert _quote(a, "money is not there").speaker_text == "Senator Ruth Hale"


def test_speakers_name_then_present_tense_cue_after_quote(analyse_text):
    a = analyse_text("Ruth Hale met the farmers in Dover. “The river is rising fast”, Hale warns.")
    assert _speaker(a, "river is rising") == "Ruth Hale"
    assert _quote(a, "river is rising").cue == "warns"


def test_speakers_pronoun_resolved_to_earlier_person(analyse_text):
    a = analyse_text("Maria Lopez ran the clinic in Tarrow for ten years. Her brother Carl Lopez lived abroad. "
                     "Last week she admitted that “the money ran out in March.”")
    q = _quote(a, "money ran out")
    assert q.speaker_text == "she"
    assert _names(a).get(q.speaker) == "Maria Lopez"


def test_speakers_pronoun_prefers_the_nearest_subject(analyse_text):
    a = analyse_text("Peter Novak hired a young lawyer, Tom Reyes. Novak claimed that the firm was solvent. "
                     "It is hard to believe him, as he himself wrote that “the accounts were a mess”.")
    assert _speaker(a, "accounts were a mess") == "Peter Novak"


def test_speakers_same_speaker_continues_without_new_cue(analyse_text):
    a = analyse_text("“We will build the road,” said Governor Alan Pratt. “It will take two years. "
                     "Nobody will lose their farm.”")
    assert _speaker(a, "two years") == "Alan Pratt"
    assert _quote(a, "two years").attribution == "continuation"


def test_speakers_addressee_of_told(analyse_text):
    a = analyse_text("Alan Pratt told Ruth Hale, “You will get your road before the election.”")
    q = _quote(a, "get your road")
    assert _names(a).get(q.speaker) == "Alan Pratt"
    assert _names(a).get(q.addressee) == "Ruth Hale"


def test_speakers_according_to(analyse_text):
    a = analyse_text("According to Dr. Nina Patel, “the vaccine works in children too.”")
    assert _speaker(a, "vaccine works") == "Nina Patel"
    assert _quote(a, "vaccine works").cue == "According to"


def test_speakers_fragment_woven_into_reported_speech(analyse_text):
    a = analyse_text("Mayor John Ellis said that the new tax was “unfair to small shops” and would be repealed. "
                     "Ellis is careful to say this does not mean shop owners should “stop paying” now.")
    assert _speaker(a, "unfair to small shops") == "John Ellis"
    assert _speaker(a, "stop paying") == "John Ellis"


def test_speakers_scare_quoted_name_is_not_a_quote(analyse_text):
    a = analyse_text("The senators debated the “Clean Water Act” for hours before Senator Ruth Hale said "
                     "“the bill is dead”.")
    assert [q.text for q in a.quotes] == ["the bill is dead"]


def test_speakers_scare_quote_without_cue_is_dropped(analyse_text):
    a = analyse_text("The so-called “experts” arrived late, and the town laughed.")
    assert a.quotes == ()


def test_speakers_report_as_speaker_belongs_to_its_organisation(analyse_text):
    a = analyse_text("The Statistics Office published two studies in May. The first study by the Statistics Office "
                     "said, “Unemployment rose in every region.” “Wages fell too,” said the study.")
    assert _speaker(a, "Unemployment rose") == "Statistics Office"
    assert _quote(a, "Wages fell").speaker_text == "the study"
    assert _speaker(a, "Wages fell") == "Statistics Office"


def test_speakers_block_quote_keeps_speaker_and_reporter(analyse_text):
    a = analyse_text("The harbour closed in March. As the Daily Courier reported:\n\n"
                     "Mayor John Ellis said the storm was “a disaster for every family in the port”. "
                     "Repairs will take months.”\n\nShips waited offshore.")
    names = _names(a)
    inner = _quote(a, "disaster for every family")
    assert names.get(inner.speaker) == "John Ellis"
    assert "Daily Courier" in (names.get(inner.reported_by) or "")
    block = [q for q in a.quotes if q.kind == "block"]
    assert block and "Daily Courier" in names.get(block[0].speaker, "")


def test_speakers_multi_paragraph_quote_has_one_speaker(analyse_text):
    a = analyse_text("Alan Pratt wrote to the council: “The dam is safe. We have checked it twice.\n\n"
                     "“Nobody should leave the valley.”\n\nThe council did not reply.")
    q = _quote(a, "dam is safe")
    assert "leave the valley" in q.text
    assert q.kind == "multi"
    assert _names(a).get(q.speaker) == "Alan Pratt"


def test_speakers_wrong_direction_closing_mark(analyse_text):
    a = analyse_text("Peter Novak admitted that “the accounts were a mess“. The bank closed his firm.")
    q = _quote(a, "accounts were a mess")
    assert q.text == "the accounts were a mess"
    assert _names(a).get(q.speaker) == "Peter Novak"


def test_speakers_footnote_names_the_source(analyse_text):
    a = analyse_text("Margaret Hollis wrote a history of the war. The defeat had old causes.\n\n"
                     "“The war was lost long before the last battle, in the ministries and the banks.” [2]\n\n"
                     "The rest is legend.\n\n"
                     "[1] Tom Reyes, Notes, 2001.\n\n[2] Margaret Hollis, The Long Retreat, 1998.")
    q = _quote(a, "war was lost")
    assert q.attribution == "footnote"
    assert _names(a).get(q.speaker) == "Margaret Hollis"


def test_speakers_transcript_turns_by_label(analyse_text):
    a = analyse_text("Memorandum of conversation.\n\nParticipants: Foreign Minister Paul Varga (V), "
                     "Ambassador Elena Ruiz (R)\n\nV: We need the grain before the winter.\n\n"
                     "R: My government will not decide before spring.\n\nV: Then we have nothing to discuss.")
    names = _names(a)
    assert names.get(_quote(a, "need the grain").speaker) == "Paul Varga"
    assert names.get(_quote(a, "will not decide").speaker) == "Elena Ruiz"
    assert _quote(a, "nothing to discuss").kind == "transcript"


def test_speakers_spans_match_the_text(analyse_text):
    text = ("“We will build the road,” said Governor Alan Pratt. Pratt told Ruth Hale, "
            "“You will get it.”\n\nAs the Daily Courier reported:\n\nHale said it was “too late”. Done.”")
    a = analyse_text(text)
    assert a.quotes
    for q in a.quotes:
        assert text[q.start:q.end] == q.text
        if q.cue_start is not None:
            assert text[q.cue_start:q.cue_end] == q.cue


def test_speakers_quote_split_around_its_cue(analyse_text):
    a = analyse_text("“We are ready,” said Colonel Ivo Marek, “but the army is not.”")
    assert _speaker(a, "We are ready") == "Ivo Marek"
    assert _speaker(a, "army is not") == "Ivo Marek"


def test_speakers_apposition_names_the_spokesman(analyse_text):
    a = analyse_text("The minister stayed silent. Her spokesman, Karl Weiss, said the reports were “wildly exaggerated”.")
    assert _speaker(a, "wildly exaggerated") == "Karl Weiss"


def test_speakers_quoted_as_saying_keeps_the_reporting_paper(analyse_text):
    a = analyse_text("The Evening Herald quoted Mayor Lena Voss as saying, “Nobody in the town expected this.”")
    q = _quote(a, "Nobody in the town")
    names = _names(a)
    assert names.get(q.speaker) == "Lena Voss"
    assert "Evening Herald" in (names.get(q.reported_by) or "")


def test_speakers_lead_in_sentence_gives_the_speaker(analyse_text):
    a = analyse_text("Thomas Brandt thinks copies survived. Anna Weber disagrees. “I have searched three archives. "
                     "There is nothing there.”")
    q = _quote(a, "searched three archives")
    assert _names(a).get(q.speaker) == "Anna Weber"
    assert q.attribution == "lead-in"


def test_speakers_transcript_label_explained_by_a_title(analyse_text):
    a = analyse_text("Memorandum of conversation\n\nParticipants:\n\nPresident Walter Dunn\n\n"
                     "Senator Mary Olsen\n\nP — the President\n\nO — Senator Olsen\n\n"
                     "P: What do we do about the strike?\n\nO: You should wait until the vote.\n\n"
                     "P: Then we wait.")
    names = _names(a)
    strike = _quote(a, "about the strike")
    assert names.get(strike.speaker) == "Walter Dunn"
    wait = _quote(a, "wait until the vote")
    assert "Olsen" in (names.get(wait.speaker) or "")
    assert names.get(wait.addressee) == "Walter Dunn"


def test_speakers_titles_and_unattributed_fragments_are_not_quotes(analyse_text):
    a = analyse_text("The government's “war on drugs” failed, as the historian Ana Ruiz argued in “The Long War: "
                     "Drugs, Money, and Power in the Andes”. Ruiz said, “Nobody won that war.”\n\n"
                     "[1] Ana Ruiz, “How the Andes Were Lost,” Journal of History, 2001.")
    assert [q.text for q in a.quotes] == ["Nobody won that war."]


def test_speakers_byline_name_is_not_a_pronoun_antecedent(analyse_text):
    a = analyse_text("By Daniel Ortiz\n\nIn the final weeks, the president's mood darkened. "
                     "“I will not resign,” he told his cabinet.", author="Daniel Ortiz")
    q = _quote(a, "will not resign")
    assert q.speaker is None
    assert q.speaker_text == "he"


def test_speakers_in_the_words_of(analyse_text):
    a = analyse_text("The cabinet met twice. In the words of Interior Minister Paul Varga, “the government had "
                     "already fallen.”")
    assert _speaker(a, "already fallen") == "Paul Varga"


def test_speakers_memo_fields_are_not_transcript_turns(analyse_text):
    a = analyse_text("FROM: Alan Pratt\n\nTO: Ruth Hale\n\nSUBJECT: Roads\n\nNOTE: The roads are closed.")
    assert a.quotes == ()


def test_speakers_possessive_speech_noun_before_a_colon(analyse_text):
    a = analyse_text("Governor Alan Pratt met the farmers. Pratt's reply was blunt: “There is no money.”")
    assert _speaker(a, "no money") == "Alan Pratt"


def test_speakers_headline_quote_is_left_to_the_body(analyse_text):
    title = "Pratt: “We Are Broke” and “no roads this year”"
    a = analyse_text(title + "\n\nGovernor Alan Pratt met the farmers. He said “there will be no roads this year.”",
                     title=title)
    assert [q.text for q in a.quotes] == ["there will be no roads this year."]


def test_speakers_first_person_narrator_is_the_author(analyse_text):
    a = analyse_text("By Nora Field\n\nNora Field reports from Tarrow. The mayor refused to meet me. "
                     "“You are wasting your time,” I told his secretary.", author="Nora Field")
    q = _quote(a, "wasting your time")
    assert q.speaker_text == "I"
    assert _names(a).get(q.speaker) == "Nora Field"


def test_speakers_pronoun_chain_follows_the_earlier_pronoun(analyse_text):
    a = analyse_text("Anthony Marsh ran the embassy. He was furious about the cuts. Later he wrote to London: "
                     "“They will not listen until it is too late.”")
    assert _speaker(a, "will not listen") == "Anthony Marsh"


def test_speakers_block_quote_introduced_without_a_cue_verb(analyse_text):
    a = analyse_text("The Trade Ministry replied two days later. Its answer was short:\n\n"
                     "The request is noted. No action will be taken at this stage.”\n\nThe talks ended.")
    block = [q for q in a.quotes if q.kind == "block"]
    assert block and "Trade Ministry" in (_names(a).get(block[0].speaker) or "")


def test_speakers_author_year_citation(analyse_text):
    a = analyse_text("Margaret Hollis studied the war for decades. The defeat, in one view, was “decided in the "
                     "ministries long before the battle” (Hollis 1998: 45).")
    q = _quote(a, "decided in the ministries")
    assert _names(a).get(q.speaker) == "Margaret Hollis"


def test_speakers_attribution_sentence_after_a_closed_quote(analyse_text):
    a = analyse_text("Ruth Hale spoke first. “We need the road.” Alan Pratt said. “It will not come this year.”")
    assert _speaker(a, "need the road") == "Alan Pratt"
    assert _speaker(a, "not come this year") == "Alan Pratt"


def test_speakers_interview_with_title_case_name_labels(analyse_text):
    a = analyse_text("The Daily Herald spoke to the historian Anna Weber about the archive.\n\n"
                     "Herald: Were the files burned?\n\nWeber: Most of them, in 1945.\n\n"
                     "Herald: And the index?\n\nWeber: The index survived.")
    assert _speaker(a, "index survived") == "Anna Weber"
    assert "Herald" in (_speaker(a, "files burned") or "")


def test_speakers_signature_after_an_epigraph(analyse_text):
    a = analyse_text("The book opens with a line by Winston Churchill:\n\n"
                     "“History will be kind to me, for I intend to write it.” — Winston Churchill\n\nThe rest is fiction.")
    q = _quote(a, "History will be kind")
    assert _names(a).get(q.speaker) == "Winston Churchill"
    assert q.attribution == "citation"


def test_speakers_article_title_after_titled_is_not_a_quote(analyse_text):
    a = analyse_text("Ana Ruiz published an essay titled “how the valley was lost to the banks and the army” in 2001. "
                     "She wrote that the farmers had “nothing left to sell”.")
    assert [q.text for q in a.quotes] == ["nothing left to sell"]


def test_speakers_transcript_role_and_first_name_labels_resolve_through_participants(analyse_text):
    a = analyse_text("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:\n\nNorthland\n"
                     "Marshal Viktor Lund, Chairman of the Defence Committee\nDr. Ilse Maar, Deputy Chairman\n\n"
                     "Southland\nDame Agnes Broome, Ambassador\nMr. Peter Quill, Counsellor\n\n"
                     "The Ambassador was received at noon.\n\n"
                     "THE CHAIRMAN: We have no quarrel with your government.\n\n"
                     "DAME AGNES: Then why are the border posts closed?\n\n"
                     "THE CHAIRMAN: They will open again in the spring.\n\n"
                     "DAME AGNES: I shall report that to my minister.")
    names = _names(a)
    assert names.get(_quote(a, "no quarrel").speaker) == "Viktor Lund"  # not the Deputy Chairman
    assert names.get(_quote(a, "border posts").speaker) == "Agnes Broome"
    assert names.get(_quote(a, "border posts").addressee) == "Viktor Lund"
    assert _quote(a, "open again").speaker_text == "THE CHAIRMAN"


def test_speakers_ambiguous_role_label_stays_unresolved(analyse_text):
    a = analyse_text("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:\n\nMr. Karl Opitz, Counsellor of Embassy\n"
                     "Mrs. Rosa Lindqvist, Counsellor of Legation\n\n"
                     "THE COUNSELLOR: The talks went well.\n\nMRS. LINDQVIST: Not for us.\n\n"
                     "THE COUNSELLOR: We shall see.")
    assert _quote(a, "talks went well").speaker is None  # two counsellors: the label fits both
    assert _names(a).get(_quote(a, "Not for us").speaker) == "Rosa Lindqvist"


def test_speakers_conjoined_cue_shares_the_subject_of_the_governing_verb(analyse_text):
    a = analyse_text("The Health Ministry opened an inquiry. The Minister of Health, Clara Voss, said that the "
                     "ministry would pay “every nurse who lost wages” and called the strike “a reckless gamble "
                     "with lives”.")
    assert _speaker(a, "every nurse") == "Clara Voss"
    assert _speaker(a, "reckless gamble") == "Clara Voss"  # not the ministry, subject of the that-clause
    assert _quote(a, "reckless gamble").cue == "called"


def test_speakers_cue_conjoined_inside_a_that_clause_keeps_its_own_word(analyse_text):
    a = analyse_text("The Governor of the Eastern Province, Maria Tellez, said that the army would guard “every "
                     "bridge on the river” and described the flood as “a disaster of our own making”.")
    q = _quote(a, "disaster of our own making")
    assert _names(a).get(q.speaker) == "Maria Tellez"
    assert q.cue == "described"  # the verb that governs the words, sharing the subject of "said"


def test_speakers_in_someones_words_or_view_names_the_owner(analyse_text):
    text = ("Tomas Eberle led the dockers for ten years. In Eberle's words, “the port was run like a prison”. "
            "Marta Holm disagreed. In her view, “the port was the best employer in the region”.")
    a = analyse_text(text)
    prison = _quote(a, "run like a prison")
    assert _names(a).get(prison.speaker) == "Tomas Eberle"
    assert prison.cue == "In Eberle's words" == text[prison.cue_start:prison.cue_end]
    assert _speaker(a, "best employer") == "Marta Holm"


def test_speakers_cue_span_of_in_the_words_of_matches_the_text(analyse_text):
    text = "The mill closed in May. In the words of Ana Ruiz, “the valley died that spring”."
    q = _quote(analyse_text(text), "valley died")
    assert q.cue == text[q.cue_start:q.cue_end] == "In the words of"


def test_speakers_quote_after_a_verbless_sentence_terminates(analyse_text):
    # the lead-in rule climbs from the sentence's last word to its verb; a verbless sentence has
    # none, and the climb must stop at the root instead of looping forever
    import signal

    def _timeout(*_):
        raise TimeoutError("quote attribution did not finish")

    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(60)
    try:
        a = analyse_text("The envoy left at noon.\n\nA long silence. “Nothing will change in this country.”")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert _quote(a, "Nothing will change").speaker is None


def test_speakers_transcript_labels_made_of_initials(analyse_text):
    a = analyse_text("Telephone conversation between Governor Harold Vance and Senator Robert S. Kemper, 3 May 1964."
                     "\n\nHV: Bob, what do we do about the port?\n\nRSK: We close it tonight.\n\n"
                     "HV: And the unions?\n\nRSK: They will wait.")
    assert _speaker(a, "about the port") == "Harold Vance"
    assert _speaker(a, "close it tonight") == "Robert S. Kemper"


def test_speakers_label_that_spells_a_title_is_not_a_role(analyse_text):
    a = analyse_text("Notes of a meeting with the Governor. Present: Governor Ray Olds, Mr. Dan Reeve, "
                     "Ambassador Ann Dressler.\n\nDR: We cannot wait for the courts.\n\n"
                     "RO: Then act alone.\n\nDR: Only with the cabinet behind us.")
    assert _speaker(a, "wait for the courts") == "Dan Reeve"  # initials
    assert _speaker(a, "act alone") == "Ray Olds"
    b = analyse_text("Notes of a call. Eva Park spoke with Tom Hale, the head of the Andrews Fund.\n\n"
                     "DR: The money is gone.\n\nEP: All of it?\n\nDR: Every cent.")
    assert _quote(b, "money is gone").speaker is None  # nobody is called D. R.; "dr" is not a word of "Andrews"


def test_speakers_definite_role_names_the_person_given_that_role(analyse_text):
    a = analyse_text("Trade Minister Olga Brandt opened the fair in Selm on Monday. “Exports are up,” the minister "
                     "said, “and they will rise again.” Government spokesman Petr Holub joined her. “The ports are "
                     "busy,” the spokesman added.")
    assert _speaker(a, "Exports are up") == "Olga Brandt"
    assert _speaker(a, "rise again") == "Olga Brandt"  # the second half of a quote split around its cue
    assert _quote(a, "rise again").speaker_text == "the minister"
    assert _speaker(a, "ports are busy") == "Petr Holub"


def test_speakers_definite_role_two_holders_stay_unresolved(analyse_text):
    a = analyse_text("Defence Minister Karel Dusek and Health Minister Anton Reiss met the press. "
                     "“There will be no cuts,” the minister said.")
    q = _quote(a, "no cuts")
    assert q.speaker is None and q.speaker_text == "the minister"


def test_speakers_definite_role_prefers_the_holder_of_the_paragraph(analyse_text):
    a = analyse_text("Health Minister Anton Reiss flew to Selm on Monday.\n\n"
                     "Defence Minister Karel Dusek stayed behind. “There will be no cuts,” the minister said.\n\n"
                     "Deputy Minister Eva Lind, the only woman in the cabinet, spoke next. “We agree,” "
                     "the minister said.")
    assert _speaker(a, "no cuts") == "Karel Dusek"
    assert _quote(a, "We agree").speaker is None  # a deputy minister is not "the minister"; two others are


def test_speakers_definite_role_with_an_age_or_participle_before_it(analyse_text):
    a = analyse_text("Governor Rita Moss toured the flooded valley. “We will rebuild every house,” the 47-year-old "
                     "governor promised. “Not one family will be left behind,” the embattled governor added.")
    assert _speaker(a, "rebuild every house") == "Rita Moss"
    assert _speaker(a, "Not one family") == "Rita Moss"


def test_speakers_pronoun_after_two_conjoined_people_stays_unresolved(analyse_text):
    a = analyse_text("Harbour master Kim Aldo and customs chief Sam Reno inspected the pier. "
                     "“The cargo was never declared,” she said.")
    q = _quote(a, "never declared")
    assert q.speaker is None and q.speaker_text == "she"  # nothing here tells which of the two is a woman
    b = analyse_text("Mr. Kim Aldo and Mrs. Sam Reno inspected the pier. “The cargo was never declared,” she said.")
    assert _speaker(b, "never declared") == "Sam Reno"


def test_speakers_definite_role_from_a_role_phrase_opening_the_sentence(analyse_text):
    a = analyse_text("The chairwoman of the dockers' union, Greta Solheim, led the march on Monday. "
                     "“We will not pay the new levy,” the chairwoman said. The mayor of Varn stayed away.")
    assert _speaker(a, "new levy") == "Greta Solheim"


def test_speakers_definite_role_after_a_nameless_holder_is_not_the_named_one(analyse_text):
    a = analyse_text("Finance Minister Clara Berne flew to the summit on Monday. A minister from the smaller "
                     "coalition party, who asked not to be named, was furious. “She left us to clean up,” the "
                     "minister said.")
    q = _quote(a, "clean up")
    assert q.speaker is None and q.speaker_text == "the minister"
    b = analyse_text("Lukas Brandt, a minister without portfolio, met the strikers. “Go home,” the minister said.")
    assert _speaker(b, "Go home") == "Lukas Brandt"


def test_speakers_pronoun_after_a_role_subject_takes_the_role_holder(analyse_text):
    a = analyse_text("Governor Nora Vell toured the burnt forest. The governor seemed shaken. "
                     "“We lost everything here,” she said.")
    assert _speaker(a, "lost everything") == "Nora Vell"
    b = analyse_text("Ivo Tamm, the governor, toured the burnt forest. The governor's wife seemed shaken. "
                     "“We lost everything here,” she said.")
    assert _quote(b, "lost everything").speaker is None  # his unnamed wife, not the governor


def test_speakers_role_with_its_own_complement_is_not_the_named_holder(analyse_text):
    a = analyse_text("Party chairman Ivar Lode was buried on Friday. “We will find out who did this,” "
                     "the chairman of the rival bloc said.")
    q = _quote(a, "who did this")
    assert q.speaker is None and q.speaker_text == "the chairman of the rival bloc"


def test_speakers_pronoun_after_a_lone_given_name_subject(analyse_text):
    a = analyse_text("Marta Lind had run the fishing co-op for a decade when the bank came for its boats.\n\n"
                     "The case dragged on for two years, until a tribunal under Judge Rosa Kemp found for the co-op. "
                     "The bank appealed twice. It lost both times, and its manager left town.\n\n"
                     "Marta went back to the nets. When I asked her whether it had been worth it, she shrugged. "
                     "“We kept the boats,” she said. “Nobody else did.”")
    assert _speaker(a, "kept the boats") == "Marta Lind"  # 'Marta', whatever type it was given, is Marta Lind
    assert _speaker(a, "Nobody else did") == "Marta Lind"


def test_speakers_surname_two_people_share_names_the_one_just_named(analyse_text):
    a = analyse_text("Nurses walked out of three hospitals in Tarrow on Monday.\n\n"
                     "\"Not one ward will open until the pay is restored,\" said Nina Sarov, who leads the nurses' "
                     "union. Ms. Sarov, who is no relation of the minister, spoke at a rally outside the main "
                     "hospital.\n\nHealth Minister Ivan Sarov said in the capital that the pay cut was legal and "
                     "would stand.\n\n\"The hospitals will stay open, whatever the union says,\" Sarov told "
                     "reporters.\n\nLater that week the union and the ministry met for six hours without agreement. "
                     "Officials of both sides were tired.\n\nThe talks will resume on Friday. The ministry "
                     "published the figures, which nobody disputed.\n\n\"We are ready to talk,\" Sarov said on "
                     "Thursday.")
    assert _speaker(a, "Not one ward") == "Nina Sarov"
    assert _speaker(a, "stay open") == "Ivan Sarov"  # the Sarov named just before
    assert _quote(a, "ready to talk").speaker is None  # either of them, as far as the text tells


def _context(nlp, text: str, people: dict[str, tuple[str, list[str], tuple[str, ...]]]):
    """A document whose entities are given by hand, as an entity stage that missed some names leaves them:
    ``{name: (type, [mention texts, found in order], aliases)}``."""
    from tests.conftest import make_document

    from annalyst.extract.context import DocContext
    from annalyst.model import LocalEntity, Mention

    document = make_document(text)
    entities, pos = [], 0
    for n, (name, (kind, texts, aliases)) in enumerate(people.items()):
        local = f"{document.id}:L{n}"
        mentions = []
        for words in texts:
            pos = text.index(words, pos if mentions else 0)
            mentions.append(Mention(document.id, pos, pos + len(words), words, kind, local))
            pos += len(words)
        entities.append(LocalEntity(local, document.id, name, kind, (name, *aliases), (), tuple(mentions)))
    return DocContext(document=document, parsed=nlp(text), entities=entities)


def test_speakers_minutes_labels_resolve_through_a_present_list_in_capitals(nlp):
    from annalyst.extract.quotes import extract_quotes

    text = ("PRESENT:\nChairman OTTO KERN (presiding)\nCapt. JONAS VEHR, Harbour Master\nMr. PAUL ASH, Clerk\n\n"
            "THE CHAIRMAN: We begin with the dues.\n\nCAPT. VEHR: The ships have stopped paying, and Mrs. Vehr "
            "agrees with me.\n\nTHE CHAIRMAN: Then we write to the owners.\n\nCAPT. VEHR: Very well.\n\n"
            "MR. ASH: Anna Ash will type it.\n\n"
            "2. Otto Kern will sign the letter, which goes by road to Vehr on Friday.")
    ctx = _context(nlp, text, {"Otto Kern": ("PERSON", ["Otto Kern"], ()),
                               "Vehr": ("PERSON", ["Vehr"], ("Mrs. Vehr",)),
                               "Vehr town": ("GPE", ["Vehr on"], ()),
                               "Anna Ash": ("PERSON", ["Anna Ash"], ())})
    quotes = {q.text[:12]: q for q in extract_quotes(ctx)}
    assert quotes["We begin wit"].speaker == ctx.entities[0].id  # the list's full name, found in the prose
    assert quotes["The ships ha"].speaker is None  # neither Mrs. Vehr nor the town of Vehr
    assert quotes["Very well."].speaker is None
    assert quotes["Anna Ash wil"].speaker is None  # another Ash than the listed Paul Ash


def test_speakers_pronoun_after_a_noun_subject_equated_with_a_name(analyse_text):
    a = analyse_text("The dockers walked off the quay at dawn. Their chairman was Tomas Weller of the harbour union, "
                     "a welder who had never given an interview. “We want our pensions back,” he told reporters. "
                     "“Nothing else will end this.”")
    assert _speaker(a, "pensions back") == "Tomas Weller"  # "their chairman" is the name it is equated with
    assert _speaker(a, "Nothing else") == "Tomas Weller"
    b = analyse_text("Tomas Weller walked off the quay at dawn. Their chairman was a quiet welder. "
                     "“We want our pensions back,” he told reporters.")
    assert _quote(b, "pensions back").speaker is None  # an unnamed chairman, not Weller


def test_speakers_definite_role_given_by_a_copula(analyse_text):
    a = analyse_text("The port authority answers to the transport ministry. Since 1995 the transport minister has "
                     "been Lena Ostrova, a former harbour pilot. Ostrova visited the docks on Friday. At a press "
                     "conference, the minister told reporters that “the cranes will be replaced this year.”")
    assert _speaker(a, "cranes will be replaced") == "Lena Ostrova"
    b = analyse_text("Lena Ostrova was the treasurer of the rowing club for years. In May the treasurer wrote to "
                     "members that “the boathouse roof must be mended.”")
    assert _speaker(b, "boathouse roof") == "Lena Ostrova"
    c = analyse_text("Lena Ostrova was never the treasurer of the rowing club. In May the treasurer wrote to "
                     "members that “the boathouse roof must be mended.”")
    assert _quote(c, "boathouse roof").speaker is None  # a negated copula gives no role


def test_speakers_shared_surname_the_other_bearer_only_named_in_full(analyse_text):
    text = ("Ida Kern founded the harbour choir in 1980 and led it for thirty years. Kern wrote most of its songs "
            "herself.\n\nThe choir toured the coast twice. Its first bus broke down near Selm, and the singers walked "
            "the last miles. Paul Kern, the founder's cousin, drove the second bus.{}\n\nThe choir gave its last "
            "concert in 2010.\n\nIn a radio interview, Kern said: “We never had a hall of our own.”")
    a = analyse_text(text.format(""))
    assert _speaker(a, "hall of our own") == "Ida Kern"  # Paul Kern is never called 'Kern' alone
    b = analyse_text(text.format(" Mr. Kern never sang."))
    assert _quote(b, "hall of our own").speaker is None  # now either of them


def test_speakers_subject_of_a_passive_reporting_verb_is_spoken_of(analyse_text):
    a = analyse_text("Mayor Peter Hollis lost the vote in June. He was later accused: in 2001 the audit court ruled "
                     "that the accounts were “kept in a way nobody could follow”.")
    assert _quote(a, "nobody could follow").speaker is None  # Hollis was accused; he did not speak
    b = analyse_text("Mayor Peter Hollis lost the vote in June. He is said to have told friends that “the town was "
                     "never grateful”. Later he was quoted as saying that “the council had been right”.")
    assert _speaker(b, "never grateful") == "Peter Hollis"
    assert _speaker(b, "had been right") == "Peter Hollis"


def test_speakers_the_minister_is_not_the_prime_minister(analyse_text):
    a = analyse_text("Prime Minister Helen Carter and Finance Minister Jan Ruud met the unions in Selm. “Taxes will "
                     "not rise this year,” the minister said. “Nobody asked them to,” the prime minister added.")
    assert _speaker(a, "Taxes will not rise") == "Jan Ruud"
    assert _speaker(a, "Nobody asked") == "Helen Carter"


def test_speakers_definite_role_set_before_the_name_by_a_comma(analyse_text):
    text = ("The harbour board answered to the {}Minister of Ports, Lena Ostrova. Ostrova visited the docks on "
            "Friday. At a press conference, the minister told reporters that “the cranes will be replaced this year.”")
    assert _speaker(analyse_text(text.format("")), "cranes will be replaced") == "Lena Ostrova"
    assert _quote(analyse_text(text.format("Deputy ")), "cranes will be replaced").speaker is None


def test_speakers_hypothetical_cue_names_nobody_and_the_reported_speech_goes_on(analyse_text):
    a = analyse_text("Ambassador Tomas Orlen asked me to say that his premier was under pressure “from his own "
                     "people,” because if Kestria did not act, its neighbours might conclude that it was “a "
                     "helpless target.”")
    assert _speaker(a, "helpless target") == _speaker(a, "from his own people") == "Tomas Orlen"
    assert _quote(a, "helpless target").cue != "conclude"


def test_speakers_the_title_alone_names_its_one_holder(analyse_text):
    a = analyse_text("We may yet tell King Aldo Varen of our plans. The King in a private talk made it clear "
                     "that he considers the old accord “now broken beyond repair.”")
    assert _speaker(a, "broken beyond repair") == "Aldo Varen"


def test_speakers_terms_and_single_words_in_marks_are_not_speech(analyse_text):
    a = analyse_text("Delegate Ivo Marek proposed to delete the word “provisional” from the draft. He said the "
                     "committee should drop “regular” too, and praised the film “Harvest of Hope” at length.")
    assert not [q for q in a.quotes if any(w in q.text for w in ("provisional", "regular", "Harvest"))]


def test_speakers_a_phrase_after_a_determiner_is_a_term(analyse_text):
    a = analyse_text("Under the plan the city would be the “host district and its vicinity”. Delegate Ivo Marek "
                     "said that the year had been a “time of trial” for everyone.")
    assert not a.quotes  # the longer phrase has no cue; the short one is a term even under "said"


def test_speakers_a_title_with_small_words_is_a_name(analyse_text):
    a = analyse_text("Subject: Definition of the “Harbour District and its Immediate Vicinity” as Ivo Marek said.")
    assert not [q for q in a.quotes if "Harbour District" in q.text]
