"""The ASGI app: ``create_app(case_dir)`` serves one analysed case, read-only, on loopback by default.

Safe by default (issue 14): only GET routes and a read-only SQLite
connection; every page is rendered by Jinja2 with autoescape on, so document
text, titles and names are escaped; no route takes a file path; a strict
Content-Security-Policy (scripts and styles from this app only: no inline
script, data for a page's script in a ``<script type="application/json">``
block; the ``<style>`` blocks the bundled libraries insert are allowed by their
hashes on the pages that use them, see :mod:`.policy`) and
related headers on every response; a Host check that refuses other names than
loopback unless the server was told to listen elsewhere (against DNS
rebinding). Errors under ``/api/`` share one JSON shape,
``{"error": {"status": 404, "message": "..."}}``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from . import api, pages
from .data import BadQuery, Case, NotFound
from .policy import HEADERS
from .render import render

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
# the bundled timeline and network libraries (report/assets) and the views drawn with them, served from here
SCRIPTS = {"vis-timeline.js": ("report", "assets/vis-timeline-graph2d.min.js"),
           "cytoscape.js": ("report", "assets/cytoscape.min.js"),
           "network.js": ("report", "assets/network.js"),
           "views.js": ("web", "static/views.js")}
STYLES = {"app.css": ("web", "templates/app.css"),
          "vis-timeline.css": ("report", "assets/vis-timeline-graph2d.min.css")}


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    return HTMLResponse(render("error.html", status=status, message=message), status_code=status)


def create_app(case_dir: str | Path, *, allowed_hosts: Sequence[str] | None = LOOPBACK_HOSTS) -> FastAPI:
    """The app over the folder ``annalyst analyze`` wrote (it needs its ``annalyst.db``).

    ``allowed_hosts``: the Host header values accepted (``None`` accepts any, for a server
    deliberately bound to another interface).
    """
    case = Case(case_dir)
    app = FastAPI(title="annalyst", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Read-only JSON API over one analysed case: documents, entities, events, "
                              "quotes, claims and full-text search. Errors: `{\"error\": {\"status\", \"message\"}}`.")
    app.state.case = case
    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)
    files = {name: (resources.files(f"annalyst.{package}").joinpath(path).read_bytes(), media)
             for table, media in ((SCRIPTS, "text/javascript"), (STYLES, "text/css"))
             for name, (package, path) in table.items()}

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:  # a fixed list of files, never a path
        if name not in files:
            raise HTTPException(404, f"no static file {name!r}")
        body, media = files[name]
        return Response(body, media_type=media, headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:  # browsers ask for one on every page; answer "none" instead of a 404
        return Response(status_code=204)

    @app.exception_handler(NotFound)
    def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(BadQuery)
    def bad_query(request: Request, exc: BadQuery) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return _error(request, 400, f"invalid request: {problems}")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


def serve(case_dir: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    loopback = host in LOOPBACK_HOSTS
    app = create_app(case_dir, allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    uvicorn.run(app, host=host, port=port, log_level="info")
