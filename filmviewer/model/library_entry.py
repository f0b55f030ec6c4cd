"""What a library keeps of one film file: read once, in a worker, into plain data.

An Entry holds what the library's list, filter, sort and plot search need,
and the film itself in the file format (for copies, checked again when
used). It is made without Qt, so worker processes can make thousands of them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from filmviewer.model.loader import FileStamp, read_film_file, unexpected_error
from filmviewer.model.problems import (
    FilmFileError,
    Problem,
    problem_from_list,
    problem_to_list,
)
from filmviewer.model.readers import read_film
from filmviewer.model.text import fold

if TYPE_CHECKING:
    from filmviewer.model.film import Film

FIELDS: Final = (
    "title",
    "genre",
    "keyword",
    "country",
    "language",
    "company",
    "person",
    "collection",
)
"""The fields a filter can name, besides year."""
FACETS: Final = ("genre", "country", "collection", "person")
WHOLE_VALUES: Final = ("genre", "country", "collection")
"""The kinds whose every value is browsed: a quoted value of these in the filter means
that whole value (``genre:"Drama"`` is not "Drama Comedy"). People are browsed by the
first few of a cast only, so a quoted name is a phrase, found in any role."""
"""The kinds of value the library can be browsed by (besides decades, from the year):
each a filter field, so that choosing one writes a filter."""
FACET_CAST: Final = 10
"""Cast members a film is browsed by, in billing order (with all its directors): the
people a film is known for, not the five hundredth extra."""

PARAGRAPHS: Final = "\n\n"
"""Between the summaries, where their prose is one text."""
SEPARATOR: Final = " \ue000 "
"""Between the values of one field in its folded key: a token of its own (a private-use
character, which the index's tokenizer keeps and nobody types), so that a phrase never
spans two values."""


class Entry(NamedTuple):
    """One film file as the library knows it."""

    path: bytes
    """Relative to the library's folder, as the file system spells it."""
    stamp: FileStamp
    context: str
    """What else the film read from the file depends on (the files beside it)."""
    title: str = ""
    year: int | None = None
    runtime: int | None = None
    poster: str = ""
    """The poster's file, relative to the film's folder, or ""."""
    keys: dict[str, str] = {}  # noqa: RUF012 (a NamedTuple default, never changed)
    """Folded text per filter field, and the year."""
    film: str = ""
    """The film as a version 2 film file (compact JSON)."""
    folded_summaries: str = ""
    folded_synopsis: str = ""
    """The prose, folded, for the plot index (``folded_prose``)."""
    problems: tuple[Problem, ...] = ()
    """Why the file is no film (then the rest is empty), or the reader's warnings."""
    ok: bool = True
    facets: tuple[tuple[str, str, str], ...] = ()
    """(kind of FACETS, the value folded, the value as written) for each value the film
    can be browsed by."""


def facet_key(value: str) -> str:
    """A value as the library compares it: folded, its quotes and runs of spaces as one
    space (as the filter writes it, in quotes of its own)."""
    return " ".join(fold(value).replace('"', " ").split())


def make_entry(root: Path, relative: bytes, context: str) -> Entry:
    """Read and check the film file ``root``/``relative``: an Entry, whatever the file holds."""
    path = root / os.fsdecode(relative)
    stamp = FileStamp(0, 0, 0, 0, 0)
    try:
        file = read_film_file(path)
        stamp = file.stamp
        loaded = read_film(file.data, path, context)
    except FilmFileError as error:
        return _failed(relative, error, context, stamp)
    except Exception as error:  # anything at all is a problem of this file
        return _failed(relative, unexpected_error(path, error), context, stamp)
    return _entry(relative, stamp, context, loaded.film, loaded.warnings)


def _failed(relative: bytes, error: FilmFileError, context: str, stamp: FileStamp) -> Entry:
    if isinstance(error.stamp, FileStamp):
        stamp = error.stamp
    return Entry(relative, stamp, context, problems=error.problems, ok=False)


def _entry(
    relative: bytes, stamp: FileStamp, context: str, film: Film, warnings: tuple[Problem, ...]
) -> Entry:
    details, people = film.details, film.people
    names = [*people.directors, *people.writers, *(member.name for member in people.cast)]
    fields = {
        "title": [film.title, *(t for t in (film.original_title, film.sort_title) if t)],
        "genre": list(details.genres),
        "keyword": list(details.keywords),
        "country": list(details.countries_of_origin),
        "language": list(details.languages),
        "company": list(details.production_companies),
        "person": names,
        "collection": [film.collection.name] if film.collection else [],
    }
    keys = {name: fold(SEPARATOR.join(values)) for name, values in fields.items()}
    browsed = {
        "genre": fields["genre"],
        "country": fields["country"],
        "collection": fields["collection"],
        "person": [
            *people.directors,
            *(member.name for member in people.cast[:FACET_CAST]),
        ],
    }
    # One of each kind and folded value: a director who also acts is one person.
    facets: dict[tuple[str, str], str] = {}
    for kind, values in browsed.items():
        for value in values:
            key = facet_key(value)
            if key:
                facets.setdefault((kind, key), value)
    keys["year"] = str(film.year or "")
    summaries, synopsis = fold_prose(
        PARAGRAPHS.join(summary.text for summary in film.summaries), film.synopsis or ""
    )
    return Entry(
        path=relative,
        stamp=stamp,
        context=context,
        title=film.title,
        year=film.year,
        runtime=film.tech_specs.runtime_minutes,
        poster=film.artwork.poster.path or "" if film.artwork.poster else "",
        keys=keys,
        # Whole, defaults included: quicker to write (leaving them out compares each
        # with its default in Python); a copy validates it again and writes it as
        # exports do.
        film=film.model_dump_json(),
        folded_summaries=summaries,
        folded_synopsis=synopsis,
        problems=warnings,
        facets=tuple((kind, key, value) for (kind, key), value in facets.items()),
    )


def prose_of(film: object) -> tuple[str, str]:
    """(the summaries, one after another; the synopsis) of a film in the file format, as
    read back from the index; "" for what it lacks or holds wrongly."""
    if not isinstance(film, dict):
        return "", ""
    summaries = film.get("summaries")
    texts = [
        summary["text"]
        for summary in (summaries if isinstance(summaries, list) else [])
        if isinstance(summary, dict) and isinstance(summary.get("text"), str)
    ]
    synopsis = film.get("synopsis")
    return PARAGRAPHS.join(texts), synopsis if isinstance(synopsis, str) else ""


def fold_prose(summaries: str, synopsis: str) -> tuple[str, str]:
    """The prose as the plot index holds it: folded by the one rule, as queries are."""
    return fold(summaries), fold(synopsis)


def folded_prose(film: dict[str, object]) -> tuple[str, str]:
    """(summaries, synopsis) of a film in the file format, folded as the plot index holds them."""
    return fold_prose(*prose_of(film))


def make_entries(root: Path, work: list[tuple[bytes, str]]) -> list[Entry]:
    """``make_entry`` for each (relative path, context): a worker process's task."""
    return [make_entry(root, relative, context) for relative, context in work]


def problems_to_json(problems: tuple[Problem, ...]) -> str:
    return json.dumps([problem_to_list(problem) for problem in problems], ensure_ascii=False)


def problems_from_json(text: str) -> tuple[Problem, ...]:
    """Problems stored by ``problems_to_json``; ValueError if the text is not that shape."""
    items = json.loads(text)
    if not isinstance(items, list):
        raise ValueError("not a list of problems")
    return tuple(problem_from_list(item) for item in items)
