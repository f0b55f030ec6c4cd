"""System tools some end-to-end tests need: missing under CI fails the test, elsewhere skips."""

from __future__ import annotations

import os
import shutil

import pytest


def need(*tools: str) -> dict[str, str]:
    """Paths of ``tools``; fail under CI (where .ci/run installs them), skip elsewhere."""
    found = {tool: shutil.which(tool) for tool in tools}
    missing = [tool for tool, path in found.items() if path is None]
    if missing:
        message = f"missing {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {tool: path for tool, path in found.items() if path is not None}
