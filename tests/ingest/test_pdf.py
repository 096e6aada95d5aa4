"""PDF: the text layer is read; a PDF without one (a scan) is a clear error."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from annalyst.errors import DecodeError, NoTextLayer
from annalyst.ingest.pdf import read_pdf_document


def _pdf_with_text(*lines: str) -> bytes:
    """A one-page PDF written by hand: Helvetica, one line of text per entry (ASCII only)."""
    stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_pdf_reads_the_text_layer_and_byline():
    data = _pdf_with_text("Grain Prices Rise Again", "By Olga Petrenko | 2 April 2016",
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
