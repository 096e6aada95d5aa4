"""``annalyst show`` prints what a quote or a claim cites under it."""

from __future__ import annotations

from annalyst.report.text import render_text


def test_show_prints_a_quotes_citation_with_its_note_and_a_mark_without_one():
    cited = {"mark": "[ii]", "start": 40, "end": 44, "source": None,
             "note": {"start": 60, "end": 80, "text": "Orlan Dask, Tesk Letters, p. 9"}}
    bare = {"mark": "[7]", "start": 90, "end": 93, "note": None, "source": None}
    d = {"entities": [], "documents": [{"id": "d", "source": "d.txt", "title": None}], "claims": [],
         "timexes": [], "links": [],
         "quotes": [{"speaker": None, "cue": None, "text": "The mill will close.", "citations": [cited]},
                    {"speaker": None, "cue": None, "text": "It will not.", "citations": [bare]},
                    {"speaker": None, "cue": None, "text": "Old dossiers have no citations."}]}
    out = render_text(d, ("quotes",)).splitlines()
    assert out[2] == "  cites [ii] — note: Orlan Dask, Tesk Letters, p. 9"
    assert out[4] == "  cites [7] (no note found)"
    assert len(out) == 6
