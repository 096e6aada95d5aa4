"""``annalyst serve``: a read-only web app over one analysed case (needs ``pip install 'annalyst[web]'``).

    from annalyst.web import create_app
    app = create_app("case/")          # any ASGI server; or annalyst.web.serve("case/")

Modules: :mod:`.data` (read-only queries over the store), :mod:`.highlight`
(a document's text with its items marked), :mod:`.pages` (HTML),
:mod:`.api` (JSON under ``/api/``), :mod:`.app` (the app, ``serve``),
:mod:`.middleware` (the safety headers on every answer; ETags and the answers
kept for repeats), :mod:`.policy` (the headers), :mod:`.render` (Jinja2,
autoescape on).
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    """FastAPI is imported on first use, so the helpers (highlighting, queries) work without the extra."""
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
