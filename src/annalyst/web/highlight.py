"""A document's text as HTML with every extracted item marked, built only from escaped pieces.

Items may nest or overlap (a mention inside a quote inside a claim), so the
text is cut at every item boundary and each piece is wrapped once, with the
classes of every item covering it: the HTML stays flat and well formed whatever
the offsets. An empty anchor ``id="at-START-END"`` stands at the start of each
item, so a link elsewhere can open the reader at the item's words; the span
``target`` (``?start=&end=`` in the URL) is marked and carries ``id="words"``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import quote

from markupsafe import Markup


@dataclass(frozen=True, slots=True)
class Item:
    """One extracted item in a document: its offsets, its kind (a CSS class) and what it names."""

    start: int
    end: int
    kind: str  # mention timex quote claim event target
    label: str = ""  # shown as the piece's tooltip
    href: str | None = None  # where a click on a mention leads (its entity page)


def anchor_id(start: int, end: int) -> str:
    return f"at-{start}-{end}"


def url_part(value: str) -> str:
    """A record id as one URL path segment (ids hold ``:``; a ``/`` or ``?`` must not change the route)."""
    return quote(value, safe=":")


def highlight(text: str, items: list[Item]) -> Markup:
    """``text`` as escaped HTML with each item's words wrapped and anchored (offsets outside the text are dropped)."""
    items = [i for i in items if 0 <= i.start < i.end <= len(text)]
    cuts = sorted({0, len(text), *(i.start for i in items), *(i.end for i in items)})
    starts: dict[int, list[Item]] = {}
    for item in items:
        starts.setdefault(item.start, []).append(item)
    out: list[str] = []
    covering: list[Item] = []  # the items open over the current piece (a sweep, not a scan of every item)
    for left, right in pairwise(cuts):
        opening = sorted(starts.get(left, ()), key=lambda i: -i.end)
        for name in dict.fromkeys(anchor_id(i.start, i.end) for i in opening if i.kind != "target"):
            out.append(f'<a class="anchor" id="{name}"></a>')
        covering = [i for i in covering if i.end > left] + opening
        piece = html.escape(text[left:right])
        if not covering:
            out.append(piece)
            continue
        kinds = " ".join(sorted({i.kind for i in covering}))
        title = html.escape("; ".join(dict.fromkeys(i.label for i in covering if i.label)), quote=True)
        target = any(i.kind == "target" and i.start == left for i in covering)
        attrs = f' class="hl {kinds}"' + (f' title="{title}"' if title else "") + (' id="words"' if target else "")
        link = next((i.href for i in covering if i.href), None)
        if link:
            out.append(f'<a{attrs} href="{html.escape(link, quote=True)}">{piece}</a>')
        else:
            out.append(f"<mark{attrs}>{piece}</mark>")
    return Markup("".join(out))
