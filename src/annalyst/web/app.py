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

Under load (docs/performance.md): the answers to GET requests are tagged and
kept (:mod:`.middleware`), since the run shown never changes while the app
runs; ``serve(workers=N)`` runs N processes (uvicorn's workers, each with its
own read-only connection to the store) on one port.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..store import is_url
from . import api, pages
from .data import BadQuery, Case, NotFound
from .middleware import Answers, Headers
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


CACHE_MB = 64  # answers kept for repeats, per server process


def create_app(case_dir: str | Path, *, allowed_hosts: Sequence[str] | None = LOOPBACK_HOSTS,
               cache_mb: float = CACHE_MB) -> FastAPI:
    """The app over the folder ``annalyst analyze`` wrote (it needs its ``annalyst.db``).

    ``allowed_hosts``: the Host header values accepted (``None`` accepts any, for a server
    deliberately bound to another interface). ``cache_mb``: the answers kept for repeated
    requests (0 keeps none; every answer still gets an ``ETag``).
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
    async def static(name: str) -> Response:  # a fixed list of files, never a path
        if name not in files:
            raise HTTPException(404, f"no static file {name!r}")
        body, media = files[name]
        return Response(body, media_type=media, headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:  # browsers ask for one on every page; answer "none" instead of a 404
        return Response(status_code=204)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(BadQuery)
    async def bad_query(request: Request, exc: BadQuery) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return _error(request, 400, f"invalid request: {problems}")

    # the last added runs first: headers on every answer, then the Host check, then the answers kept
    app.add_middleware(Answers, limit=int(cache_mb * (1 << 20)))
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(Headers)
    return app


_SETTINGS = "ANNALYST_SERVE"  # how serve(workers=N) hands the case to each worker process


def app_from_environment() -> FastAPI:
    """The app of one of ``serve``'s worker processes, from the settings it left in the environment."""
    settings = json.loads(os.environ[_SETTINGS])
    return create_app(settings["case"], allowed_hosts=settings["hosts"], cache_mb=settings["cache_mb"])


def serve(case_dir: str | Path, host: str = "127.0.0.1", port: int = 8000, *, workers: int = 1,
          cache_mb: float = CACHE_MB, access_log: bool = True) -> None:
    """Run the app with uvicorn until interrupted, in ``workers`` processes (each opens the store itself)."""
    import uvicorn

    hosts = LOOPBACK_HOSTS if host in LOOPBACK_HOSTS else None
    options = {"host": host, "port": port, "log_level": "info", "access_log": access_log}
    if workers == 1:
        uvicorn.run(create_app(case_dir, allowed_hosts=hosts, cache_mb=cache_mb), **options)
        return
    Case(case_dir).close()  # a store that cannot be read stops here, with the same message as one process gives
    target = str(case_dir) if is_url(case_dir) else str(Path(case_dir).resolve())
    os.environ[_SETTINGS] = json.dumps({"case": target, "hosts": None if hosts is None else list(hosts),
                                        "cache_mb": cache_mb})
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=workers, **options)
