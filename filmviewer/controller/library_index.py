"""A library's index: one SQLite database per library folder, in the user's cache.

It holds, per film file, its identity (so reopening reads only files that
changed), what the list shows and sorts by, folded filter keys, the film in
the file format, and an FTS5 table of the prose for plot search.

The index is a cache: deleting it loses nothing. A database that is damaged,
truncated, foreign, of another schema or written by other code is deleted and
built again; one another process holds locked is replaced by one in memory.
Nothing read back is trusted: rows whose path, title or year a film file could
not hold are dropped, and a film is validated again before it is copied.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final, NamedTuple

from filmviewer.lazy import Pattern, logger
from filmviewer.model.library_entry import (
    FIELDS,
    Entry,
    problems_from_json,
    problems_to_json,
)
from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR
from filmviewer.model.loader import FileStamp
from filmviewer.model.problems import Problem
from filmviewer.model.text import is_blank, refused_character

SCHEMA: Final = 3
"""Bumped whenever the tables change: an index of another schema is built again."""

_TABLES: Final = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE films(
    id INTEGER PRIMARY KEY,
    path BLOB UNIQUE NOT NULL,
    device INTEGER NOT NULL, inode INTEGER NOT NULL, size INTEGER NOT NULL,
    modified INTEGER NOT NULL, changed INTEGER NOT NULL,
    context TEXT NOT NULL,
    ok INTEGER NOT NULL,
    title TEXT NOT NULL, year INTEGER, runtime INTEGER, added INTEGER NOT NULL,
    poster TEXT NOT NULL,
    keys TEXT NOT NULL,
    problems TEXT NOT NULL
);
-- The films as validated, apart: the list reads every row of films when a
-- library opens, and these would make it read the whole file.
CREATE TABLE documents(id INTEGER PRIMARY KEY, film TEXT NOT NULL);
CREATE VIRTUAL TABLE prose USING fts5(
    summaries, synopsis, tokenize = 'unicode61 remove_diacritics 2'
);
"""


class Row(NamedTuple):
    """A film of the library, as its list shows it."""

    id: int
    path: bytes
    title: str
    year: int | None
    runtime: int | None
    added: int
    poster: str
    keys: bytes
    """Folded text of each filter field in FIELDS' order, separated by KEY_SEPARATOR, in
    UTF-8 (a quarter of the memory of a str holding one emoji); a plain word is looked
    for in all of it, a field's in its part (``field_key``)."""


class Problematic(NamedTuple):
    """A file of the library that is no film, and why."""

    id: int
    path: bytes
    problems: tuple[Problem, ...]


class Hit(NamedTuple):
    """A film whose prose matches a plot search."""

    id: int
    snippet: str
    """Text around the match, the matched words between \\x02 and \\x03."""
    in_synopsis: bool


def index_path(cache: Path, root: Path) -> Path:
    """Where the index of the library at ``root`` lives."""
    name = hashlib.sha256(os.fsencode(root.resolve())).hexdigest()[:32]
    return cache / "libraries" / f"{name}.sqlite"


class LibraryIndex:
    """The index of the library at ``root``, stored at ``path`` (None: in memory only)."""

    def __init__(self, root: Path, path: Path | None, fingerprint: str) -> None:
        self.root = root
        self.path = path
        self._fingerprint = fingerprint
        self.rebuilt = False
        """True if the stored index could not be used and was started afresh."""
        self.connection = self._open()

    # Opening, checking, rebuilding -----------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._create(":memory:")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(self.path, timeout=1.0, check_same_thread=False)
            if self._usable(connection):
                return connection
            connection.close()
        except sqlite3.DatabaseError as error:
            logger().warning("library index %s unusable: %s", self.path, error)
        self.rebuilt = True
        try:
            self._remove_files()
            return self._create(str(self.path))
        except (sqlite3.DatabaseError, OSError) as error:
            # Locked by another process, or a folder we may not write: this run's
            # index lives in memory, and the next run tries the file again.
            logger().warning("library index %s kept in memory: %s", self.path, error)
            self.path = None
            return self._create(":memory:")

    def _usable(self, connection: sqlite3.Connection) -> bool:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version != SCHEMA:
            return False
        # The whole file is checked by ``intact``, on the scan's thread: here only
        # what decides whether this index is this library's, as fast as it can be.
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        return meta.get("root") == os.fsencode(self.root).hex() and (
            meta.get("code") == self._fingerprint
        )

    def _create(self, name: str) -> sqlite3.Connection:
        connection = sqlite3.connect(name, timeout=1.0, check_same_thread=False)
        if name != ":memory:":
            connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        with connection:
            connection.executescript(_TABLES)
            connection.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [("root", os.fsencode(self.root).hex()), ("code", self._fingerprint)],
            )
            connection.execute(f"PRAGMA user_version = {SCHEMA}")
        return connection

    def _remove_files(self) -> None:
        assert self.path is not None
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.path}{suffix}").unlink()

    def stored_order(self, name: str) -> list[int] | None:
        """The film ids kept under ``name`` by ``store_order``, if they read back as ids."""
        try:
            row = self.connection.execute(
                "SELECT value FROM meta WHERE key = ?", (f"order:{name}",)
            ).fetchone()
            order = json.loads(row[0]) if row and isinstance(row[0], str) else None
        except (sqlite3.Error, ValueError, RecursionError):
            return None
        if not isinstance(order, list) or not all(type(item) is int for item in order):
            return None
        return order

    def store_order(self, name: str, ids: list[int]) -> None:
        """Keep an order of the films (the list's sort) for the next opening."""
        with contextlib.suppress(sqlite3.Error), self.connection:
            self.connection.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                (f"order:{name}", json.dumps(ids, separators=(",", ":"))),
            )

    def intact(self, connection: sqlite3.Connection) -> bool:
        """Whether every page of the index is sound (SQLite's quick check): it reads it all."""
        try:
            (check,) = connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError:
            return False
        return bool(check == "ok")

    def rebuild(self) -> None:
        """Start the index afresh (it was found damaged)."""
        self.close()
        if self.path is not None:
            self._remove_files()
        self.rebuilt = True
        self.connection = self._open()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()

    def reader(self) -> sqlite3.Connection:
        """Another connection to the same index, for another thread to read or write."""
        if self.path is None:
            return self.connection
        connection = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    # Identities --------------------------------------------------------------------

    def identities(self) -> dict[bytes, tuple[FileStamp, str]]:
        """Every indexed file's path, and the identity and context it was read with."""
        rows = self.connection.execute(
            "SELECT path, device, inode, size, modified, changed, context FROM films"
        )
        return {
            bytes(path): (FileStamp(device, inode, size, modified, changed), context)
            for path, device, inode, size, modified, changed, context in rows
        }

    # Writing -----------------------------------------------------------------------

    @staticmethod
    def store(
        connection: sqlite3.Connection, entries: Iterable[Entry], now: int
    ) -> tuple[list[int], list[int]]:
        """Write ``entries`` (new or changed files) in one transaction.

        Returns their ids, and the ids of the rows they replaced (a changed file
        is a new row).
        """
        ids = []
        replaced = []
        with connection:
            for entry in entries:
                old = connection.execute(
                    "SELECT id, added FROM films WHERE path = ?", (entry.path,)
                ).fetchone()
                added = old[1] if old else now
                if old:
                    _delete(connection, old[0])
                    replaced.append(old[0])
                cursor = connection.execute(
                    "INSERT INTO films(path, device, inode, size, modified, changed, context, ok,"
                    " title, year, runtime, added, poster, keys, problems)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        entry.path,
                        *entry.stamp,
                        entry.context,
                        int(entry.ok),
                        entry.title,
                        entry.year,
                        entry.runtime,
                        added,
                        entry.poster,
                        _keys_text(entry.keys),
                        problems_to_json(entry.problems),
                    ),
                )
                film_id = cursor.lastrowid
                assert film_id is not None
                if entry.ok:
                    connection.execute(
                        "INSERT INTO prose(rowid, summaries, synopsis) VALUES (?, ?, ?)",
                        (film_id, entry.summaries, entry.synopsis),
                    )
                    connection.execute(
                        "INSERT INTO documents(id, film) VALUES (?, ?)", (film_id, entry.film)
                    )
                ids.append(film_id)
        return ids, replaced

    @staticmethod
    def forget(connection: sqlite3.Connection, paths: Iterable[bytes]) -> list[int]:
        """Remove the files at ``paths`` (gone from disk); their ids."""
        ids = []
        with connection:
            for path in paths:
                row = connection.execute("SELECT id FROM films WHERE path = ?", (path,)).fetchone()
                if row:
                    _delete(connection, row[0])
                    ids.append(row[0])
        return ids

    # Reading back, checked ----------------------------------------------------------

    def rows(self, ids: Iterable[int] | None = None) -> Iterator[Row]:
        """The films (all, or those of ``ids``), each checked as a film file's would be."""
        query = (
            "SELECT id, path, title, year, runtime, added, poster, CAST(keys AS BLOB)"
            " FROM films WHERE ok = 1"
        )
        for film_id, path, title, year, runtime, added, poster, keys in self._select(query, ids):
            row = _checked_row(film_id, path, title, year, runtime, added, poster, keys)
            if row is not None:
                yield row

    def problematic(self, ids: Iterable[int] | None = None) -> list[Problematic]:
        """The files that are no film (all, or of ``ids``), with their problems."""
        result = []
        query = "SELECT id, path, problems FROM films WHERE ok = 0"
        for film_id, path, problems in self._select(query, ids):
            if not (_safe_path(path) and isinstance(film_id, int) and isinstance(problems, str)):
                continue
            assert isinstance(path, bytes)
            try:
                result.append(Problematic(film_id, path, problems_from_json(problems)))
            except ValueError:
                continue
        return sorted(result, key=lambda item: item.path)

    def _select(self, query: str, ids: Iterable[int] | None) -> Iterator[tuple[object, ...]]:
        """The rows of ``query`` (a WHERE clause last), all or only those of ``ids``."""
        for chunk in _chunks(ids):
            if chunk is None:
                yield from self.connection.execute(query)
            else:
                marks = ",".join("?" * len(chunk))
                yield from self.connection.execute(f"{query} AND id IN ({marks})", chunk)

    def film_json(self, film_id: int) -> str | None:
        row = self.connection.execute(
            "SELECT film FROM documents WHERE id = ?", (film_id,)
        ).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def path_of(self, film_id: int) -> bytes | None:
        row = self.connection.execute("SELECT path FROM films WHERE id = ?", (film_id,)).fetchone()
        return bytes(row[0]) if row and _safe_path(row[0]) else None

    def search(self, query: str, limit: int = 500) -> list[Hit]:
        """Films whose prose matches the FTS5 ``query``, best first, with snippets."""
        rows = self.connection.execute(
            "SELECT rowid, snippet(prose, -1, char(2), char(3), '…', 16),"
            " highlight(prose, 1, char(2), char(3)) != synopsis"
            " FROM prose WHERE prose MATCH ? ORDER BY bm25(prose) LIMIT ?",
            (query, limit),
        )
        hits = []
        for film_id, snippet, in_synopsis in rows:
            if isinstance(film_id, int) and isinstance(snippet, str):
                hits.append(Hit(film_id, _shown_snippet(snippet), bool(in_synopsis)))
        return hits

    def count(self) -> int:
        (number,) = self.connection.execute("SELECT count(*) FROM films").fetchone()
        return int(number)


def _chunks(ids: Iterable[int] | None, size: int = 500) -> Iterator[list[int] | None]:
    if ids is None:
        yield None
        return
    chunk: list[int] = []
    for film_id in ids:
        chunk.append(film_id)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


KEY_SEPARATOR: Final = "\x1e"


def _keys_text(keys: dict[str, str]) -> str:
    return KEY_SEPARATOR.join(keys.get(name, "") for name in (*FIELDS, "year"))


def field_key(row: Row, field: str) -> bytes:
    """The folded text of one filter field of ``row`` ("all": every field and the year)."""
    if field == "all":
        return row.keys
    return row.keys.split(_KEY_SEPARATOR_BYTES)[FIELDS.index(field)]


_KEY_SEPARATOR_BYTES: Final = KEY_SEPARATOR.encode()


def _checked_row(
    film_id: object,
    path: object,
    title: object,
    year: object,
    runtime: object,
    added: object,
    poster: object,
    keys: object,
) -> Row | None:
    """A row as a film file could give it, or None for one that was tampered with."""
    if not (isinstance(film_id, int) and isinstance(title, str) and isinstance(keys, bytes)):
        return None
    if not _safe_path(path) or not isinstance(added, int):
        return None
    if not title or len(title) > 1_000:
        return None
    # As the film format checks a title: quickly where it starts with a letter or digit
    # and is all printable (then it can hold no refused character and is not blank).
    if not (title[:1].isalnum() and title.isprintable()) and (
        is_blank(title) or refused_character(title, one_line=True) is not None
    ):
        return None
    if year is not None and not (isinstance(year, int) and FIRST_YEAR <= year <= LAST_YEAR):
        return None
    if runtime is not None and not (isinstance(runtime, int) and 0 < runtime <= 100_000):
        return None
    if not isinstance(poster, str):
        return None
    if keys.count(_KEY_SEPARATOR_BYTES) != len(FIELDS):
        return None
    assert isinstance(path, bytes)
    return Row(film_id, path, title, year, runtime, added, poster, keys)


def _delete(connection: sqlite3.Connection, film_id: int) -> None:
    connection.execute("DELETE FROM prose WHERE rowid = ?", (film_id,))
    connection.execute("DELETE FROM documents WHERE id = ?", (film_id,))
    connection.execute("DELETE FROM films WHERE id = ?", (film_id,))


def _safe_path(path: object) -> bool:
    """A relative path inside the library, as the scanner stores them."""
    if not isinstance(path, bytes) or not path or path.startswith(b"/") or b"\0" in path:
        return False
    return b".." not in path.split(b"/")


_SPACES: Final = Pattern(r"\s+")


def _shown_snippet(snippet: str) -> str:
    """A snippet as one line of plain text to show, the match markers kept."""
    from filmviewer.model.text import escape_unprintable

    def clean(part: str) -> str:
        return escape_unprintable(_SPACES.sub(" ", part))

    return "\x02".join(
        "\x03".join(clean(piece) for piece in part.split("\x03")) for part in snippet.split("\x02")
    )
