"""A tiny invented case for the evaluation tests: two documents, a dossier as annalyst would write it, and gold.

Every name, place and date here is made up. ``case()`` returns fresh dicts, so a test can change one item
(a wrong type, a missed quote) and see the one figure that moves.
"""

from __future__ import annotations

ALPHA = ("On 3 March 1893 Veska Marrow met the Orvain Council in Port Tellan. "
         "\"We shall never yield the harbour,\" Marrow said. "
         "The council denied that it had seized the ships. Last week the ships sailed.")
BETA = ("Dispatch, 5 March 1893. The Orvain Council seized the ships at Port Tellan, "
        "and Veska Marrow met the council there on 3 March.")


def span(text: str, words: str, nth: int = 1) -> dict:
    start = -1
    for _ in range(nth):
        start = text.index(words, start + 1)
    return {"start": start, "end": start + len(words), "text": words}


def mention(doc: str, words: str, nth: int = 1) -> dict:
    text = ALPHA if doc == "dA" else BETA
    return {"doc": doc, **span(text, words, nth)}


def dossier() -> dict:
    return {
        "format": "annalyst.dossier/1",
        "documents": [
            {"id": "dA", "source": "/cases/ports/alpha.txt", "text": ALPHA, "title": "The harbour talks",
             "author": "Ilsa Wend", "published": "1893-03-04"},
            {"id": "dB", "source": "/cases/ports/wires.jsonl#beta", "text": BETA, "title": None, "author": None,
             "published": "1893-03-05"},
        ],
        "entities": [
            {"id": "e1", "name": "Veska Marrow", "type": "PERSON", "aliases": ["Marrow"],
             "mentions": [mention("dA", "Veska Marrow"), mention("dA", "Marrow", 2), mention("dB", "Veska Marrow")]},
            {"id": "e2", "name": "Orvain Council", "type": "ORG", "aliases": ["the council"],
             "mentions": [mention("dA", "Orvain Council"), mention("dB", "Orvain Council")]},
            {"id": "e3", "name": "Port Tellan", "type": "GPE", "aliases": [],
             "mentions": [mention("dA", "Port Tellan"), mention("dB", "Port Tellan")]},
        ],
        "timexes": [
            {"id": "t1", "doc": "dA", **span(ALPHA, "3 March 1893"), "value": "1893-03-03"},
            {"id": "t2", "doc": "dA", **span(ALPHA, "Last week"), "value": "1893-W08"},
            {"id": "t3", "doc": "dB", **span(BETA, "5 March 1893"), "value": "1893-03-05"},
        ],
        "events": [
            {"id": "v1", "type": "meeting", "label": "Marrow met the council", "date": "1893-03-03",
             "participants": [{"entity": "e1"}, {"entity": "e2"}], "place": "e3",
             "mentions": [mention("dA", "met"), mention("dB", "met")]},
        ],
        "quotes": [
            {"id": "q1", "doc": "dA", **span(ALPHA, "We shall never yield the harbour,"), "speaker": "e1"},
        ],
        "claims": [
            {"id": "c1", "doc": "dA", **span(ALPHA, "it had seized the ships"), "stance": "denies", "holder": "e2"},
            {"id": "c2", "doc": "dB", **span(BETA, "The Orvain Council seized the ships at Port Tellan"),
             "stance": "asserts", "holder": "author"},
        ],
        "links": [{"id": "l1", "kind": "contradicts", "a": "c1", "b": "c2"}],
    }


def gold() -> dict:
    return {
        "corpus": "ports",
        "documents": [
            {"file": "alpha.txt", "title": "The harbour talks", "author": "Ilsa Wend", "published": "1893-03-04"},
            {"file": "beta", "published": "1893-03-05"},
        ],
        "entities": [
            {"name": "Veska Marrow", "types": ["PERSON"], "aliases": ["Veska Marrow", "Marrow"],
             "files": ["alpha.txt", "beta"]},
            {"name": "Orvain Council", "types": ["ORG"], "aliases": ["Orvain Council", "the council"],
             "files": ["alpha.txt", "beta"]},
            {"name": "Port Tellan", "types": ["PLACE"], "aliases": ["Port Tellan"], "files": ["alpha.txt", "beta"]},
        ],
        "timexes": [
            {"file": "alpha.txt", "text": "3 March 1893", "nth": 1, "value": "1893-03-03"},
            {"file": "alpha.txt", "text": "Last week", "nth": 1, "value": "1893-W08", "hard": True},
            {"file": "beta", "text": "5 March 1893", "nth": 1, "value": "1893-03-05"},
            {"file": "beta", "text": "3 March", "nth": 1, "value": "1893-03-03", "hard": True},
        ],
        "quotes": [
            {"file": "alpha.txt", "contains": "never yield the harbour", "speaker": "Veska Marrow"},
        ],
        "events": [
            {"key": "harbour-meeting", "types": ["meeting", "meet"], "date": "1893-03-03",
             "participants": ["Veska Marrow"], "files": ["alpha.txt", "beta"], "place": "Port Tellan"},
        ],
        "claims": [
            {"key": "seizure-denied", "file": "alpha.txt", "overlaps": "it had seized the ships",
             "stance": ["denies"], "holder": "Orvain Council"},
            {"key": "seizure-reported", "file": "beta", "overlaps": "seized the ships", "stance": ["asserts"],
             "holder": "author"},
        ],
        "links": [
            {"kind": "contradicts", "a": {"file": "alpha.txt", "claims": ["seizure-denied"]},
             "b": {"file": "beta", "claims": ["seizure-reported"]}},
            {"kind": "same_event", "event": "harbour-meeting"},
        ],
    }


def dossier_with_unannotated_document() -> dict:
    """The dossier with a third document the gold does not name (an archive larger than its annotated sample)."""
    d = dossier()
    text = "Tomas Brell sailed from Port Tellan on 9 April 1893."
    d["documents"].append({"id": "dC", "source": "/cases/ports/gamma.txt", "text": text, "title": None,
                           "author": None, "published": None})
    d["entities"].append({"id": "e7", "name": "Tomas Brell", "type": "PERSON", "aliases": [],
                          "mentions": [{"doc": "dC", "start": 0, "end": 11, "text": "Tomas Brell"}]})
    d["entities"][2]["mentions"].append({"doc": "dC", "start": 24, "end": 35, "text": "Port Tellan"})
    d["timexes"].append({"id": "t9", "doc": "dC", "start": 39, "end": 51, "text": "9 April 1893", "value": "1893-04-09"})
    d["claims"].append({"id": "c9", "doc": "dC", "start": 0, "end": 35, "text": text[:35], "stance": "asserts",
                        "holder": "author"})
    d["links"].append({"id": "l9", "kind": "agrees", "a": "c2", "b": "c9"})
    return d

