"""The JSON Schema of ``.cxd`` project files, generated from the model.

Run ``python -m cxdesigner.io.schema`` to regenerate ``resources/schema/`` after a model
change; a test fails while the file there is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from cxdesigner.model import FORMAT_MARKER, FORMAT_VERSION, Project

SCHEMA_PATH = (Path(__file__).resolve().parents[2] / "resources" / "schema"
               / "cxdesigner-project.schema.json")
"""Where the schema is kept in the source tree."""


def project_json_schema() -> dict[str, Any]:
    """The JSON Schema a project file of the current format satisfies.

    The model's own schema, with an id, a title and a description; the format marker and
    version are required (the model gives them defaults, a file must spell them out).
    Cross-references (every id pointing to an existing entity) are beyond JSON Schema:
    ``cxdesigner validate FILE`` checks them.
    """
    schema = Project.model_json_schema()
    schema.pop("title", None)
    schema.pop("description", None)
    required = list(schema.get("required", []))
    schema["required"] = [key for key in ("format", "format_version") if key not in required] \
        + required
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:cxdesigner:{FORMAT_MARKER}:{FORMAT_VERSION}",
        "title": f"CX Designer project (file format {FORMAT_VERSION})",
        "description": (
            "A .cxd file: personas, segments, channels, interlocutors, customer journeys "
            "(stages, touchpoints, flows) and the improvement loop (verbatims, survey "
            "answers, indicators, scorecards, actions), the sector barometer (players, waves) "
            "and the value of a point of each indicator. UTF-8 JSON. Ids must also be unique "
            "and every reference must point to an existing entity, which this schema "
            "cannot express."
        ),
        **schema,
    }


def schema_text() -> str:
    """The schema as it is written to disk."""
    return json.dumps(project_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> None:
    """Write the schema to ``path``, creating its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """``python -m cxdesigner.io.schema [PATH]``: regenerate the schema file."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else SCHEMA_PATH
    write_schema(path)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
