"""Hostile input beside good documents: every document is analysed or fails alone, with its reason.

A 10 MB file of one line, and a line of ten million characters without any
break, are analysed whole, in pieces, beside other documents; malformed HTML,
encrypted PDFs (RC4, and AES, which needs a package pypdf does not ship with)
and non-English text are each analysed or give one failure that names the file
and the reason; a file or JSON Lines record over ``--max-document-size`` is one
failure naming its size and the limit. Failures are listed in ``dossier.json``
and in the store, and the other documents are analysed all the same. Script
tags, event handlers and ``javascript:`` URLs in the sources come out as inert
text in ``report.html`` and in every page ``annalyst serve`` shows.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from tests.pdfs import aes_encrypted_pdf

from annalyst.store import open_store

GOOD = "Minister Oskar Lindqvar visited Quellburg on 4 June 1872. He said: \"The treaty stands.\"\n"
SENTENCE = "The council of Varnholt met in Quellburg on 3 May 1871. "
BLOB = "QmFzZTY0" * 1250  # 10,000 characters without a space, like an inline image in a scraped page


def long_line(size: int) -> str:
    """One line of ``size`` characters: a sentence, then a long blob, over and over (cheap to parse)."""
    unit = SENTENCE + BLOB + " "
    return (unit * (size // len(unit) + 1))[:size]


def rc4_encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


MALFORMED_HTML = (  # misnested and unclosed tags, stray end tags, an unterminated script
    "<html><head><title>Report from Quellburg</title><body><div>"
    + "".join(f"<p>Minister Oskar Lindqvar arrived in Quellburg on {n} July 1873 <b>and <i>met the council of "
              f"Varnholt</b></i> for the {n}th time.<table><tr><td>The delegates of Brellin voted against it."
              for n in range(1, 7))
    + "<p>Nothing was settled.</div></span></body><script>var x = '<p>"
)
# an unclosed <title> holds the rest of the page as its text (HTML's rule): no body text, one failure
UNCLOSED_TITLE = "<html><head><title>Report<body><p>" + "Minister Oskar Lindqvar arrived. " * 20

NON_ENGLISH = {
    "de.txt": "Der Minister Oskar Lindqvar besuchte Quellburg am 4. Juni 1872. Er sagte: „Der Vertrag gilt.“\n",
    "ru.txt": "Министр Оскар Линдквар посетил Квельбург 4 июня 1872 года. Он сказал: «Договор действует».\n",
    "zh.txt": "部长奥斯卡·林德奎尔于1872年6月4日访问了奎尔堡。他说：“条约有效。”\n",
    "ar.txt": "زار الوزير أوسكار ليندكفار مدينة كويلبورغ في 4 يونيو 1872. وقال: «المعاهدة سارية».\n",
}


def _analyse(folder, out):
    from annalyst.pipeline import analyse

    dossier, summary = analyse([folder], out)
    written = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    with open_store(out / "annalyst.db") as store:
        stored = store.load()
    return dossier, summary, written, stored


@pytest.mark.model
def test_hostile_inputs_each_analysed_or_one_failure_naming_file_and_reason(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "malformed.html").write_text(MALFORMED_HTML, encoding="utf-8")
    (folder / "unclosed_title.html").write_text(UNCLOSED_TITLE, encoding="utf-8")
    (folder / "rc4.pdf").write_bytes(rc4_encrypted_pdf())
    (folder / "aes.pdf").write_bytes(aes_encrypted_pdf())
    for name, text in NON_ENGLISH.items():
        (folder / name).write_text(text, encoding="utf-8")

    dossier, summary, written, stored = _analyse(folder, tmp_path / "out")

    analysed = {d.source.rsplit("/", 1)[-1] for d in dossier.documents}
    failed = {f.source.rsplit("/", 1)[-1]: f for f in dossier.failures}
    everything = {"good.txt", "malformed.html", "unclosed_title.html", "rc4.pdf", "aes.pdf", *NON_ENGLISH}
    assert analysed | set(failed) == everything and not analysed & set(failed)
    assert {"good.txt", "malformed.html", *NON_ENGLISH} <= analysed
    assert "encrypted" in failed["rc4.pdf"].error and "encrypted" in failed["aes.pdf"].error
    assert "no main text" in failed["unclosed_title.html"].error
    for name, failure in failed.items():
        assert failure.error.startswith(str(folder / name) + ": ") and "\n" not in failure.error
    malformed = next(d for d in dossier.documents if d.source.endswith("malformed.html"))
    assert "Lindqvar" in malformed.text and "var x" not in malformed.text
    assert summary.failed == len(failed)
    # the failures are in dossier.json and in the store, the same
    assert written["failures"] == stored["failures"]
    assert {f["source"] for f in written["failures"]} == {f.source for f in dossier.failures}
    assert all(f["stage"] == "ingest" and f["error"] for f in written["failures"])


@pytest.mark.model
def test_hostile_input_an_unexpected_reader_error_fails_that_file_alone(tmp_path, monkeypatch):
    from annalyst.ingest import sources

    def broken(*args, **kwargs):
        raise ZeroDivisionError("the reader library broke\non two lines")

    monkeypatch.setattr(sources, "read_html_document", broken)
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "a.html").write_text(MALFORMED_HTML, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    dossier, _, written, stored = _analyse(folder, tmp_path / "out")
    assert [d.source for d in dossier.documents] == [str(folder / "b.txt")]
    (failure,) = dossier.failures
    assert failure.source == str(folder / "a.html")
    assert failure.error.startswith(f"{folder / 'a.html'}: ") and "ZeroDivisionError" in failure.error
    assert "\n" not in failure.error
    assert stored["failures"] == written["failures"] and len(written["failures"]) == 1


@pytest.mark.model
@pytest.mark.slow
def test_hostile_input_a_10_mb_line_is_analysed_whole_in_pieces_beside_other_documents(tmp_path):
    from annalyst.extract.pieces import PIECE_CHARS

    size = 10_000_001  # one more than the 10 MB that once stopped a whole run with spaCy's E088
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "big.txt").write_text(long_line(size), encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "de.txt").write_text(NON_ENGLISH["de.txt"], encoding="utf-8")

    dossier, summary, written, stored = _analyse(folder, tmp_path / "out")

    assert summary.failed == 0 and not dossier.failures
    by_name = {d.source.rsplit("/", 1)[-1]: d for d in dossier.documents}
    assert set(by_name) == {"big.txt", "good.txt", "de.txt"}
    big = by_name["big.txt"]
    assert len(big.text) == size  # nothing truncated
    (finding,) = [f for f in dossier.findings if f.kind == "long_document"]
    assert finding.doc == big.id and f"{size:,} characters" in finding.message
    pieces = int(re.search(r"analysed in (\d+) pieces", finding.message).group(1))
    assert size // PIECE_CHARS < pieces <= 2 * (size // PIECE_CHARS + 1)
    # records from the first piece to the last, each at its offsets in the whole text
    dates = [t for t in dossier.timexes if t.doc == big.id]
    assert dates and min(t.start for t in dates) < PIECE_CHARS and max(t.start for t in dates) > size - PIECE_CHARS
    for t in dossier.timexes:
        text = by_name["big.txt"].text if t.doc == big.id else next(d.text for d in dossier.documents if d.id == t.doc)
        assert text[t.start:t.end] == t.text
    assert any(m.doc == by_name["good.txt"].id for e in dossier.entities for m in e.mentions)
    assert len(written["documents"]) == len(stored["documents"]) == 3


@pytest.mark.parametrize("compress", [False, True])
def test_hostile_input_over_the_size_limit_is_one_failure_naming_file_size_and_limit(tmp_path, compress):
    import gzip

    from annalyst.ingest import read_sources

    limit = 10_000
    (tmp_path / "big.txt").write_text(SENTENCE * 200, encoding="utf-8")  # 11,200 bytes
    (tmp_path / "big.html").write_text(f"<html><body><article><p>{SENTENCE * 200}</p></article></body></html>",
                                      encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": GOOD}), json.dumps({"id": "huge", "text": long_line(3 * limit)}),
             json.dumps({"id": "b", "text": GOOD}), json.dumps({"id": "edge", "text": "x" * (limit - 26)})]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    name = "records.jsonl.gz" if compress else "records.jsonl"
    (tmp_path / name).write_bytes(gzip.compress(body) if compress else body)

    items = list(read_sources([tmp_path], max_size=limit))
    read = sorted(item.source.rsplit("/", 1)[-1] for item in items if not hasattr(item, "error"))
    failed = {item.source.rsplit("/", 1)[-1]: item.error for item in items if hasattr(item, "error")}
    assert read == ["good.txt", f"{name}#a", f"{name}#b", f"{name}#edge"]  # the edge record is exactly the limit
    assert set(failed) == {"big.txt", "big.html", name}
    assert failed["big.txt"] == (f"{tmp_path / 'big.txt'}: 11,200 bytes, over the document size limit of 10,000 bytes: not "
                                 "read (split it into smaller files, or raise the limit with --max-document-size)")
    assert failed[name].startswith(f"{tmp_path / name}, line 2: a record of 30,")
    assert failed[name].endswith("bytes, over the document size limit of 10,000 bytes: not read (split it into "
                                 "smaller files, or raise the limit with --max-document-size)")
    # without a limit everything is read
    assert not [item for item in read_sources([tmp_path], max_size=None) if hasattr(item, "error")]


def test_hostile_input_the_size_limit_is_an_analyze_option_documented_in_help():
    from click.testing import CliRunner

    from annalyst.cli import cli
    from annalyst.ingest.sources import MAX_DOCUMENT_SIZE

    result = CliRunner().invoke(cli, ["analyze", "--help"])
    assert "--max-document-size MB" in result.output and f"[default: {MAX_DOCUMENT_SIZE // 1_000_000};" in result.output


HOSTILE_TEXT = ("Minister Oskar Lindqvar wrote <script>alert(1)</script> to Quellburg on 4 June 1872. "
                "He said: \"<img src=x onerror=alert(2)> we hold the pass\". The council of Varnholt "
                "published <a href=\"javascript:alert(3)\">the accord</a> and <svg onload=alert(4)> on 5 June 1872.\n")
_LIVE_MARKUP = re.compile(r"<\s*(script|img|svg|iframe)\b|<[a-z][^>]*\son\w+\s*=|href=\"\s*javascript:", re.I)


@pytest.mark.model
def test_hostile_input_markup_in_sources_comes_out_escaped_in_report_and_served_pages(tmp_path):
    """Script tags, event handlers and ``javascript:`` URLs in real files, through the whole run: inert text."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from annalyst.web import create_app
    from annalyst.web.highlight import url_part

    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "cable.txt").write_text("<script>alert(0)</script> Report\n\n" + HOSTILE_TEXT, encoding="utf-8")
    escaped = HOSTILE_TEXT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    (folder / "page.html").write_text(  # markup shown as text on the page: its text holds the tags
        f"<html><head><title>&lt;script&gt;alert(5)&lt;/script&gt;</title></head><body><article><p>{escaped}</p>"
        f"<p>{escaped}</p></article></body></html>", encoding="utf-8")
    (folder / "records.jsonl").write_text(json.dumps({
        "id": "<script>alert(6)</script>", "title": "<img src=x onerror=alert(7)>", "author": "<svg onload=alert(8)>",
        "url": "javascript:alert(9)", "text": HOSTILE_TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    dossier, summary, _, _ = _analyse(folder, out)
    assert summary.failed == 0 and len(dossier.documents) == 3
    assert all("<script>" in d.text for d in dossier.documents)  # the words are kept, as text

    report = (out / "report.html").read_text(encoding="utf-8")
    # the page draws itself from one JSON block, in which every < > & of the sources is a \u escape; the
    # scripts are the report's own (its libraries and its code), none of them from the sources
    data = re.search(r'<script type="application/json" id="annalyst-data">(.*?)</script>', report, re.S)
    assert data and "\\u003cscript\\u003ealert(" in data.group(1)
    assert not re.search(r"[<>]", data.group(1))
    assert not re.search(r"<script>alert|<img src=x|<svg onload", report)
    assert not _LIVE_MARKUP.search(report[:data.start()])  # the static page before the data: no live markup

    client = TestClient(create_app(out), base_url="http://127.0.0.1")
    urls = ["/", "/search?q=Lindqvar", "/search?q=alert", "/search?q=pass&kind=quotes"]
    urls += [f"/documents/{url_part(d.id)}" for d in dossier.documents]
    urls += [f"/entities/{url_part(e.id)}" for e in dossier.entities]
    urls += [f"/events/{url_part(e.id)}" for e in dossier.events]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:300])
        assert not _LIVE_MARKUP.search(response.text), (url, _LIVE_MARKUP.search(response.text))
    page = client.get(f"/documents/{url_part(dossier.documents[0].id)}").text
    assert "&lt;script&gt;alert(" in page


@pytest.mark.model
def test_hostile_input_a_line_of_ten_million_characters_without_a_break_is_analysed_in_pieces(tmp_path):
    """No space, no sentence end, no line break: the cut falls anywhere; the run completes and the others are read.

    A run of one letter is what a tokenizer handles fastest (one token a piece), which keeps this test short.
    """
    from annalyst.extract.pieces import PIECE_CHARS

    size = 10_000_000
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "line.txt").write_bytes(b"a" * size)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "ru.txt").write_text(NON_ENGLISH["ru.txt"], encoding="utf-8")

    dossier, summary, written, stored = _analyse(folder, tmp_path / "out")

    assert summary.failed == 0 and not dossier.failures
    by_name = {d.source.rsplit("/", 1)[-1]: d for d in dossier.documents}
    assert set(by_name) == {"line.txt", "good.txt", "ru.txt"}
    assert len(by_name["line.txt"].text) == size  # whole, never truncated
    (finding,) = [f for f in dossier.findings if f.kind == "long_document"]
    assert finding.doc == by_name["line.txt"].id and f"analysed in {size // PIECE_CHARS} pieces" in finding.message
    assert any(m.doc == by_name["good.txt"].id for e in dossier.entities for m in e.mentions)
    assert len(written["documents"]) == len(stored["documents"]) == 3
