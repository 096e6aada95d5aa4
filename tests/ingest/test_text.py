"""Plain text and Markdown: encodings detected, newlines normalised, metadata from the header."""

from __future__ import annotations

import pytest

from annalyst.errors import DecodeError, EmptyDocument
from annalyst.ingest.text import decode_text, looks_binary, read_text_document

ARTICLE = (
    "Fishermen Block the Harbour\n\n"
    "By Inès Moreau | 12 May 2018\n\n"
    "The fishermen of the bay, “tired of promises”, blocked the harbour at dawn. "
    "The prefect’s office said talks would resume in a week – or sooner.\n"
)


def _read(data: bytes, **kwargs):
    return read_text_document(data, source="article.txt", doc_id="d1", sha256="0" * 64, **kwargs)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_text_detects_the_encoding(encoding):
    document = _read(ARTICLE.encode(encoding))
    assert document.text == ARTICLE
    assert document.author == "Inès Moreau"


def test_text_reads_latin1():
    text = "Señor García spoke in Málaga.\nHe said the harbour would reopen. Ça va, said the mayor.\n"
    assert decode_text(text.encode("latin-1"), "a.txt") == text


def test_text_normalises_newlines_only():
    assert decode_text(b"One line.\r\nTwo  lines.\rThree.", "a.txt") == "One line.\nTwo  lines.\nThree."


def test_text_metadata_from_header():
    document = _read(ARTICLE.encode("utf-8"))
    assert (document.title, document.author, document.published) == (
        "Fishermen Block the Harbour", "Inès Moreau", "2018-05-12")


def test_text_undecodable_bytes_name_the_file():
    with pytest.raises(DecodeError, match=r"^article\.txt: cannot decode .* offset \d+\) \(save the file as UTF-8"):
        _read(b"Some text\x00\x81\x8d\x8f\x90\x9d and more")


def test_text_whitespace_only_is_empty():
    with pytest.raises(EmptyDocument, match=r"^article\.txt: no text"):
        _read(b"  \n\n \t\n")


def test_text_only_web_leftovers_is_empty():
    with pytest.raises(EmptyDocument):
        _read(b"Leave a Reply\n\nScroll to Top\n")


def test_text_markdown_front_matter_gives_metadata():
    data = (b"---\ntitle: \"Notes on the Treaty\"\nauthor: Karl Weber\ndate: 2019-11-02\nlayout: post\n---\n"
            b"The treaty was signed in the spring.\n")
    document = _read(data, markdown=True)
    assert (document.title, document.author, document.published) == ("Notes on the Treaty", "Karl Weber", "2019-11-02")
    assert document.text == "The treaty was signed in the spring.\n"


def test_text_looks_binary():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert not looks_binary(ARTICLE.encode("cp1252"))
    assert not looks_binary(ARTICLE.encode("utf-16"))
