"""The same quotation in several documents: ``same_quote`` links (Quotebank's idea, on one archive).

Two quotations match when their words, normalised (case, punctuation, quote
marks, ellipses), are nearly the same, or one is an excerpt of the other with
small edits. Comparing every pair is quadratic, so quotations are *blocked* on
their rarer word shingles: only pairs sharing a three-word shingle that few
quotations contain are compared, and only when they share a fair part of their
shingles (a set intersection) are they scored with rapidfuzz. The link's explanation names
both documents and says when the wording or the attributed speaker differs,
because that difference is what a reader checking sources wants to see.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ..model import Document, Entity, Link, Quote

_SHINGLE = 3
# A shingle found in more quotations than this is too common to block on ("i think that").
_MAX_BLOCK = 50
_MIN_WORDS = 4
_THRESHOLD = 88.0
# The cheap test before the expensive one: two quotations that score above the threshold share at least
# this share of the shorter one's shingles (an edit every few words still leaves most shingles whole).
_MIN_SHARED = 0.25
_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|…|\[\s*(?:\.\.\.|…)\s*\]")


_GAP = "…"


def _words(text: str) -> list[str]:
    """Case-folded words; an ellipsis (words left out) stays as one gap token."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = _ELLIPSIS.sub(f" {_GAP} ", text)
    return re.findall(r"[\w']+|" + _GAP, text.casefold())


def _plain(words: list[str]) -> list[str]:
    return [w for w in words if w != _GAP]


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _score(a: list[str], b: list[str]) -> float:
    """Similarity 0..100: whole-text ratio, or the shorter one as an excerpt of the longer."""
    for excerpt, full in ((a, b), (b, a)):
        if _GAP in excerpt and _GAP not in full:
            return _elided_score(excerpt, full)
    sa, sb = " ".join(_plain(a)), " ".join(_plain(b))
    whole = fuzz.ratio(sa, sb)
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(short.split()) >= 6:  # an excerpt with the rest cut away
        return max(whole, fuzz.partial_ratio(short, long_))
    return whole


def _elided_score(excerpt: list[str], full: list[str]) -> float:
    """Each stretch between ellipses must be found in the full quotation; weighted by length."""
    text = " ".join(full)
    segments, current = [], []
    for w in [*excerpt, _GAP]:
        if w == _GAP:
            if current:
                segments.append(" ".join(current))
            current = []
        else:
            current.append(w)
    total = sum(len(seg) for seg in segments)
    if not total:
        return 0.0
    return sum(fuzz.partial_ratio(seg, text) * len(seg) for seg in segments) / total


def _wording_difference(a: list[str], b: list[str]) -> str | None:
    """ "'x' where the other has 'y'" for the first differing stretch of words, if any."""
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op in ("delete", "insert") and (i1 in (0, len(a)) or j1 in (0, len(b))):
            continue  # one quotes more of the passage than the other: an excerpt, not a change
        if _GAP in a[max(i1 - 1, 0):i2 + 1] or _GAP in b[max(j1 - 1, 0):j2 + 1]:
            continue  # words left out at an ellipsis
        left, right = " ".join(a[i1:i2]) or "nothing", " ".join(b[j1:j2]) or "nothing"
        return f"'{left}' where the other has '{right}'"
    return None


def link_quotes(quotes: Sequence[Quote], entities: Sequence[Entity],
                documents: Sequence[Document] = ()) -> list[Link]:
    """``same_quote`` links between quotations of different documents that share their words.

    Pass ``documents`` to have the explanations name documents by title rather than by id.
    """
    names = {e.id: e.name for e in entities}
    titles = {d.id: f"“{d.title}”" if d.title else d.id for d in documents}
    words = {q.id: _words(q.text) for q in quotes}
    usable = [q for q in quotes if len(_plain(words[q.id])) >= _MIN_WORDS]
    shingles = {q.id: _shingles(_plain(words[q.id])) for q in usable}
    index: dict[tuple[str, ...], list[Quote]] = defaultdict(list)
    for q in usable:
        for shingle in shingles[q.id]:
            index[shingle].append(q)
    pairs: set[tuple[str, str]] = set()
    by_id = {q.id: q for q in usable}
    for bucket in index.values():
        if len(bucket) > _MAX_BLOCK or len({q.doc for q in bucket}) < 2:
            continue
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                if a.doc != b.doc:
                    pairs.add((a.id, b.id) if a.id < b.id else (b.id, a.id))
    links = []
    for a_id, b_id in sorted(pairs):
        a, b = by_id[a_id], by_id[b_id]
        sa, sb = shingles[a_id], shingles[b_id]
        if len(sa & sb) < _MIN_SHARED * min(len(sa), len(sb)):
            continue
        score = _score(words[a_id], words[b_id])
        if score < _THRESHOLD:
            continue
        links.append(Link(id=f"L:same_quote:{a_id}:{b_id}", kind="same_quote", a=a_id, b=b_id,
                          score=round(score / 100, 3), explanation=_explain(a, b, words, names, titles)))
    return links


def _explain(a: Quote, b: Quote, words: dict[str, list[str]], names: dict[str, str],
             titles: dict[str, str]) -> str:
    doc_a, doc_b = titles.get(a.doc, a.doc), titles.get(b.doc, b.doc)
    parts = [f"{doc_a} and {doc_b} quote the same words"]
    difference = _wording_difference(words[a.id], words[b.id])
    if difference:
        parts.append(f"; the wording differs: {doc_a} has {difference}")
    elif _plain(words[a.id]) != _plain(words[b.id]):
        parts.append("; one quotes only part of the other")
    who_a = names.get(a.speaker or "") or a.speaker_text
    who_b = names.get(b.speaker or "") or b.speaker_text
    if a.speaker and b.speaker and a.speaker != b.speaker:
        parts.append(f"; {doc_a} attributes them to {who_a} but {doc_b} to {who_b}")
    elif bool(a.speaker) != bool(b.speaker):
        parts.append(f"; {doc_a} attributes them to {who_a or 'no one'}, {doc_b} to {who_b or 'no one'}")
    elif a.speaker:
        parts.append(f", both attributed to {who_a}")
    return "".join(parts) + "."


def quotes_by_speaker(quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[tuple[str, list[Quote]]]:
    """Quotations grouped under their speaker's name (or the words naming them), most quoted first.

    This is the view a reader checks first ("everything X is quoted as saying, with the evidence");
    quotations nobody could be given to come last, under "unattributed".
    """
    names = {e.id: e.name for e in entities}
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        who = names.get(q.speaker or "") or q.speaker or q.speaker_text or "unattributed"
        groups[who].append(q)
    return sorted(((who, sorted(qs, key=lambda q: (q.doc, q.start))) for who, qs in groups.items()),
                  key=lambda item: (item[0] == "unattributed", -len(item[1]), item[0]))
