def test_analyse_text_fixture_runs_every_stage(analyse_text):
    a = analyse_text("The senator met the minister in Lisbon on 3 May 1999.", published="2000-01-01")
    assert a.document.text.startswith("The senator")
    for e in a.entities:
        for m in e.mentions:
            assert a.document.text[m.start:m.end] == m.text
