"""Importing a film from a web page: a title page's text or HTML, read into a film file's data.

Nothing is fetched: the page is what the user copied or saved. A page has
several sources of its film's facts, each read by its own module, and one
policy weighs them (merge.py):

=================  =============================================================  ============
source             what it is                                                     module
=================  =============================================================  ============
JSON-LD            schema.org data for search engines (most sites)                jsonld.py
page data          the site's own data: IMDb's __NEXT_DATA__, Rotten Tomatoes'   pagedata.py
                   scores
microdata          schema.org itemprop attributes (IMDb before 2016)              microdata.py
meta tags          OpenGraph, the tab's title, the page's own address              meta.py
page text          headings, labelled facts and plots, as people copy them        text.py,
                                                                                  labels.py
=================  =============================================================  ============

How the title is chosen is titles.py; how values are written, values.py.
Each guess and each left-out fragment is a warning (ten lines at most); a
page that is no film's is refused in one message.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any, BinaryIO, Final, NamedTuple

from filmviewer.lazy import logger
from filmviewer.model.film import Film
from filmviewer.model.problems import QT_TRANSLATE_NOOP, Message, Problem, message, problem

_CONTROLS: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

MAX_PAGE_BYTES: Final = 64 * 1024 * 1024
"""A saved title page is a few megabytes; anything larger is not one."""
MAX_WARNINGS: Final = 10
"""Warning lines for one page: more are counted in the last."""
TEXT: Final = QT_TRANSLATE_NOOP("problems", "page text")
META: Final = QT_TRANSLATE_NOOP("problems", "meta tags")


class Imported(NamedTuple):
    """A film read from a page, and what the reading guessed or left out."""

    film: Film
    data: dict[str, Any]
    """The film in the film file format (the version of the day)."""
    warnings: tuple[Problem, ...]


class NotAFilmPageError(Exception):
    """The page is no film's, or lacks what a film needs; the message says which."""

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
        logger().warning("a page could not be imported", exc_info=error)
        raise NotAFilmPageError(
            message(
                QT_TRANSLATE_NOOP("problems", "the page could not be read ({error})"),
                error=f"{type(error).__name__}: {error}"[:200],
            )
        ) from error


def read_page(source: Path | BinaryIO) -> bytes:
    """A page's bytes, from a file or a stream (standard input): at most one byte more than
    MAX_PAGE_BYTES, so a page too large is said to be, without reading all of it.
    OSError where it cannot be read."""
    if isinstance(source, Path):
        with open(source, "rb") as file:
            return file.read(MAX_PAGE_BYTES + 1)
    return source.read(MAX_PAGE_BYTES + 1)


def _import(page: bytes | str, html: bool | None, title: str | None, year: int | None) -> Imported:
    # The readers are this package's modules, which import it: imported once it is whole.
    from filmviewer.controller.importer import merge, titles
    from filmviewer.controller.importer.draft import Draft
    from filmviewer.controller.importer.found import Found
    from filmviewer.controller.importer.text import left_out_warning, lines_of, read_lines

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
    page, controls = _CONTROLS.subn("", page)
    is_html = html if html is not None else _looks_like_html(page)
    founds: list[Found] = []
    if is_html:
        # lxml, for HTML pages only.
        from filmviewer.controller.importer.html import read_html

        parsed = read_html(page)
        founds, draft = parsed.founds, parsed.draft
    else:
        draft = Draft()
        read_lines(lines_of(page), draft)
    if controls:
        draft.warn(
            "page",
            QT_TRANSLATE_NOOP(
                "problems", "control characters, which are not text, left out: {count}"
            ),
            count=controls,
        )
    text = Found(TEXT)
    text.data, text.titles, text.kinds = draft.data, draft.titles, draft.kinds
    warnings: list[Problem] = []
    sources = [*founds, text]
    refusal, decided = merge.subject(sources)
    if refusal is not None:
        raise NotAFilmPageError(refusal)
    data = merge.merged(sources)
    # A film's data from a machine-readable source, or a title page's text (an HTML page's
    # sections must hold some fact: a "Details" heading alone makes no film).
    structured = any(found.kinds or (found.data and found.source != META) for found in founds)
    if not structured and not (draft.recognised and (data or not is_html)):
        raise NotAFilmPageError(
            message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "no film found on this page: it has no film data and none of the "
                    "sections Summaries, Details, Box office, Tech specs or Synopsis",
                )
                if is_html
                else QT_TRANSLATE_NOOP(
                    "problems",
                    "this is not a film's title page: it has none of the sections Summaries, "
                    "Details, Box office, Tech specs or Synopsis",
                )
            )
        )
    chosen = titles.choose(sources)
    data.pop("title", None)
    if chosen.title:
        data["title"] = chosen.title
    if chosen.original_title:
        data.setdefault("original_title", chosen.original_title)
    released = data.get("details", {}).get("release_date")
    if "year" not in data and isinstance(released, str):
        data["year"] = int(released[:4])
    if chosen.year and "year" not in data:
        data["year"] = chosen.year
    warnings += decided
    if chosen.localised and chosen.title:
        warnings.append(
            problem(
                "title",
                QT_TRANSLATE_NOOP(
                    "problems",
                    "the page shows its reader the title “{shown}”; the film's own, “{title}”, "
                    "is kept",
                ),
                shown=chosen.localised,
                title=chosen.title,
            )
        )
    left_out_warning(draft)
    warnings += draft.warnings
    _given(data, warnings, title, year)
    return _validated(data, warnings)


_CHARSET: Final = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.I)


def decode_page(data: bytes) -> str:
    """A page's text: by its byte order mark, else the charset its HTML declares, else
    UTF-8, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            codec = ""
        if codec and codec not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_like_html(text: str) -> bool:
    start = text[:2048].lstrip().casefold()
    return start.startswith(
        ("<!doctype html", "<html", "<head", "<meta", "<body", "<div", "<script")
    ) or ("<html" in start)


def _given(
    data: dict[str, Any], warnings: list[Problem], title: str | None, year: int | None
) -> None:
    """What the user says the film is: it stands in for, and wins over, the page's title."""
    if title is not None and title.strip():
        shown = data.get("title")
        if shown and shown != title.strip():
            warnings.append(
                problem(
                    "title",
                    QT_TRANSLATE_NOOP(
                        "problems", "the page's title “{page}” is replaced by the one given"
                    ),
                    page=shown,
                )
            )
        data["title"] = title.strip()
    if year is not None:
        data["year"] = year
    if not data.get("title"):
        raise NotAFilmPageError(
            message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "the page does not show the film's title (a copy that starts below it): "
                    "the title must be given",
                )
            ),
            untitled=True,
        )


def _validated(found: dict[str, Any], warnings: list[Problem]) -> Imported:
    """The film, leaving out each value the film format refuses, with a warning."""
    # pydantic once a page is read, not when the window opens.
    from pydantic import ValidationError

    from filmviewer.model.film import FORMAT_VERSION
    from filmviewer.model.loader import validation_problems

    data = {"format_version": FORMAT_VERSION, **found}
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
                warnings.append(
                    problem(refusal.where, refusal.what.template, **dict(refusal.what.params))
                )
    else:
        raise NotAFilmPageError(
            message(QT_TRANSLATE_NOOP("problems", "could not be read as a film"))
        )
    written = film.model_dump(mode="json", exclude_defaults=True)
    written.pop("format_version", None)
    return Imported(film, {"format_version": FORMAT_VERSION, **written}, _capped(warnings))


def _capped(warnings: list[Problem]) -> tuple[Problem, ...]:
    """The warnings once each, at most MAX_WARNINGS lines: the rest are counted in the last."""
    unique = list(dict.fromkeys(warnings))
    if len(unique) <= MAX_WARNINGS:
        return tuple(unique)
    rest = len(unique) - MAX_WARNINGS + 1
    return (
        *unique[: MAX_WARNINGS - 1],
        problem(
            "page",
            QT_TRANSLATE_NOOP("problems", "more warnings like these, not listed: {count}"),
            count=rest,
        ),
    )


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
