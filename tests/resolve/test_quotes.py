"""same_quote links across documents."""

from __future__ import annotations

from annalyst.model import Document, Entity, Quote
from annalyst.resolve.quotes import link_quotes

PEOPLE = (Entity("p:ann", "Ann Smith", "PERSON", (), (), ()), Entity("p:bob", "Bob Jones", "PERSON", (), (), ()))


def _quote(qid: str, doc: str, text: str, speaker: str | None = None) -> Quote:
    return Quote(qid, doc, 0, len(text), text, speaker, None, "said")


def test_quotes_same_quote_with_a_changed_word_says_so():
    quotes = [_quote("a:Q1", "a", "We will never accept a partition of the island under any circumstances.", "p:ann"),
              _quote("b:Q7", "b", "we will never accept a division of the island under any circumstances", "p:ann")]
    links = link_quotes(quotes, PEOPLE)
    assert [(link.kind, link.a, link.b) for link in links] == [("same_quote", "a:Q1", "b:Q7")]
    assert "'partition' where the other has 'division'" in links[0].explanation
    assert "both attributed to Ann Smith" in links[0].explanation
    assert links[0].id == "L:same_quote:a:Q1:b:Q7"


def test_quotes_same_quote_names_documents_and_a_different_speaker():
    quotes = [_quote("a:Q1", "a", "The harvest failed because the rains came a month too late.", "p:ann"),
              _quote("b:Q2", "b", "The harvest failed because the rains came a month too late.", "p:bob")]
    documents = [Document("a", "a.txt", "", "", title="Farm Notes"), Document("b", "b.txt", "", "", title="Rain")]
    links = link_quotes(quotes, PEOPLE, documents)
    assert len(links) == 1
    assert "“Farm Notes”" in links[0].explanation and "“Rain”" in links[0].explanation
    assert "to Ann Smith but “Rain” to Bob Jones" in links[0].explanation


def test_quotes_same_quote_allows_an_ellipsis():
    quotes = [_quote("a:Q1", "a", "The harvest failed because the rains came a month too late, and the banks refused credit."),
              _quote("b:Q2", "b", "The harvest failed because the rains came … and the banks refused credit.")]
    links = link_quotes(quotes, PEOPLE)
    assert len(links) == 1
    assert "wording differs" not in links[0].explanation


def test_quotes_no_link_for_different_words_or_within_one_document():
    quotes = [_quote("a:Q1", "a", "The harvest failed because the rains came a month too late."),
              _quote("a:Q2", "a", "The harvest failed because the rains came a month too late."),
              _quote("b:Q1", "b", "The harvest was the best in living memory, said every farmer.")]
    assert link_quotes(quotes, PEOPLE) == []


def test_quotes_same_quote_end_to_end(analyse_texts):
    dossier = analyse_texts([
        "Governor Alan Pratt spoke on Monday. “We will build the bridge before the winter comes,” said Pratt.",
        "At the rally, Pratt said: “We will build the new bridge before the winter comes.”",
    ])
    links = [link for link in dossier.links if link.kind == "same_quote"]
    assert len(links) == 1
    assert "wording differs" in links[0].explanation


def test_quotes_by_speaker_groups_and_orders():
    from annalyst.resolve.quotes import quotes_by_speaker

    quotes = [_quote("a:Q1", "a", "first words", "p:ann"), _quote("a:Q9", "a", "anonymous words"),
              _quote("b:Q2", "b", "second words", "p:ann"), _quote("b:Q5", "b", "other words", "p:bob")]
    groups = quotes_by_speaker(quotes, PEOPLE)
    assert [(who, [q.id for q in qs]) for who, qs in groups] == [
        ("Ann Smith", ["a:Q1", "b:Q2"]), ("Bob Jones", ["b:Q5"]), ("unattributed", ["a:Q9"])]
