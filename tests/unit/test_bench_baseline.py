"""The start-up benchmark's bare window shows the same text as the app."""

from __future__ import annotations

import json

from bench import bare_text
from filmviewer.controller.export import summary_text
from tests.conftest import BUNDLED


def test_the_baseline_holds_the_bundled_films_text() -> None:
    film = json.loads(BUNDLED.read_text(encoding="utf-8"))
    assert film["synopsis"] == bare_text.SYNOPSIS
    expected = [summary_text(s["text"], s.get("author")) for s in film["summaries"]]
    assert "\n\n".join(expected) == bare_text.SUMMARIES
    assert bare_text.HEADER[0] == film["title"]
    for keyword in film["details"]["keywords"]:
        assert keyword in bare_text.DETAILS
