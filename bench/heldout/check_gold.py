"""Check that a held-out set's gold.json is consistent with its corpus, using the scorer's own matching.

    python3 bench/heldout/check_gold.py [SET_FOLDER] [--consistency] [--strict] [--show]

With no folder, this set (bench/heldout). The basic checks run always; each
set's own check_gold.py runs this one with the groups its gold was written to
pass (see ``check_consistency`` and ``check_strict``); ``--show`` prints every
timex in context.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[2] / "shared" / "eval" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_basic(score, gold: dict, texts: dict[str, str], errors: list[str]) -> None:
    """Every timex text/nth, claim region and quote substring is found in its file the way score.py
    looks for it; every alias occurs in one of its files; every speaker, holder and participant names a
    gold entity."""
    names = {e["name"] for e in gold["entities"]}
    for e in gold["entities"]:
        for f in e["files"]:
            if f not in texts:
                errors.append(f"entity {e['name']}: unknown file {f}")
        for alias in e["aliases"]:
            pat = r"(?<!\w)" + re.escape(alias) + r"(?!\w)"
            if not any(re.search(pat, texts[f]) for f in e["files"] if f in texts):
                errors.append(f"entity {e['name']}: alias {alias!r} not in its files")
        for f in e["files"]:
            if f in texts and not any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", texts[f]) for a in e["aliases"]):
                errors.append(f"entity {e['name']}: no alias occurs in {f}")
    forms: dict[str, str] = {}
    for e in gold["entities"]:
        for alias in e["aliases"]:
            n = score.norm(alias)
            if forms.setdefault(n, e["name"]) != e["name"]:
                errors.append(f"alias form {n!r} shared by {forms[n]} and {e['name']}")

    for t in gold["timexes"]:
        if score.find_nth(texts[t["file"]], t["text"], t["nth"]) is None:
            errors.append(f"timex {t['text']!r} #{t['nth']} not in {t['file']}")

    for q in gold["quotes"]:
        if score.norm_text(q["contains"]) not in score.norm_text(texts[q["file"]]):
            errors.append(f"quote {q['contains']!r} not in {q['file']}")
        if q["speaker"] is not None and q["speaker"] not in names:
            errors.append(f"quote {q['contains']!r}: speaker {q['speaker']!r} is not a gold entity")

    for ev in gold["events"]:
        for p in ev["participants"] + ([ev["place"]] if ev.get("place") else []):
            if p not in names:
                errors.append(f"event {ev['key']}: {p!r} is not a gold entity")
        for f in ev["files"]:
            if f not in texts:
                errors.append(f"event {ev['key']}: unknown file {f}")

    keys = {c["key"] for c in gold["claims"]}
    for c in gold["claims"]:
        if score.find_region(texts[c["file"]], c["overlaps"]) is None:
            errors.append(f"claim {c['key']}: region not in {c['file']}")
        if c["holder"] != "author" and c["holder"] not in names:
            errors.append(f"claim {c['key']}: holder {c['holder']!r} is not a gold entity")

    events = {ev["key"]: ev for ev in gold["events"]}
    for link in gold["links"]:
        if link["kind"] == "same_event":
            ev = events.get(link["event"])
            if ev is None or len(ev["files"]) < 2:
                errors.append(f"same_event link to {link['event']!r}: unknown or single-file event")
            continue
        for side in ("a", "b"):
            for k in link[side]["claims"]:
                if k not in keys:
                    errors.append(f"{link['kind']} link: unknown claim {k!r}")


def check_consistency(score, gold: dict, texts: dict[str, str], errors: list[str]) -> None:
    """Document titles and authors occur in their files, no two gold timexes overlap, claim keys are
    unique, and each side of a link names claims of the file it says."""
    keys = {c["key"] for c in gold["claims"]}
    for d in gold["documents"]:
        for field in ("title", "author"):
            if field in d and score.norm_text(d[field]) not in score.norm_text(texts[d["file"]]):
                errors.append(f"document {d['file']}: {field} {d[field]!r} not in text")

    spans: dict[str, list] = {}
    for t in gold["timexes"]:
        span = score.find_nth(texts[t["file"]], t["text"], t["nth"])
        if span is None:
            continue
        for other, ospan in spans.get(t["file"], []):
            if score.overlaps(span, ospan):
                errors.append(f"timexes {other!r} and {t['text']!r} overlap in {t['file']}")
        spans.setdefault(t["file"], []).append((t["text"], span))

    if len(keys) != len(gold["claims"]):
        errors.append("duplicate claim keys")
    by_key = {c["key"]: c for c in gold["claims"]}
    for link in gold["links"]:
        if link["kind"] == "same_event":
            continue
        for side in ("a", "b"):
            for k in link[side]["claims"]:
                if k in by_key and by_key[k]["file"] != link[side]["file"]:
                    errors.append(f"{link['kind']} link: claim {k!r} is not in {link[side]['file']}")


def check_strict(score, gold: dict, texts: dict[str, str], errors: list[str]) -> None:
    """Timex values and event dates have an ISO-like shape; every quote substring sits between quotation
    marks in its paragraph (so not for transcripts, whose turns have none); agreeing and contradicting
    sides never share a claim."""
    value_shape = re.compile(r"^(\d{4}|\d{3}X|\d{2}XX|\d{3}|XXXX)(-(\d{2}|W\d{2}|SP|SU|FA|WI)(-\d{2})?)?"
                             r"(T[\d:]+|TNI|TMO|TAF|TEV)?$"
                             r"|^P(T?\d+[YMWDHS])+$|^(PRESENT|PAST|FUTURE)_REF$|^X$")
    for t in gold["timexes"]:
        for v in [t["value"], *t.get("accept", [])]:
            if not value_shape.match(v):
                errors.append(f"timex {t['text']!r} #{t['nth']}: odd value {v!r}")
    for ev in gold["events"]:
        if not value_shape.match(ev["date"]):
            errors.append(f"event {ev['key']}: odd date {ev['date']!r}")

    marks = "\"“”"
    for q in gold["quotes"]:
        text = texts[q["file"]]
        # locate in the raw text: the first raw occurrence of the first word run
        m = re.search(r"\s+".join(re.escape(w) for w in q["contains"].split()), text)
        if m is None:
            continue
        para_start = text.rfind("\n\n", 0, m.start()) + 1
        para_end = text.find("\n\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        before = text[para_start:m.start()]
        after = text[m.end():para_end]
        if not any(c in before for c in marks) or not any(c in after for c in marks):
            errors.append(f"quote {q['contains']!r}: not between quotation marks in {q['file']}")

    for link in gold["links"]:
        if link["kind"] == "same_event":
            continue
        if set(link["a"]["claims"]) & set(link["b"]["claims"]):
            errors.append(f"{link['kind']} link shares claims between its sides")
    for link in gold["links"]:
        if link["kind"] != "agrees":
            continue
        for other in gold["links"]:
            if other["kind"] == "contradicts":
                pairs = {(a, b) for a in other["a"]["claims"] for b in other["b"]["claims"]}
                pairs |= {(b, a) for a, b in pairs}
                for a in link["a"]["claims"]:
                    for b in link["b"]["claims"]:
                        if (a, b) in pairs:
                            errors.append(f"claims {a!r} and {b!r} both agree and contradict")


def show_timexes(score, gold: dict, texts: dict[str, str]) -> None:
    """Print each gold timex in its context, flagged O (optional) and H (hard)."""
    for t in gold["timexes"]:
        span = score.find_nth(texts[t["file"]], t["text"], t["nth"])
        if span:
            text = texts[t["file"]]
            ctx = (text[max(0, span[0] - 35):span[0]] + "[" + text[span[0]:span[1]] + "]"
                   + text[span[1]:span[1] + 25])
            flags = ("O" if t.get("optional") else " ") + ("H" if t.get("hard") else " ")
            print(f"{t['file'][:12]:12} {flags} {t['value']:18} {ctx!r}".replace("\n", " "))


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("--")]
    folder = folders[0] if folders else HERE
    score = load_scorer()
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    texts = {d["file"]: (folder / "corpus" / d["file"]).read_text(encoding="utf-8") for d in gold["documents"]}
    errors: list[str] = []
    check_basic(score, gold, texts, errors)
    if "--consistency" in argv or "--strict" in argv:
        check_consistency(score, gold, texts, errors)
    if "--strict" in argv:
        check_strict(score, gold, texts, errors)
    if "--show" in argv:
        show_timexes(score, gold, texts)
    for err in errors:
        print(err)
    n = sum(len(gold[k]) for k in ("entities", "timexes", "quotes", "events", "claims", "links"))
    print(f"{len(errors)} problems in {n} gold items")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
