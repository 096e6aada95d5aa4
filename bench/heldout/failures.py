"""List what the scorer counts as wrong, layer by layer, with the system's own output beside it.

    python3 bench/heldout/failures.py DOSSIER.json [GOLD.json]

Uses the matching functions of shared/eval/score.py, so every line is a
miss or a false positive the scorer counts. Lines marked OPT concern
optional gold items and do not count.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", HERE.parents[2] / "shared" / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


S = load_scorer()


def read_json(path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def opt(item: dict) -> str:
    return "OPT " if item.get("optional") else ""


class Report:
    def __init__(self, dossier: dict, gold: dict):
        self.d, self.g = dossier, gold
        self.sc = S.Scorer(dossier, gold)
        self.ents = self.sc.entities

    def name(self, eid) -> str:
        e = self.ents.get(eid)
        return f"{e['name']}[{e['type']}]" if e else repr(eid)

    def holder(self, h) -> str:
        return h if h in (None, "author") else self.name(h)

    def entities(self):
        print("=== ENTITIES")
        sc = self.sc
        forms = [(ge["name"], sc.gold_forms[ge["name"]]) for ge in self.g["entities"]]
        for eid, e in self.ents.items():
            if S.COARSE.get(e.get("type")) not in S.SCORED_TYPES:
                continue
            if not any(f & sc.ent_forms[eid] for _, f in forms):
                print(f"NOT IN GOLD {e['name']!r} {e['type']} aliases={e['aliases']} docs={sorted(sc.ent_docs[eid])}")
        for ge in self.g["entities"]:
            docs = sc.gold_docs(ge["files"])
            forms_g = sc.gold_forms[ge["name"]]
            cands = [eid for eid, f in sc.ent_forms.items() if f & forms_g and sc.ent_docs[eid] & docs]
            if not cands:
                print(f"{opt(ge)}MISSED {ge['name']}")
                continue
            best = max(cands, key=lambda eid: len(self.ents[eid].get("mentions", [])))
            if S.COARSE.get(self.ents[best].get("type"), "OTHER") not in ge["types"]:
                print(f"{opt(ge)}WRONG TYPE {ge['name']}: {self.name(best)}")
            scored = [eid for eid in cands if S.COARSE.get(self.ents[eid].get("type")) in S.SCORED_TYPES]
            if len(scored) > 1:
                print(f"{opt(ge)}SPLIT {ge['name']}: {[self.name(eid) for eid in scored]}")

    def timexes(self):
        print("=== TIMEXES")
        by_doc: dict[str, list] = {}
        for t in self.d.get("timexes", []):
            by_doc.setdefault(t["doc"], []).append(t)
        ids = {t["id"]: t for t in self.d.get("timexes", [])}
        covered: set[str] = set()
        for gt in self.g["timexes"]:
            doc = self.sc.file_to_doc.get(gt["file"])
            if doc is None:
                continue
            text = self.sc.docs[doc]["text"]
            span = S.find_nth(text, gt["text"], gt["nth"])
            if span is None:  # the gold's words are not in the document text (dropped as boilerplate)
                print(f"{opt(gt)}{gt['file'][:14]} {gt['text']!r}#{gt['nth']} not in the document text")
                continue
            hits = [t for t in by_doc.get(doc, []) if S.overlaps(S._span(t), span)]
            covered.update(t["id"] for t in hits)
            if not any(self._value_ok(gt, t.get("value")) for t in hits):
                got = [(t["text"], t.get("value"), ids.get(t.get("anchor"), {}).get("text", t.get("anchor")))
                       for t in hits]
                ctx = text[max(0, span[0] - 60) : span[1] + 40].replace("\n", " ")
                print(f"{opt(gt)}{gt['file'][:14]} {gt['text']!r}#{gt['nth']} gold={gt['value']}")
                print(f"      system (text, value, anchor)={got}  | …{ctx}…")
        for t in self.d.get("timexes", []):
            if t["id"] not in covered and t["doc"] in self.sc.file_to_doc.values():
                print(f"NOT IN GOLD {t['doc']} {t['text']!r} {t.get('value')}")

    @staticmethod
    def _value_ok(gt: dict, value) -> bool:
        if not value:
            return False
        parts = value.split("/")
        ok = [gt["value"], *gt.get("accept", [])]
        if any(value == v or v in parts for v in ok):
            return True
        return bool(gt.get("prefix")) and any(p.startswith(gt["value"]) for p in parts)

    def quotes(self):
        print("=== QUOTES")
        quotes = self.d.get("quotes", [])
        for gq in self.g["quotes"]:
            doc = self.sc.file_to_doc.get(gq["file"])
            want = S.norm_text(gq["contains"])
            hits = [q for q in quotes if q["doc"] == doc and want in S.norm_text(q.get("text"))]
            if not hits:
                print(f"{opt(gq)}MISSED {gq['contains']!r}")
                continue
            if gq.get("speaker") and not any(self.sc.entity_matches(q.get("speaker"), gq["speaker"]) for q in hits):
                got = [(self.name(q["speaker"]) if q.get("speaker") else None, q.get("speaker_text"), q.get("cue"))
                       for q in hits]
                print(f"{opt(gq)}SPEAKER {gq['contains'][:50]!r} gold={gq['speaker']}")
                print(f"      system (speaker, speaker_text, cue)={got}")
        for q in quotes:
            mine = [gq for gq in self.g["quotes"] if self.sc.file_to_doc.get(gq["file"]) == q["doc"]]
            if q["doc"] in self.sc.file_to_doc.values() and not any(
                S.norm_text(gq["contains"]) in S.norm_text(q.get("text")) for gq in mine
            ):
                print(f"NOT IN GOLD {q['doc']} {q['text'][:80]!r} speaker_text={q.get('speaker_text')!r}")

    def events(self):
        print("=== EVENTS (gold)")
        for ge in self.g["events"]:
            for f in ge["files"]:
                hits = self.sc.event_hits(ge, f)
                print(f"{opt(ge)}{'HIT ' if hits else 'MISS'} {ge['key']} date={ge['date']} in {f[:14]}")
        print("--- system events")
        for ev in self.d.get("events", []):
            parts = [f"{self.name(p['entity'])}:{p.get('role')}" for p in ev.get("participants", [])]
            place = self.name(ev["place"]) if ev.get("place") else None
            words = [m["text"][:40] for m in ev.get("mentions", [])][:3]
            docs = sorted({m["doc"] for m in ev.get("mentions", [])})
            print(f"{ev.get('type')} {ev.get('date')} participants={parts} place={place} docs={docs} words={words}")

    def claims(self):
        print("=== CLAIMS (gold)")
        for gc in self.g["claims"]:
            hits = self.sc.claim_hits(gc)
            got = [(c.get("stance"), self.holder(c.get("holder"))) for c in hits]
            print(f"{opt(gc)}{'HIT ' if hits else 'MISS'} {gc['key']} gold={gc['stance']}/{gc['holder']} system={got}")
        print("--- system claims")
        for c in self.d.get("claims", []):
            print(f"{c['doc']} {c.get('stance')} {self.holder(c.get('holder'))} {c['text'][:110]!r}")

    def links(self):
        print("=== LINKS")
        for link in self.d.get("links", []):
            print(link.get("kind"), link.get("a"), link.get("b"), link.get("explanation"))
        if not self.d.get("links"):
            print("(no system links)")


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    gold = read_json(sys.argv[2] if len(sys.argv) > 2 else HERE / "gold.json")
    report = Report(read_json(sys.argv[1]), gold)
    for layer in ("entities", "timexes", "quotes", "events", "claims", "links"):
        getattr(report, layer)()
    for problem in report.sc.problems:
        print("problem:", problem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
