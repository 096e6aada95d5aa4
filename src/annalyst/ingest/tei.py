"""TEI P5 XML: one Document per ``div[@type="document"]`` (as in FRUS volumes), through lxml.

For each document division:

* ``title`` is its ``head``, without notes, whitespace collapsed and the
  editors' running number ("12. Telegram From ...") dropped (the number stays
  in ``meta["n"]``);
* ``published`` is the ``when`` (or ``notBefore``/``from``) of the ``date``
  in its ``dateline``, else a ``*dateTime-min``-like attribute on the
  division, else a date written in the dateline, as an ISO date;
* ``source`` is ``FILE#XMLID``;
* ``text`` is the body: dateline, opener, paragraphs, quotes, lists, closer
  and signature, one block a paragraph, separated by blank lines.

Footnotes: each ``note`` is replaced by a ``[n]`` marker where it stands and
its text is appended after a ``--- Footnotes ---`` line at the end, the
convention of the FRUS JSON Lines corpus. Footnotes hold real content (who an
unnamed official was, where a quote was printed), so they are analysed, but
they never break the sentence they are attached to. The editors' source note
(``note[@type="source"]``, on the ``head``) is about the archive, not the
event: it goes to ``meta["source_note"]``.

A TEI file without document divisions becomes one Document: its ``body``,
titled from the ``teiHeader``.

Parsing is incremental (``iterparse``) and each division is freed once read,
so a large volume does not sit in memory as a tree.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator

from lxml import etree

from ..errors import DecodeError, EmptyDocument, InputError
from ..model import Document
from .byline import find_date, parse_date

__all__ = ["is_tei", "read_tei_documents"]

TEI = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# elements that start a new block of text
_BLOCKS = {"p", "ab", "dateline", "opener", "closer", "salute", "signed", "quote", "q", "list", "item", "table",
           "row", "lg", "l", "postscript", "byline", "docAuthor", "head", "div", "epigraph", "address",
           "addrLine", "cit", "sp", "speaker", "trailer", "argument", "floatingText", "listBibl", "bibl"}
_SKIP = {"teiHeader", "fw", "figDesc", "facsimile"}
_LEADING_NUMBER = re.compile(r"^\d+[A-Z]?\.\s+")


def is_tei(head: bytes) -> bool:
    """Whether the first bytes of an XML file declare the TEI namespace."""
    return TEI.encode() in head[:4096] or b"<TEI" in head[:4096]


def read_tei_documents(data: bytes, *, source: str) -> Iterator[Document | InputError]:
    """One Document per document division of a TEI file (or an error per division that has no text)."""
    found = 0
    try:
        for _, div in etree.iterparse(io.BytesIO(data), events=("end",), tag=f"{{{TEI}}}div",
                                      resolve_entities=False, no_network=True, huge_tree=True):
            if div.get("type") != "document":
                continue
            found += 1
            yield _division_document(div, source, found)
            # free what has been read: the division, and the siblings before it
            div.clear(keep_tail=True)
            parent = div.getparent()
            while parent is not None and div.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        yield DecodeError(source, f"not well-formed XML: {exc}", "check the file with xmllint --noout FILE")
        return
    if not found:
        yield _whole_text_document(data, source)


def _division_document(div: etree._Element, source: str, n: int) -> Document | InputError:
    xml_id = div.get(_XML_ID) or div.get("n") or str(n)
    doc_source = f"{source}#{xml_id}"
    head = div.find(f"{{{TEI}}}head")
    title = _LEADING_NUMBER.sub("", _flat_text(head)) if head is not None else None
    source_note = None
    if head is not None:
        note = head.find(f".//{{{TEI}}}note[@type='source']")
        if note is not None:
            source_note = _flat_text(note, keep_notes=True)
    text = _render(div, skip={head} if head is not None else set())
    if not text.strip():
        return EmptyDocument(doc_source, "a TEI document division with no text",
                             "an empty division in the volume; nothing to fix if it is a placeholder")
    meta = {key: value for key, value in (("n", div.get("n")), ("xml_id", div.get(_XML_ID)),
                                          ("source_note", source_note)) if value}
    raw = etree.tostring(div, encoding="utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    return Document(id="d" + sha[:12], source=doc_source, text=text, sha256=sha, title=title or None,
                    published=_division_date(div), meta=meta)


def _whole_text_document(data: bytes, source: str) -> Document | InputError:
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except etree.XMLSyntaxError as exc:
        return DecodeError(source, f"not well-formed XML: {exc}", "check the file with xmllint --noout FILE")
    body = root.find(f".//{{{TEI}}}body")
    if body is None:
        return EmptyDocument(source, "a TEI file without a <body> or document divisions",
                             "annalyst reads TEI P5 texts: text/body, or div[@type='document'] for collections")
    text = _render(body, skip=set())
    if not text.strip():
        return EmptyDocument(source, "a TEI file whose <body> has no text", "check that the file is not a stub")
    title = root.find(f"{{{TEI}}}teiHeader//{{{TEI}}}titleStmt/{{{TEI}}}title")
    author = root.find(f"{{{TEI}}}teiHeader//{{{TEI}}}titleStmt/{{{TEI}}}author")
    date = root.find(f"{{{TEI}}}teiHeader//{{{TEI}}}publicationStmt/{{{TEI}}}date")
    published = None
    if date is not None:
        published = parse_date(date.get("when") or _flat_text(date))
    sha = hashlib.sha256(data).hexdigest()
    return Document(id="d" + sha[:12], source=source, text=text, sha256=sha,
                    title=_flat_text(title) or None if title is not None else None,
                    author=_flat_text(author) or None if author is not None else None, published=published)


def _division_date(div: etree._Element) -> str | None:
    for date in div.iterfind(f".//{{{TEI}}}dateline//{{{TEI}}}date"):
        for attribute in ("when", "notBefore", "from", "when-iso"):
            value = date.get(attribute)
            if value and (iso := parse_date(value)):
                return iso
    for name, value in div.attrib.items():  # e.g. frus:doc-dateTime-min="1961-01-04T00:00:00-05:00"
        if etree.QName(name).localname.lower().endswith("datetime-min") and (iso := parse_date(value)):
            return iso[:10]
    dateline = div.find(f".//{{{TEI}}}dateline")
    if dateline is not None and (found := find_date(_flat_text(dateline))):
        return found[0]
    return None


def _flat_text(element: etree._Element, *, keep_notes: bool = False) -> str:
    """The text of ``element`` on one line, notes left out unless asked for."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and (keep_notes or etree.QName(child).localname != "note"):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return " ".join("".join(parts).split())


def _render(root: etree._Element, *, skip: set) -> str:
    """Blocks of text separated by blank lines, with ``[n]`` note markers and the notes at the end."""
    blocks: list[str] = []
    notes: list[tuple[str, str]] = []
    current: list[str] = []

    def flush() -> None:
        block = " ".join("".join(current).split())
        if block:
            blocks.append(block)
        current.clear()

    def walk(el: etree._Element) -> None:
        name = etree.QName(el).localname if isinstance(el.tag, str) else ""
        if el in skip or name in _SKIP or not name:
            return
        if name == "note":
            if el.get("type") != "source":
                mark = el.get("n") or str(len(notes) + 1)
                current.append(f"[{mark}]")
                notes.append((mark, _flat_text(el, keep_notes=True)))
            return
        if name == "lb":
            current.append(" ")
            return
        if name == "cell" and el.getprevious() is not None:
            current.append(" | ")
        block = name in _BLOCKS and el is not root
        if block:
            flush()
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    text = "\n\n".join(blocks)
    if notes and text:
        text += "\n\n--- Footnotes ---\n" + "\n".join(f"[{mark}] {note}" for mark, note in notes)
    return text
