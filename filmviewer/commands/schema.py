"""``filmviewer --schema``: the film file format, as JSON Schema."""

from __future__ import annotations

import json
import sys
from typing import TextIO


def print_schema(out: TextIO = sys.stdout) -> int:

    # pydantic (70 ms) only here: the other modes do not all need it.
    from filmviewer.model.film import Film

    print(json.dumps(Film.model_json_schema(), indent=2, ensure_ascii=False), file=out)
    return 0
