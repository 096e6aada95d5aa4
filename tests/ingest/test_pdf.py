"""PDF: the text layer is read; a PDF without one (a scan) is a clear error."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter
from tests.pdfs import pdf_with_text

from annalyst.errors import DecodeError, NoTextLayer
from annalyst.ingest.pdf import read_pdf_document


def test_pdf_reads_the_text_layer_and_byline():
    data = pdf_with_text("Grain Prices Rise Again", "By Olga Petrenko | 2 April 2016",
                          "The price of wheat rose for the third month running.")
    document = read_pdf_document(data, source="report.pdf", doc_id="d1", sha256="0" * 64)
    assert "The price of wheat rose for the third month running." in document.text
    assert (document.title, document.author, document.published) == (
        "Grain Prices Rise Again", "Olga Petrenko", "2016-04-02")


def test_pdf_without_text_layer_is_no_text_layer():
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(NoTextLayer, match=r"^scan\.pdf: no text layer .*\(run OCR first"):
        read_pdf_document(buffer.getvalue(), source="scan.pdf", doc_id="d1", sha256="0" * 64)


def test_pdf_truncated_file_is_a_decode_error():
    with pytest.raises(DecodeError, match=r"^broken\.pdf: not a readable PDF"):
        read_pdf_document(b"%PDF-1.4\n1 0 obj\n<< /Type", source="broken.pdf", doc_id="d1", sha256="0" * 64)
