"""The JSON Schema of the Feedback contract (docs/feedback.schema.json is generated from it).

python -m interview_coach.schema > docs/feedback.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from interview_coach.types import FEEDBACK_SCHEMA_VERSION, Feedback


def feedback_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) for `interview-coach analyze --format json`."""
    schema = Feedback.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://interview-coach.invalid/feedback/{FEEDBACK_SCHEMA_VERSION}",
        "version": FEEDBACK_SCHEMA_VERSION,
        **schema,
    }


if __name__ == "__main__":
    print(json.dumps(feedback_schema(), indent=2, ensure_ascii=False))
