"""The Jinja2 environment of the web pages: autoescape on for every template, whatever its name."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader

from .highlight import anchor_id, url_part


def web_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL, else None: a source's ``url`` field is never a ``javascript:`` link."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


@cache
def _env() -> Environment:
    env = Environment(loader=PackageLoader("annalyst.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["u"] = url_part
    env.globals["anchor_id"] = anchor_id
    env.globals["web_url"] = web_url
    return env


def render(template: str, **context: Any) -> str:
    return _env().get_template(template).render(**context)
