"""The HTML pages: overview, search, entity, event and the document reader.

Like the API's, the routes are ``async`` and run in the event loop (see :mod:`.api`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from ..report.html import json_for_script
from .data import SEARCH_KINDS, Case
from .highlight import Item, highlight, url_part
from .policy import VIEWS_CSP
from .render import render

router = APIRouter(include_in_schema=False)
SEARCH_EACH = 20  # hits of each kind on a search of everything (each kind links to its own page of more)
SEARCH_ONE = 50  # hits on a search of one kind


def _case(request: Request) -> Case:
    return request.app.state.case


def _page(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(template, **context))


def _refs(*groups: list[dict[str, Any]], keys: tuple[str, ...] = ("speaker", "holder", "addressee")) -> set[str]:
    return {r[k] for g in groups for r in g for k in keys if r.get(k) and r[k] != "author"}


@router.get("/")
async def overview(request: Request) -> HTMLResponse:
    return _page("overview.html", o=_case(request).overview())


@router.get("/search")
async def search(request: Request, q: str = Query("", max_length=500), kind: str = "all") -> HTMLResponse:
    case = _case(request)
    kinds = SEARCH_KINDS if kind == "all" else (kind,)
    limit = SEARCH_EACH if kind == "all" else SEARCH_ONE
    results = {k: case.search(q, k, limit) for k in kinds}
    return _page("search.html", q=q, kind=kind, kinds=SEARCH_KINDS, results=results, limit=limit)


@router.get("/compare")
async def compare(request: Request, kind: str = "all", page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
    return _page("compare.html", c=_case(request).links(kind, page))


@router.get("/timeline")
async def timeline(request: Request) -> HTMLResponse:
    t = _case(request).timeline()
    page = _page("timeline.html", t=t, data=Markup(json_for_script({"view": "timeline", **t})))
    page.headers["Content-Security-Policy"] = VIEWS_CSP
    return page


@router.get("/network")
async def network(request: Request) -> HTMLResponse:
    n = _case(request).network()
    names = {node["id"]: node["name"] for node in n["nodes"]}
    page = _page("network.html", n=n, names=names, data=Markup(json_for_script({"view": "network", **n})))
    page.headers["Content-Security-Policy"] = VIEWS_CSP
    return page


@router.get("/entities/{entity_id:path}")
async def entity(request: Request, entity_id: str) -> HTMLResponse:
    case = _case(request)
    e = case.entity(entity_id)
    names = case.names(_refs(e["quotes"], e["claims"]) | {p["entity"] for ev in e["events"]
                                                         for p in ev.get("participants", [])})
    titles = case.titles({m["doc"] for m in e["mentions"]} | {q["doc"] for q in e["quotes"]}
                         | {c["doc"] for c in e["claims"]})
    return _page("entity.html", e=e, names=names, titles=titles)


@router.get("/events/{event_id:path}")
async def event(request: Request, event_id: str) -> HTMLResponse:
    case = _case(request)
    ev = case.event(event_id)
    refs = {p["entity"] for p in ev["event"].get("participants", [])} | _refs(ev["claims"])
    if ev["event"].get("place"):
        refs.add(ev["event"]["place"])
    names = case.names(refs)
    titles = case.titles({m["doc"] for m in ev["mentions"]} | {c["doc"] for c in ev["claims"]})
    return _page("event.html", ev=ev, names=names, titles=titles)


@router.get("/documents/{doc_id:path}")
async def document(request: Request, doc_id: str, start: int | None = Query(None, ge=0),
             end: int | None = Query(None, ge=0)) -> HTMLResponse:
    case = _case(request)
    d = case.document(doc_id)
    names = case.names({m["entity"] for m in d["mentions"]} | _refs(d["quotes"], d["claims"]))
    items = [Item(m["start"], m["end"], "mention", names.get(m["entity"], m["entity"]),
                  f"/entities/{url_part(m['entity'])}") for m in d["mentions"]]
    items += [Item(t["start"], t["end"], "timex", f"{t['type']} {t.get('value') or '?'}") for t in d["timexes"]]
    items += [Item(q["start"], q["end"], "quote", "quote of " + names.get(q.get("speaker") or "", "unknown"))
              for q in d["quotes"]]
    items += [Item(c["start"], c["end"], "claim", f"claim ({c['stance']})") for c in d["claims"]]
    items += [Item(v["start"], v["end"], "event", v["label"] or "event") for v in d["events"]]
    if start is not None and end is not None and start < end:
        items.append(Item(start, end, "target", "the words you came for"))
    text = highlight(d["document"]["text"], items)
    return _page("document.html", d=d, text=text, names=names, target=(start, end))
