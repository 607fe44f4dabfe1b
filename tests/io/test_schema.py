"""The JSON Schema of project files: kept up to date, and true to the files we write."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from cxdesigner.io import dumps_project, loads_project
from cxdesigner.io.schema import SCHEMA_PATH, main, project_json_schema, schema_text, write_schema
from cxdesigner.model import FORMAT_VERSION, Project

GOLDEN = Path(__file__).parent / "golden"
COMMITTED = Path(__file__).resolve().parents[2] / "resources" / "schema" / \
    "cxdesigner-project.schema.json"


def test_the_committed_schema_is_current() -> None:
    assert SCHEMA_PATH == COMMITTED
    assert COMMITTED.exists(), "the schema is missing: run python -m cxdesigner.io.schema"
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == project_json_schema(), (
        "resources/schema/cxdesigner-project.schema.json is out of date with the model: "
        "run python -m cxdesigner.io.schema")


def test_the_schema_says_what_it_is() -> None:
    schema = project_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:cxdesigner:cxdesigner-project:{FORMAT_VERSION}"
    assert schema["title"] == f"CX Designer project (file format {FORMAT_VERSION})"
    assert "unique" in schema["description"]
    assert schema["required"] == ["format", "format_version", "title"]
    assert schema["properties"]["format"]["const"] == "cxdesigner-project"
    assert schema["properties"]["format_version"]["const"] == FORMAT_VERSION
    assert set(schema["properties"]) == set(Project.model_fields)


def test_the_schema_carries_the_rules() -> None:
    defs = project_json_schema()["$defs"]
    emotion = defs["Touchpoint"]["properties"]["emotion"]["anyOf"][0]
    assert (emotion["type"], emotion["minimum"], emotion["maximum"]) == ("integer", -3, 3)
    severity = defs["Irritant"]["properties"]["severity"]
    assert (severity["minimum"], severity["maximum"]) == (1, 4)
    assert defs["Persona"]["properties"]["colour"]["pattern"] == "^#[0-9a-fA-F]{6}$"
    assert defs["MomentOfTruth"]["enum"] == ["none", "essential", "critical", "wow"]
    for name, definition in defs.items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name


def test_write_schema_and_the_command(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "sub" / "schema.json"
    write_schema(path)
    text = path.read_text(encoding="utf-8")
    assert text == schema_text()
    assert text.endswith("}\n") and "…" in text  # readable, not \\u-escaped
    assert json.loads(text) == project_json_schema()
    other = tmp_path / "other.json"
    assert main([str(other)]) == 0
    assert capsys.readouterr().out == f"wrote {other}\n"
    assert other.read_text(encoding="utf-8") == text


# A small validator for the parts of JSON Schema that pydantic writes: enough to check
# that the files we write satisfy the schema we publish.


def _check(value: Any, schema: dict[str, Any], defs: dict[str, Any], where: str) -> list[str]:
    if "$ref" in schema:
        return _check(value, defs[schema["$ref"].split("/")[-1]], defs, where)
    if "anyOf" in schema:
        attempts = [_check(value, option, defs, where) for option in schema["anyOf"]]
        return [] if any(not a for a in attempts) else [f"{where}: no option fits"]
    problems: list[str] = []
    kinds: dict[str, type | tuple[type, ...]] = {
        "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
        "integer": int, "number": (int, float)}
    kind = schema.get("type")
    if kind and (not isinstance(value, kinds[kind]) or
                 (kind in ("integer", "number") and isinstance(value, bool))):
        return [f"{where}: not {kind}"]
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: not {schema['const']}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: not in enum")
    if "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{where}: below minimum")
    if "maximum" in schema and value > schema["maximum"]:
        problems.append(f"{where}: above maximum")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        problems.append(f"{where}: pattern")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        problems.append(f"{where}: too long")
    if "minLength" in schema and len(value) < schema["minLength"]:
        problems.append(f"{where}: too short")
    if isinstance(value, list):
        for index, item in enumerate(value):
            problems += _check(item, schema.get("items", {}), defs, f"{where}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        problems += [f"{where}: {key} missing" for key in schema.get("required", [])
                     if key not in value]
        for key, item in value.items():
            if key in properties:
                problems += _check(item, properties[key], defs, f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{where}.{key}: not allowed")
            elif isinstance(schema.get("additionalProperties"), dict):
                problems += _check(item, schema["additionalProperties"], defs, f"{where}.{key}")
        if "propertyNames" in schema:
            for key in value:
                problems += _check(key, schema["propertyNames"], defs, f"{where} key {key}")
    return problems


def test_the_files_we_write_satisfy_the_schema() -> None:
    schema = project_json_schema()
    for path in sorted(GOLDEN.glob("v*.cxd")):
        data = json.loads(dumps_project(loads_project(path.read_text(encoding="utf-8"))))
        assert _check(data, schema, schema["$defs"], path.name) == []


def test_the_schema_check_is_not_blind() -> None:
    schema = project_json_schema()
    data = json.loads((GOLDEN / f"v{FORMAT_VERSION}-full.cxd").read_text(encoding="utf-8"))
    touchpoint = data["journeys"][0]["stages"][2]["touchpoints"][1]
    touchpoint["emotion"] = 4
    touchpoint["couleur"] = "#ffffff"
    del data["format"]
    problems = _check(data, schema, schema["$defs"], "file")
    assert len(problems) == 3
