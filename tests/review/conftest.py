"""The invented dossier the review tests correct: two documents telling of the same people."""

from __future__ import annotations

import pytest

from annalyst.model import Claim, Document, Dossier, Entity, Event, Finding, Link, Participant, Quote, Span

T1 = "Mira Olsen met Tarn Vell in Kessa. “We go north,” said Olsen. Olsen said the Vell League paid."
T2 = "M. Olsen left Kessa with Tarn Vell. “We go north,” M. Olsen told Vell. M. Olsen denied the pay."


def _span(doc: str, text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(doc, start, start + len(words), words)


@pytest.fixture
def dossier() -> Dossier:
    d1 = Document(id="d1", source="a.txt", text=T1, sha256="1" * 64)
    d2 = Document(id="d2", source="b.txt", text=T2, sha256="2" * 64)
    mira = Entity("person:mira-olsen", "Mira Olsen", "PERSON", ("Mira Olsen", "Olsen"), ("traveller",),
                  (_span("d1", T1, "Mira Olsen"), _span("d1", T1, "Olsen", 1), _span("d1", T1, "Olsen", 2)))
    molsen = Entity("person:m-olsen", "M. Olsen", "PERSON", ("M. Olsen",), (),
                    (_span("d2", T2, "M. Olsen"), _span("d2", T2, "M. Olsen", 1), _span("d2", T2, "M. Olsen", 2)))
    vell = Entity("person:tarn-vell", "Tarn Vell", "PERSON", ("Tarn Vell", "Vell"), (),
                  (_span("d1", T1, "Tarn Vell"), _span("d2", T2, "Tarn Vell"), _span("d2", T2, "Vell", 1)))
    kessa = Entity("gpe:kessa", "Kessa", "GPE", ("Kessa",), (), (_span("d1", T1, "Kessa"), _span("d2", T2, "Kessa")))
    league = Entity("person:vell-league", "Vell League", "PERSON", ("Vell League",), (),
                    (_span("d1", T1, "Vell League"),))
    met = _span("d1", T1, "met")
    left = _span("d2", T2, "left")
    event = Event(id=f"d1:V{met.start}", type="meeting", label="Mira Olsen meets Tarn Vell in Kessa", date=None,
                  date_end=None, participants=(Participant(mira.id, "agent"), Participant(molsen.id, "other"),
                                               Participant(vell.id, "patient")),
                  place=kessa.id, mentions=(met, left), mention_ids=(f"d1:V{met.start}", f"d2:V{left.start}"),
                  merged_from=(f"d1:V{met.start}", f"d2:V{left.start}"))
    q1s, q2s = _span("d1", T1, "We go north"), _span("d2", T2, "We go north")
    q1 = Quote(f"d1:Q{q1s.start}", "d1", q1s.start, q1s.end, q1s.text, mira.id, "Olsen", "said")
    q2 = Quote(f"d2:Q{q2s.start}", "d2", q2s.start, q2s.end, q2s.text, molsen.id, "M. Olsen", "told",
               addressee=vell.id)
    c1s, c2s = _span("d1", T1, "the Vell League paid"), _span("d2", T2, "the pay")
    c1 = Claim(f"d1:C{c1s.start}", "d1", c1s.start, c1s.end, c1s.text, mira.id, "asserts", about=(league.id,))
    c2 = Claim(f"d2:C{c2s.start}", "d2", c2s.start, c2s.end, c2s.text, molsen.id, "denies",
               about=(event.id,), target=c1.id)
    links = (Link(f"L:same_event:{event.mention_ids[0]}:{event.mention_ids[1]}", "same_event",
                  event.mention_ids[0], event.mention_ids[1], 0.7, "Same meeting."),
             Link(f"L:same_quote:{q1.id}:{q2.id}", "same_quote", q1.id, q2.id, 1.0, "The same words."),
             Link(f"L:contradicts:{c1.id}:{c2.id}", "contradicts", c1.id, c2.id, 0.8, "One says paid, one not."))
    findings = (Finding("date_conflict", "the sources date it differently", refs=(event.id, "d1", "d2")),
                Finding("odd_speaker", "check the speaker", "d2", q2.start, q2.end, (molsen.id,)))
    return Dossier(documents=(d1, d2), entities=(mira, molsen, vell, kessa, league), events=(event,),
                   quotes=(q1, q2), claims=(c1, c2), links=links, findings=findings)
