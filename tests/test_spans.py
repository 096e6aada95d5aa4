"""The span invariant, property-based: every span in the dossier is the exact text at its offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.export.dossier import dossier_to_dict

_PIECES = [
    "General", "Gen.", "Mr.", "Ms.", "Dr.", "Anna", "Marek", "Kowalski", "Kowalski's", "Lisbon", "the Council",
    "(NCU)", "National Council of Unions", "met", "said", "told", "denied", "claimed that", "was not involved in",
    "the coup", "the strike", "on 3 May 1999", "in March 1981", "two years ago", "three weeks later", "today",
    "04.07.2002", "1990s", "between 1980 and 1985", "“", "”", "\"", "‘", "’", ",", ".", ":", "—", "…", "\n\n",
    "It is hard to accept this claim", "the myth that", "allegedly", "\u00a0", "é", "😀",
]

texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map(" ".join)


def _spans(d: dict):
    for e in d["entities"]:
        yield from e["mentions"]
    for layer in ("timexes", "quotes", "claims"):
        yield from d[layer]
    for ev in d["events"]:
        yield from ev["mentions"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=texts, b=texts)
def test_spans_match_document_text(analyse_texts, a, b):
    d = dossier_to_dict(analyse_texts([(a, {"published": "2003-05-01"}), b]))
    docs = {doc["id"]: doc["text"] for doc in d["documents"]}
    for span in _spans(d):
        assert docs[span["doc"]][span["start"]:span["end"]] == span["text"]
