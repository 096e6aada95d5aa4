"""PDFs written by hand, for tests and bench scripts: pypdf can write pages but does not typeset text.

    from tests.pdfs import pdf_with_text, aes_encrypted_pdf     # in tests (the project root is on sys.path)

``pdf_with_text`` gives a PDF whose text layer holds the given lines (Helvetica,
one line each, one page or several); ``aes_encrypted_pdf`` one whose encryption
dictionary asks for AES-256, which pypdf can only open with the ``cryptography``
package. Text is Latin-1: a character outside it becomes ``?``; parentheses and
backslashes, which would end or escape a PDF string, are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["aes_encrypted_pdf", "pdf_with_text", "serialize_pdf"]

_ID = b"<00112233445566778899aabbccddeeff>"


def pdf_with_text(*lines: str, pages: Sequence[Sequence[str]] | None = None, width: int = 612,
                  height: int = 792) -> bytes:
    """A PDF with a text layer: ``lines`` on one page, or each entry of ``pages`` (a list of lines) on a page."""
    pages = [lines] if pages is None else pages
    fonts = 3 + 2 * len(pages)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (3 + 2 * n) for n in range(len(pages))), len(pages))]
    for n, page in enumerate(pages):
        content = b"BT /F1 12 Tf 72 %d Td 14 TL " % (height - 72) + b" ".join(
            b"(" + _pdf_string(line) + b") Tj T*" for line in page) + b" ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (width, height, 4 + 2 * n, fonts))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return serialize_pdf(objects)


def aes_encrypted_pdf() -> bytes:
    """A one-page PDF whose encryption dictionary asks for AES-256 (opening it needs ``cryptography``)."""
    z48, z32 = b"00" * 48, b"00" * 32
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
               b"<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> "
               b"/StmF /StdCF /StrF /StdCF /O <" + z48 + b"> /U <" + z48 + b"> /OE <" + z32 + b"> /UE <" + z32
               + b"> /P -4 /Perms <" + b"00" * 16 + b"> >>"]
    return serialize_pdf(objects, trailer=b"/Encrypt 4 0 R /ID [%s %s]" % (_ID, _ID), version=b"1.7")


def serialize_pdf(objects: Sequence[bytes], *, trailer: bytes = b"", version: bytes = b"1.4") -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the first the catalog), with its cross-reference table."""
    out = b"%PDF-" + version + b"\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    extra = b" " + trailer if trailer else b""
    return out + b"trailer\n<< /Root 1 0 R /Size %d%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, extra, xref)


def _pdf_string(line: str) -> bytes:
    return line.replace("\\", "").replace("(", "").replace(")", "").encode("latin-1", "replace")
