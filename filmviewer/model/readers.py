"""The kinds of film file Film Viewer reads, one reader each, chosen by one registry.

Opening, reloading, ``--check``, ``--export`` and the library all read films
through ``read_film``, so a new kind of file is added here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from filmviewer.model.loader import (
    FileBytes,
    FilmFileError,
    parse_film,
    read_film_file,
    unexpected_error,
)
from filmviewer.model.problems import Problem

if TYPE_CHECKING:
    from filmviewer.model.film import Film


class Loaded(NamedTuple):
    """A film read from a file, and what the reader had to guess or leave out."""

    film: Film
    warnings: tuple[Problem, ...] = ()


class Reader(NamedTuple):
    """One kind of film file."""

    name: str
    suffixes: tuple[str, ...]
    """File name endings, lower case, with the dot."""
    read: Callable[[bytes, Path], Loaded]
    """Turn a file's bytes into a film; raises FilmFileError."""


def _read_json(data: bytes, path: Path) -> Loaded:
    return Loaded(parse_film(data, path))


JSON = Reader("Film Viewer film", (".json",), _read_json)

READERS: tuple[Reader, ...] = (JSON,)


def reader_for(path: Path) -> Reader:
    """The reader for ``path`` by its name; JSON for a name no reader claims."""
    name = path.name.lower()
    for reader in READERS:
        if name.endswith(reader.suffixes):
            return reader
    return JSON


def is_film_file(path: Path) -> bool:
    """True if a reader claims ``path`` by its name."""
    name = path.name.lower()
    return any(name.endswith(reader.suffixes) for reader in READERS)


def read_film(data: bytes, path: Path) -> Loaded:
    """Read the bytes of the film file at ``path`` with its reader; only FilmFileError escapes."""
    try:
        return reader_for(path).read(data, path)
    except FilmFileError:
        raise
    except Exception as error:
        raise unexpected_error(path, error) from error


def load(path: Path) -> tuple[Loaded, FileBytes]:
    """Read and validate the film file at ``path``: the film, and the bytes and stamp read."""
    file = read_film_file(path)
    return read_film(file.data, path), file
