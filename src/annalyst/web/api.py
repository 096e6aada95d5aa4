"""The JSON API under ``/api/`` (schema at ``/api/openapi.json``): records in their ``dossier.json`` form.

The routes are ``async``: they read a local read-only store and run in the event loop, with no thread
hand-off (a thread per request costs more than a search, and threads fight over one interpreter lock);
``annalyst serve --workers N`` runs N such loops. A PostgreSQL store's queries wait in the loop too, one
at a time, as they did before on the app's one connection (:class:`.data.Case` holds one per process).
Each answer is written as JSON straight from the store's records (:func:`_json`), not validated again
against its model on the way out: the models describe the answers in the schema, and
tests/web/test_fast_path.py checks that the answers match them.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from .data import MAX_ROWS, PAGE_SIZE, Case  # SearchHit.kind and search(kind=) list data.SEARCH_KINDS


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    """Every error of the API has this shape."""

    error: ErrorDetail


class SnippetPart(BaseModel):
    text: str
    match: bool


class SearchHit(BaseModel):
    kind: Literal["documents", "quotes", "claims"]
    id: str
    doc: str
    title: str
    start: int | None
    end: int | None
    snippet: list[SnippetPart]


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    author: str | None
    published: str | None
    source: str
    length: int
    url: str | None = None


class Overview(BaseModel):
    documents: list[DocumentSummary]
    counts: dict[str, int]
    entities: list[dict[str, Any]]
    events: list[dict[str, Any]]


class Claim(BaseModel):
    """A claim in its ``dossier.json`` form (docs/dossier.md, Claim); fields beyond these are kept."""

    model_config = {"extra": "allow"}
    id: str
    doc: str
    start: int
    end: int
    text: str
    holder: str | None = None
    stance: str


class Comparison(BaseModel):
    """A link between two claims, with both claims in their own words (``None`` if not in the run)."""

    model_config = {"extra": "allow"}
    id: str
    kind: Literal["contradicts", "agrees"]
    a: str
    b: str
    score: float
    explanation: str
    a_claim: Claim | None
    b_claim: Claim | None


class LinksPage(BaseModel):
    kind: Literal["all", "contradicts", "agrees"]
    page: int
    pages: int
    size: int
    total: int
    counts: dict[str, int]
    links: list[Comparison]
    names: dict[str, str]
    titles: dict[str, str]


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad request (an FTS5 query that cannot be parsed, a bad parameter)"},
    404: {"model": ErrorBody, "description": "No such record"},
}

router = APIRouter(tags=["case"], responses=_ERRORS)


def _case(request: Request) -> Case:
    return request.app.state.case


def _json(data: Any) -> JSONResponse:
    """``data`` (plain JSON values read from the store) as the answer, as it stands."""
    return JSONResponse(data)


@router.get("/overview", response_model=Overview, summary="Sources, counts, most-mentioned entities, events")
async def overview(request: Request) -> JSONResponse:
    return _json(_case(request).overview())


@router.get("/documents", response_model=list[DocumentSummary], summary="Every source with title, author, date")
async def documents(request: Request) -> JSONResponse:
    return _json(_case(request).overview()["documents"])


@router.get("/documents/{doc_id:path}", response_model=dict[str, Any],
            summary="A document's text and every item extracted from it")
async def document(request: Request, doc_id: str) -> JSONResponse:
    return _json(_case(request).document(doc_id))


@router.get("/entities/{entity_id:path}", response_model=dict[str, Any],
            summary="An entity: its mentions in context, sources, quotes, claims, events")
async def entity(request: Request, entity_id: str, limit: int = Query(MAX_ROWS, ge=1, le=10_000)) -> JSONResponse:
    return _json(_case(request).entity(entity_id, limit))


@router.get("/events/{event_id:path}", response_model=dict[str, Any],
            summary="An event: its mentions in context, links and claims about it")
async def event(request: Request, event_id: str) -> JSONResponse:
    return _json(_case(request).event(event_id))


@router.get("/links", response_model=LinksPage,
            summary="The source comparison: contradictions, then agreements, between claims, one page at a time")
async def links(request: Request, kind: Literal["all", "contradicts", "agrees"] = "all",
          page: int = Query(1, ge=1, le=1_000_000, description=f"from 1; {PAGE_SIZE} links a page")) -> JSONResponse:
    return _json(_case(request).links(kind, page))


class TimelineEvent(BaseModel):
    id: str
    type: str | None
    label: str | None
    date: str
    date_end: str | None
    date_source: str | None
    n: int
    sources: int


class Timeline(BaseModel):
    """The dated events drawn on /timeline: at most ``limit``, the most reported first, in date order."""

    events: list[TimelineEvent]
    dated: int
    undated: int
    limit: int


class NetworkNode(BaseModel):
    id: str
    type: str
    name: str
    degree: int


class NetworkEdge(BaseModel):
    a: str
    b: str
    events: list[str]
    quotes: list[str]
    n_events: int
    n_quotes: int
    weight: int


class Network(BaseModel):
    """Who is linked to whom: the most connected nodes and their strongest ties (``limits``), of ``total_*``."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    total_nodes: int
    total_edges: int
    limits: dict[str, int]


@router.get("/timeline", response_model=Timeline, summary="The dated events the timeline draws (the most reported)")
async def timeline(request: Request) -> JSONResponse:
    return _json(_case(request).timeline())


@router.get("/network", response_model=Network,
            summary="Who is linked to whom through shared events and quotes (the most connected)")
async def network(request: Request) -> JSONResponse:
    return _json(_case(request).network())


@router.get("/search", response_model=list[SearchHit],
            summary="Full-text search (SQLite: FTS5 syntax; PostgreSQL: web search)")
async def search(request: Request,
                 q: str = Query(..., max_length=500, description="words, \"a phrase\", OR, NEAR(a b)"),
                 kind: Literal["documents", "quotes", "claims"] = "documents",
                 limit: int = Query(20, ge=1, le=200)) -> JSONResponse:
    return _json(_case(request).search(q, kind, limit))
