"""Importing a film from a web page: a title page's text or HTML, read into a film file's data.

Nothing is fetched: the page is what the user copied or saved. Every fact on
the page lands typed in the film; each guess and each left-out fragment is a
warning; what is not a title page is said in one message.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from filmviewer.model.film import Film
from filmviewer.model.problems import QT_TRANSLATE_NOOP, Message, Problem, message, problem

if TYPE_CHECKING:
    from filmviewer.controller.importer.page import Draft

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

MAX_PAGE_BYTES = 64 * 1024 * 1024
"""A saved title page is a few megabytes; anything larger is not one."""


class Imported(NamedTuple):
    """A film read from a page, and what the reading guessed or left out."""

    film: Film
    data: dict[str, Any]
    """The film in the film file format (the version of the day)."""
    warnings: tuple[Problem, ...]


class NotAFilmPageError(Exception):
    """The page is no title page, or lacks what a film needs; the message says which."""

    def __init__(self, why: Message, untitled: bool = False) -> None:
        super().__init__(str(why))
        self.why = why
        self.untitled = untitled
        """Only the title is missing: given one, the page makes a film."""


def import_page(
    page: bytes | str,
    *,
    html: bool | None = None,
    title: str | None = None,
    year: int | None = None,
) -> Imported:
    """The film on ``page``: text copied from a browser, or HTML (``html`` None: tell by looking).

    ``title`` and ``year`` stand in for what the page does not show, and win
    over what it does.
    """
    try:
        return _import(page, html, title, year)
    except NotAFilmPageError:
        raise
    except Exception as error:  # a page is untrusted input: whatever fails is said, not raised
        from filmviewer.lazy import logger

        logger().warning("a page could not be imported", exc_info=error)
        raise NotAFilmPageError(
            message(
                QT_TRANSLATE_NOOP("problems", "the page could not be read ({error})"),
                error=f"{type(error).__name__}: {error}"[:200],
            )
        ) from error


def _import(page: bytes | str, html: bool | None, title: str | None, year: int | None) -> Imported:
    from filmviewer.controller.importer import page as text_page

    if isinstance(page, bytes):
        if len(page) > MAX_PAGE_BYTES:
            raise NotAFilmPageError(
                message(
                    QT_TRANSLATE_NOOP(
                        "problems", "the page is larger than 64 MiB: no title page is"
                    )
                )
            )
        page = decode_page(page)
    draft = text_page.Draft()
    page, controls = _CONTROLS.subn("", page)
    if controls:
        draft.warn(
            "page",
            QT_TRANSLATE_NOOP(
                "problems", "left out {count} control characters, which are not text"
            ),
            count=controls,
        )
    if html if html is not None else _looks_like_html(page):
        from filmviewer.controller.importer import html as html_page

        html_page.read_html(page, draft)
    else:
        text_page.read_lines(text_page.lines_of(page), draft)
    if not draft.recognised:
        raise NotAFilmPageError(
            message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "this is not a film's title page: it has none of the sections Summaries, "
                    "Details, Box office, Tech specs or Synopsis, and no film data",
                )
            )
        )
    _given(draft, title, year)
    return _validated(draft)


def decode_page(data: bytes) -> str:
    """A page's text: UTF-8 or UTF-16 by its byte order mark, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_like_html(text: str) -> bool:
    start = text[:2048].lstrip().casefold()
    return start.startswith(
        ("<!doctype html", "<html", "<head", "<meta", "<body", "<div", "<script")
    ) or ("<html" in start)


def _given(draft: Draft, title: str | None, year: int | None) -> None:
    """What the user says the film is: it stands in for, and wins over, the page's title."""
    data = draft.data
    if title is not None and title.strip():
        shown = data.get("title")
        if shown and shown != title.strip():
            draft.warn(
                "title",
                QT_TRANSLATE_NOOP(
                    "problems", "the page's title “{page}” is replaced by the one given"
                ),
                page=shown,
            )
        data["title"] = title.strip()
    if year is not None:
        data["year"] = year
    if not data.get("title"):
        raise NotAFilmPageError(
            message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "the page does not show the film's title (a copy that starts at its "
                    "Summaries): the title must be given",
                )
            ),
            untitled=True,
        )


def _validated(draft: Draft) -> Imported:
    """The draft as a film, leaving out each value the film format refuses, with a warning."""
    from pydantic import ValidationError

    from filmviewer.model.film import FORMAT_VERSION
    from filmviewer.model.loader import validation_problems

    data = {"format_version": FORMAT_VERSION, **draft.data}
    for _round in range(200):
        try:
            film = Film.model_validate_json(json.dumps(data, ensure_ascii=False))
            break
        except ValidationError as error:
            details = error.errors(include_url=False, include_input=False)
            for detail, refusal in reversed(
                list(zip(details, validation_problems(error), strict=True))
            ):
                if not _remove(data, tuple(detail["loc"])) or detail["loc"][:1] == ("title",):
                    raise NotAFilmPageError(
                        message(
                            QT_TRANSLATE_NOOP("problems", "the film's title {what}"),
                            what=str(refusal.what),
                        )
                    ) from None
                draft.warnings.append(
                    problem(refusal.where, refusal.what.template, **dict(refusal.what.params))
                )
    else:
        raise NotAFilmPageError(
            message(QT_TRANSLATE_NOOP("problems", "could not be read as a film"))
        )
    written = film.model_dump(mode="json", exclude_defaults=True)
    written.pop("format_version", None)
    return Imported(film, {"format_version": FORMAT_VERSION, **written}, tuple(draft.warnings))


def _remove(data: dict[str, Any], loc: tuple[str | int, ...]) -> bool:
    """Delete the value at ``loc`` or its nearest container; False if nothing was there."""
    path = list(loc)
    while path:
        parent: Any = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            del parent[path[-1]]
            return True
        except (KeyError, IndexError, TypeError):
            path.pop()
    return False
