"""A page's text being read: its lines, and the film's data and warnings so far."""

from __future__ import annotations

from typing import Any, NamedTuple

from filmviewer.model.problems import QT_TRANSLATE_NOOP, Message, Problem, message, problem


class Line(NamedTuple):
    """One line of a page."""

    number: int
    text: str
    bullet: bool = False
    links: tuple[tuple[str, str], ...] = ()
    """(text, address) of each link on the line, where the page was HTML."""
    heading: int = 0
    """The heading's level (1 for <h1>) where the line is an HTML heading; 0 otherwise."""


class Draft:
    """What has been read of a page's text so far: the film's data, and what was guessed or
    left out."""

    def __init__(self, *, html: bool = False, base: str | None = None) -> None:
        self.html = html
        self.base = base
        """The page's own address, against which its links are resolved."""
        self.data: dict[str, Any] = {}
        self.titles: dict[str, str] = {}
        """The titles the text shows, by role (see found.py)."""
        self.warnings: list[Problem] = []
        self.recognised = False
        """Whether the text is a title page's: a known heading or label."""
        self.left_out: list[str] = []
        """Lines of page text that are no film fact, said in one warning at the end."""
        self.skipped: list[str] = []
        """Headings of the page's sections that are no film's (Trivia, User reviews)."""
        self.kinds: list[tuple[str, str]] = []
        """What the text says the page is about: (kind, the label that says it)."""

    def warn(self, where: Message | str, what: str, **params: object) -> None:
        self.warnings.append(problem(where, what, **params))

    def put(self, path: tuple[str, ...], value: Any) -> None:
        """Set the value at ``path`` (a field, e.g. ("details", "genres")), keeping the first."""
        parent = self.data
        for key in path[:-1]:
            parent = parent.setdefault(key, {})
        parent.setdefault(path[-1], value)

    def has(self, *path: str) -> bool:
        parent: Any = self.data
        for key in path:
            if not isinstance(parent, dict) or key not in parent:
                return False
            parent = parent[key]
        return True

    def leave_out(self, line: Line) -> None:
        if line.text:
            self.left_out.append(line.text)


def at(line: Line, label: str = "", left_out: bool = False) -> Message:
    """Where on the page: ``line 12, “Budget”`` (HTML has no lines to count: ``“Budget”``)."""
    if not line.number:
        if left_out:
            return message(QT_TRANSLATE_NOOP("problems", "“{label}”, left out"), label=label)
        if label:
            return message(QT_TRANSLATE_NOOP("problems", "“{label}”"), label=label)
        return message(QT_TRANSLATE_NOOP("problems", "page"))
    if left_out:
        return message(
            QT_TRANSLATE_NOOP("problems", "line {line}, “{label}”, left out"),
            line=line.number,
            label=label,
        )
    if label:
        return message(
            QT_TRANSLATE_NOOP("problems", "line {line}, “{label}”"), line=line.number, label=label
        )
    return message(QT_TRANSLATE_NOOP("problems", "line {line}"), line=line.number)


def excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
