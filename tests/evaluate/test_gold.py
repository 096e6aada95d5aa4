"""Reading gold files: every problem is named with the file, the item and what to write instead."""

from __future__ import annotations

import json

import pytest
from tests.evaluate.tiny_case import dossier, gold

from annalyst.errors import AnnalystError, GoldError
from annalyst.evaluate import parse_gold, read_gold


def _write(tmp_path, data, name="sample.gold.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_gold_reads_every_layer(tmp_path):
    g = read_gold(_write(tmp_path, gold()))
    assert g.corpus == "ports"
    assert [d.file for d in g.documents] == ["alpha.txt", "beta"]
    assert g.documents[1].fields == (("published", "1893-03-05"),)  # only what was annotated is scored
    assert g.entity("Veska Marrow").aliases == ("Veska Marrow", "Marrow")
    assert g.timexes[1].hard and not g.timexes[0].hard
    assert g.claim("seizure-reported").stances == ("asserts",)
    assert g.links[0].a.claims == ("seizure-denied",)
    assert g.links[1].event == "harbour-meeting"


def test_gold_error_bad_json_names_file_and_place(tmp_path):
    path = _write(tmp_path, '{"documents": [{"file": "alpha.txt"},]}')
    with pytest.raises(GoldError) as err:
        read_gold(path)
    message = str(err.value)
    assert str(path) in message
    assert "not valid JSON" in message and "line 1, column" in message
    assert isinstance(err.value, AnnalystError)


def test_gold_error_missing_file(tmp_path):
    with pytest.raises(GoldError, match=r"absent\.gold\.json: no such file"):
        read_gold(tmp_path / "absent.gold.json")


def test_gold_error_missing_field_names_item_and_field(tmp_path):
    data = gold()
    del data["entities"][0]["aliases"]
    path = _write(tmp_path, data)
    with pytest.raises(GoldError) as err:
        read_gold(path)
    message = str(err.value)
    assert message.startswith(f"{path}: 1 problem with the gold format")
    assert "entities[0] ('Veska Marrow'): missing field 'aliases'" in message
    assert "needs name, types, aliases, files" in message
    assert "docs/evaluation.md" in message


def test_gold_error_unknown_document(tmp_path):
    data = gold()
    data["quotes"][0]["file"] = "gamma.txt"
    path = _write(tmp_path, data)
    with pytest.raises(GoldError) as err:
        read_gold(path)
    message = str(err.value)
    assert str(path) in message
    assert "quotes[0] ('never yield the harbour'): unknown document 'gamma.txt'" in message
    assert "documents: alpha.txt, beta" in message


def test_gold_error_wrong_values_say_what_is_expected():
    data = gold()
    data["timexes"][0]["nth"] = 0
    data["entities"][2]["types"] = ["GPE"]
    data["claims"][0]["stance"] = "denies"
    with pytest.raises(GoldError) as err:
        parse_gold(data, "g.json")
    message = str(err.value)
    assert "3 problems" in message
    assert "timexes[0] ('3 March 1893'): 'nth' must be a whole number from 1" in message
    assert "entities[2] ('Port Tellan'): 'types' must be a list of PERSON, ORG, PLACE" in message
    assert "claims[0] ('seizure-denied'): 'stance' must be a list of" in message


def test_gold_error_references_to_unknown_names_and_keys():
    data = gold()
    data["quotes"][0]["speaker"] = "V. Marow"
    data["links"][0]["b"]["claims"] = ["seizure-rumoured"]
    data["links"][1]["event"] = "harbour-talks"
    data["entities"].append(dict(data["entities"][0]))
    with pytest.raises(GoldError) as err:
        parse_gold(data, "g.json")
    message = str(err.value)
    assert "speaker 'V. Marow' is not the name of a gold entity" in message
    assert "'seizure-rumoured' is not the key of a gold claim" in message
    assert "'event' must be the key of a gold event, not 'harbour-talks'" in message
    assert "name 'Veska Marrow' is used twice" in message


def test_gold_error_not_an_object_or_not_lists():
    with pytest.raises(GoldError, match="a gold file is a JSON object, not a list"):
        parse_gold([], "g.json")
    with pytest.raises(GoldError, match="'entities' must be a list, not an object"):
        parse_gold({**gold(), "entities": {}}, "g.json")
    with pytest.raises(GoldError, match="no documents"):
        parse_gold({"entities": []}, "g.json")


def test_gold_error_a_dossier_given_as_gold():
    with pytest.raises(GoldError, match="this is a dossier, not a gold file"):
        parse_gold(dossier(), "case/dossier.json")


def test_gold_layers_left_out_count_as_empty():
    g = parse_gold({"documents": [{"file": "alpha.txt", "title": "The harbour talks"}]}, "g.json")
    assert g.entities == () and g.links == ()


def test_gold_many_problems_are_cut_short():
    data = gold()
    data["timexes"] = [{"file": "alpha.txt"} for _ in range(30)]
    with pytest.raises(GoldError) as err:
        parse_gold(data, "g.json")
    assert "90 problems" in str(err.value) and "... and 70 more" in str(err.value)
