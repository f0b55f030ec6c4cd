"""The kinds of film file Film Viewer reads, one reader each, chosen by one registry.

Opening, reloading, ``--check``, ``--export`` and the library all read films
through ``read_film``, so a new kind of file is added here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from filmviewer.model.companions import folder_context
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
    read: Callable[[bytes, Path, str], Loaded]
    """Turn a file's bytes and context into a film; raises FilmFileError."""
    context: Callable[[Path], str]
    """What besides the file's bytes the film read from it depends on (the files
    beside it, for artwork), as text: a cached reading is good while it is the same."""


def _read_json(data: bytes, path: Path, _context: str) -> Loaded:
    return Loaded(parse_film(data, path))


def no_context(_path: Path) -> str:
    """The context of a film file whose reading depends on its bytes alone."""
    return ""


def _read_nfo(data: bytes, path: Path, context: str) -> Loaded:
    # The .nfo reader only for an .nfo file: a JSON film never loads it.
    from filmviewer.model.nfo import read_nfo

    film, warnings = read_nfo(data, path, context)
    return Loaded(film, warnings)


JSON = Reader("Film Viewer film", (".json",), _read_json, no_context)
NFO = Reader("Kodi film", (".nfo",), _read_nfo, folder_context)

READERS: tuple[Reader, ...] = (JSON, NFO)


def reader_named(name: str) -> Reader | None:
    """The reader that claims a file called ``name``, or None."""
    lowered = name.lower()
    for reader in READERS:
        if lowered.endswith(reader.suffixes):
            return reader
    return None


def reader_for(path: Path) -> Reader:
    """The reader for ``path`` by its name; JSON for a name no reader claims."""
    return reader_named(path.name) or JSON


def is_film_file(path: Path) -> bool:
    """True if a reader claims ``path`` by its name."""
    return reader_named(path.name) is not None


def context_of(path: Path) -> str:
    """What the film read from ``path`` depends on besides its bytes; "" for most kinds."""
    try:
        return reader_for(path).context(path)
    except Exception as error:
        raise unexpected_error(path, error) from error


def read_film(data: bytes, path: Path, context: str | None = None) -> Loaded:
    """Read the bytes of the film file at ``path`` with its reader; only FilmFileError escapes.

    ``context`` is ``context_of(path)``, where the caller has it already.
    """
    try:
        reader = reader_for(path)
        return reader.read(data, path, reader.context(path) if context is None else context)
    except FilmFileError:
        raise
    except Exception as error:
        raise unexpected_error(path, error) from error


def load(path: Path) -> tuple[Loaded, FileBytes]:
    """Read and validate the film file at ``path``: the film, and the bytes and stamp read."""
    file = read_film_file(path)
    return read_film(file.data, path), file
