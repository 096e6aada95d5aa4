"""The Jinja2 environment of the web pages: autoescape on for every template, whatever its name."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from .highlight import anchor_id, url_part


def web_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL, else None: a source's ``url`` field is never a ``javascript:`` link."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def words(doc: str, start: int, end: int) -> Markup:
    """The reader's URL that opens document ``doc`` at the words ``start:end``, for an ``href``."""
    return Markup(f"/documents/{escape(url_part(doc))}?start={escape(start)}&amp;end={escape(end)}#words")


def entity_link(ref: str | None, names: dict[str, str]) -> Markup | str:
    """A link to an entity's page under its name; ``author`` (a document's author) and none said in words."""
    if ref == "author":
        return "the author"
    if not ref:
        return "unknown"
    return Markup(f'<a href="/entities/{escape(url_part(ref))}">{escape(names.get(ref, ref))}</a>')


def in_context(m: dict[str, Any]) -> Markup:
    """A mention with the words before and after it (``before``, ``text``, ``after``)."""
    return Markup(f'<span class="ctx">{escape(m.get("before", ""))}<mark>{escape(m.get("text", ""))}</mark>'
                  f'{escape(m.get("after", ""))}</span>')


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(Environment):
    """Jinja2's environment, quicker on the pages' records (dicts): ``m.doc`` reads the key at once instead of
    first failing to find an attribute ``doc``. The same answer as Jinja2's: a dict's own methods (``items``,
    ``get``) still come first, whatever keys the record holds."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@cache
def _env() -> Environment:
    env = _Environment(loader=PackageLoader("annalyst.web", "templates"), autoescape=True,
                       trim_blocks=True, lstrip_blocks=True)
    env.filters["u"] = url_part
    env.globals["anchor_id"] = anchor_id
    env.globals["web_url"] = web_url
    env.globals.update(words=words, entity_link=entity_link, in_context=in_context)
    return env


def render(template: str, **context: Any) -> str:
    return _env().get_template(template).render(**context)
