"""One .nfo file being read: the film's data so far, where each value came from, what was said.

Every element reader writes into a ``Reading`` through ``put`` (one value)
and ``append`` (one list item), and says what it left out through ``warn``.
At the end, ``finish`` settles what needs the whole file (billing order,
the year, the scores, the artwork) and validates the film, leaving out
each value the film format refuses with a warning that names its line.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from pydantic import ValidationError

from filmviewer.model.film import MAX_ITEMS, Film
from filmviewer.model.loader import validation_problems
from filmviewer.model.nfo.values import (
    UnreadableError,
    excerpt,
    local_name,
    means_nothing,
    text_of,
    title_from_name,
)
from filmviewer.model.problems import (
    FILE,
    QT_TRANSLATE_NOOP,
    FilmFileError,
    Message,
    Problem,
    message,
    problem,
)

if TYPE_CHECKING:
    from lxml.etree import _Element

MAX_WARNINGS: Final = 200
"""Warnings kept for one file; the rest are counted in a last one."""

_NOT_SHOWN_LISTED: Final = 40
"""Elements named in the "not shown" warning; more are an ellipsis."""


class NfoFilm(NamedTuple):
    film: Film
    warnings: tuple[Problem, ...]


class Thumb(NamedTuple):
    """A picture an element names: a web address or a file."""

    value: str
    line: int | None
    tag: str


Handler = Callable[["Reading", "_Element"], None]
"""Reads one element of <movie> into the reading."""


def element_where(line: int | None, element: str) -> Message:
    if line is None:
        return message(QT_TRANSLATE_NOOP("problems", "<{element}>"), element=element)
    return message(
        QT_TRANSLATE_NOOP("problems", "line {line}, <{element}>"), line=line, element=element
    )


def left_out(line: int | None, element: str) -> Message:
    if line is None:
        return message(QT_TRANSLATE_NOOP("problems", "<{element}>, left out"), element=element)
    return message(
        QT_TRANSLATE_NOOP("problems", "line {line}, <{element}>, left out"),
        line=line,
        element=element,
    )


class Reading:
    """One .nfo file being read: the film's data so far, and what was said about it."""

    def __init__(self, path: Path, context: str, handlers: dict[str, Handler]) -> None:
        self.path = path
        self.folder_names = tuple(name for name in context.split("\n") if name)
        self.handlers = handlers
        self.data: dict[str, Any] = {"format_version": 2}
        self.places: dict[tuple[str | int, ...], tuple[int | None, str]] = {}
        """Where in the file each value came from, by its path in ``data``."""
        self.warnings: list[Problem] = []
        self.dropped = 0
        self.line_offset = 0
        self.tag_counts: dict[str, int] = {}
        """How often each element stands in <movie>: a list in one element is split apart."""
        self.not_shown: dict[str, list[int]] = {}
        """Elements with no place in a film, by name: how often, and the first line."""
        self.over: dict[str, int] = {}
        """Entries left out of each list beyond MAX_ITEMS, by the list's path."""
        self.poster_thumbs: list[Thumb] = []
        self.fanart_thumbs: list[Thumb] = []
        self.cast_order: list[int] = []
        """Each cast member's <order>, index for index; unordered ones after the rest."""
        self.flat_scores: list[tuple[_Element, dict[str, Any]]] = []
        self.flat_votes: int | None = None
        self.critic_scores: list[tuple[_Element, dict[str, Any]]] = []
        self.custom_ratings: list[tuple[_Element, str]] = []
        self.collections: list[tuple[_Element, dict[str, str]]] = []
        self.online_video = False
        """The file describes a video of a video site (YouTube): its dates are upload dates."""
        self.declared: set[str] = set()
        """Entities the file declares: their references are shown as written, and said once."""

    # Saying things ------------------------------------------------------------------

    def warn(self, where: Message, what: str, **params: object) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(Problem(where, message(what, **params)))
        else:
            self.dropped += 1

    def fail(self, what: str, **params: object) -> FilmFileError:
        return FilmFileError(self.path, [problem(FILE, what, **params)])

    def line_of(self, element: _Element) -> int | None:
        line = element.sourceline
        return line + self.line_offset if isinstance(line, int) else None

    # The elements ------------------------------------------------------------------

    def read_movie(self, root: _Element) -> None:
        """Hand each child of <movie> to its reader; a reader's refusal costs that element."""
        children = [child for child in root if isinstance(child.tag, str)]
        for child in children:
            tag = local_name(child.tag)
            self.tag_counts[tag] = self.tag_counts.get(tag, 0) + 1
        for element in children:
            self.read_element(element, local_name(element.tag))

    def read_element(self, element: _Element, tag: str) -> None:
        handler = self.handlers.get(tag)
        try:
            if handler is None:
                self.unknown(element, tag)
            else:
                handler(self, element)
        except UnreadableError as unreadable:
            self.warn(left_out(self.line_of(element), tag), unreadable.what, **unreadable.params)

    def unknown(self, element: _Element, tag: str) -> None:
        """An element with no place in a film: noted for the "not shown" warning."""
        if not len(element) and means_nothing(text_of(element)):
            return  # empty, 0 or false: nothing is lost by not showing it
        if tag == "thumb":
            aspect = element.get("aspect", "")
            tag = f'thumb aspect="{excerpt(aspect, 30)}"'
        self.note_not_shown(tag, self.line_of(element))

    def note_not_shown(self, tag: str, line: int | None) -> None:
        seen = self.not_shown.setdefault(tag, [0, line or 0])
        seen[0] += 1

    def put(self, element: _Element, path: tuple[str, ...], value: Any, tag: str = "") -> bool:
        """Set ``data`` at ``path``; the first value an element gives a field is kept.

        False where the field had a value already.
        """
        target = self.data
        for key in path[:-1]:
            target = target.setdefault(key, {})
        if path[-1] in target:
            return False
        target[path[-1]] = value
        self.places[path] = (self.line_of(element), tag or local_name(element.tag))
        return True

    def append(self, element: _Element, path: tuple[str, ...], value: Any, tag: str = "") -> None:
        target = self.data
        for key in path[:-1]:
            target = target.setdefault(key, {})
        items = target.setdefault(path[-1], [])
        if value in items:
            return
        if len(items) >= MAX_ITEMS:
            self.count_over(path)
            return
        self.places[(*path, len(items))] = (self.line_of(element), tag or local_name(element.tag))
        items.append(value)

    def count_over(self, path: tuple[str, ...]) -> None:
        key = ".".join(path)
        self.over[key] = self.over.get(key, 0) + 1

    # The end -----------------------------------------------------------------------

    def finish(self, *, title_found: bool = False) -> NfoFilm:
        # The readers of each part import this module: imported once it is whole.
        from filmviewer.model.nfo import artwork, facts, people, ratings

        if "title" not in self.data:
            title, _year = title_from_name(self.path)
            self.data["title"] = title
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems", "the file gives no title; the title is taken from the file's name"
                ),
            )
        people.bill_cast(self)
        facts.take_collection(self)
        facts.take_year_from_date(self)
        ratings.take_flat_score(self)
        ratings.take_custom_rating(self)
        artwork.choose_artwork(self)
        artwork.choose_photos(self)
        self.say_not_shown()
        film = self.validate()
        # File-wide warnings first, then the rest in the order of the file's lines.
        self.warnings.sort(key=_line_number)
        if self.dropped:
            self.warnings.append(
                problem(
                    FILE,
                    QT_TRANSLATE_NOOP("problems", "more warnings, not listed: {count}"),
                    count=self.dropped,
                )
            )
        return NfoFilm(film, tuple(self.warnings))

    def say_not_shown(self) -> None:
        for path, count in self.over.items():
            self.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems",
                    "{path}: entries beyond the {limit} a list may hold, left out: {count}",
                ),
                path=path,
                count=f"{count:,}",
                limit=f"{MAX_ITEMS:,}",
            )
        if not self.not_shown:
            return
        names = [
            f"<{tag}>" if count == 1 else f"<{tag}> ×{count}"
            for tag, (count, _line) in sorted(self.not_shown.items(), key=lambda item: item[1][1])
        ]
        shown = ", ".join(names[:_NOT_SHOWN_LISTED])
        if len(names) > _NOT_SHOWN_LISTED:
            shown += ", …"
        self.warn(
            FILE,
            QT_TRANSLATE_NOOP("problems", "not shown, as films have no field for them: {elements}"),
            elements=shown,
        )

    def validate(self) -> Film:
        """The film, leaving out each value the film format refuses, with a warning for each."""
        for _round in range(100):
            try:
                return Film.model_validate_json(json.dumps(self.data, ensure_ascii=False))
            except ValidationError as error:
                details = error.errors(include_url=False, include_input=False)
                refused = list(zip(details, validation_problems(error), strict=True))
            for detail, refusal in sorted(
                refused, key=lambda pair: _sort_key(pair[0]["loc"]), reverse=True
            ):
                loc = tuple(detail["loc"])
                removed = self.remove(loc)
                if not removed:
                    raise FilmFileError(self.path, [refusal])
                line, tag = self.place_of(removed)
                self.warn(left_out(line, tag), refusal.what.template, **dict(refusal.what.params))
        raise self.fail(QT_TRANSLATE_NOOP("problems", "could not be read as a film"))

    def remove(self, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """Delete the value at ``loc``, or the nearest container of it; the path deleted."""
        path = list(loc)
        while path:
            parent: Any = self.data
            try:
                for key in path[:-1]:
                    parent = parent[key]
                if path == ["title"]:
                    self.data["title"] = title_from_name(self.path)[0]
                    self.warn(
                        FILE,
                        QT_TRANSLATE_NOOP(
                            "problems", "the title is taken from the file's name instead"
                        ),
                    )
                    return ("title",)
                del parent[path[-1]]
            except (KeyError, IndexError, TypeError):
                path.pop()
                continue
            removed = tuple(path)
            if isinstance(path[-1], int):
                self.renumber(removed)
            return removed
        return ()

    def renumber(self, removed: tuple[str | int, ...]) -> None:
        """Shift the places of the items after a removed list item down by one."""
        prefix, index = removed[:-1], removed[-1]
        assert isinstance(index, int)
        moved = {}
        for path, place in list(self.places.items()):
            if len(path) > len(prefix) and path[: len(prefix)] == prefix:
                item = path[len(prefix)]
                if isinstance(item, int) and item > index:
                    del self.places[path]
                    moved[(*prefix, item - 1, *path[len(prefix) + 1 :])] = place
        self.places.update(moved)

    def place_of(self, path: tuple[str | int, ...]) -> tuple[int | None, str]:
        for length in range(len(path), 0, -1):
            place = self.places.get(path[:length])
            if place is not None:
                return place
        return None, str(path[0]) if path else "movie"


def _line_number(problem: Problem) -> int:
    line = dict(problem.where.params).get("line", "0")
    return int(line) if line.isdigit() else 0


def _sort_key(loc: tuple[int | str, ...]) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in loc)
