"""The facts of the bundled film's title page, read from the page text itself.

The page is the text a browser copies from an IMDb-style title page. These
helpers split it into its facts so tests can check each one reaches the screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.conftest import TITLE_PAGE

EMAIL_DEBRIS = re.compile(r"\[email\s+protected\]")


@dataclass(frozen=True)
class TitlePage:
    summaries: list[str]
    summary_author: str
    keywords: list[str]
    genres: list[str]
    facts: dict[str, str]
    """Label → the rest of the line, as the page writes it ("Release date" → "Nov 20, 1992")."""
    synopsis: list[str]


def read_title_page() -> TitlePage:
    lines = TITLE_PAGE.read_text(encoding="utf-8").split("\n")

    def block(start: str, end: str) -> list[str]:
        return [line for line in lines[lines.index(start) + 1 : lines.index(end)] if line.strip()]

    summaries = [EMAIL_DEBRIS.sub("", line) for line in block("Summaries", "Details")]
    last, author = summaries[-1].rsplit("\N{EM DASH}", 1)
    summaries[-1] = last
    details = block("Details", "Box office")
    bullets: dict[str, list[str]] = {}
    facts: dict[str, str] = {}
    heading = ""
    for line in details:
        if line.startswith("  "):
            bullets[heading].append(line.strip().removeprefix("\N{BULLET}").strip())
        elif line in ("Keywords", "Genres"):
            heading = line
            bullets[heading] = []
        else:
            facts.update(_fact(line))
    for line in block("Box office", "Tech specs") + block("Tech specs", "Synopsis"):
        facts.update(_fact(line))
    return TitlePage(
        summaries=summaries,
        summary_author=author,
        keywords=bullets["Keywords"],
        genres=bullets["Genres"],
        facts=facts,
        synopsis=block("Synopsis", "All Filters"),
    )


_LABELS = (
    "Release date",
    "Motion Picture Rating (MPA)",
    "Countries of origin",
    "Official sites",
    "Language",
    "Filming locations",
    "Production companies",
    "Budget",
    "Runtime",
    "Color",
    "Aspect ratio",
)


def _fact(line: str) -> dict[str, str]:
    for label in _LABELS:
        if line.startswith(label + " "):
            return {label: line[len(label) + 1 :]}
    raise AssertionError(f"unknown line on the title page: {line!r}")
