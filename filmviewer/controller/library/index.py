"""A library's index: one SQLite database per library folder, in the user's cache; all its SQL.

Per film file it holds its identity (so reopening reads only files that
changed), what the list shows and sorts by (the title's collation key in the
user's language among it), the film in the file format, and two FTS5
indexes, both of text folded by the one folding rule: the filter's keys
(title, people, genres, …, searched by word prefix) and the prose (plot
search, ranked by bm25).

The index is a cache: deleting it loses nothing. A database that is damaged,
truncated, foreign, of another schema or written by other code is deleted and
built again; one another process holds locked is replaced by one in memory.
Nothing read back is trusted: rows whose path, title or year a film file could
not hold are dropped, and a film is validated again before it is copied.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final, NamedTuple

import filmviewer
from filmviewer.checksum import path_checksum
from filmviewer.lazy import logger
from filmviewer.model.library_entry import (
    FIELDS,
    Entry,
    folded_prose,
    problems_from_json,
    problems_to_json,
)
from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR
from filmviewer.model.loader import FileStamp
from filmviewer.model.problems import Problem
from filmviewer.model.text import is_blank, refused_character

SCHEMA: Final = 5
"""Bumped whenever the tables change: an index of another schema is built again."""

READER_CACHE_KIB: Final = 512
"""The page cache of a connection that reads the index once through (SQLite's is 2 MiB)."""

KEY_COLUMNS: Final = (*FIELDS, "year")
"""The filter's FTS5 columns: a field's name is its column."""

_TABLES: Final = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE films(
    -- AUTOINCREMENT: a removed film's id is never another's.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path BLOB UNIQUE NOT NULL,
    device INTEGER NOT NULL, inode INTEGER NOT NULL, size INTEGER NOT NULL,
    modified INTEGER NOT NULL, changed INTEGER NOT NULL,
    context TEXT NOT NULL,
    ok INTEGER NOT NULL,
    title TEXT NOT NULL, year INTEGER, runtime INTEGER, added INTEGER NOT NULL,
    poster TEXT NOT NULL,
    title_key BLOB NOT NULL,
    problems TEXT NOT NULL
);
CREATE INDEX films_by_title ON films(ok, title_key, year, id);
-- The films as validated, apart: read one at a time, for a copy or a snippet.
CREATE TABLE documents(id INTEGER PRIMARY KEY, film TEXT NOT NULL);
-- The filter's keys, folded: the text of an external-content FTS5 index.
CREATE TABLE key_text(id INTEGER PRIMARY KEY, {", ".join(KEY_COLUMNS)});
CREATE VIRTUAL TABLE keys USING fts5(
    {", ".join(KEY_COLUMNS)}, content = 'key_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
);
-- The values a film can be browsed by (FACETS), as written and folded (the folded
-- value groups them: "Drama" and "drama" are one genre).
CREATE TABLE facets(
    id INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL
);
CREATE INDEX facets_by_kind ON facets(kind, key, id);
CREATE INDEX facets_by_film ON facets(id);
-- The prose, folded: only the index is kept (the text is in documents).
CREATE VIRTUAL TABLE prose USING fts5(
    summaries, synopsis, content = '', tokenize = 'unicode61 remove_diacritics 0'
);
"""

SORTS: Final = ("title", "year", "runtime", "added")
_ORDERS: Final = {
    ("title", False): "title_key, year, id",
    ("title", True): "title_key DESC, year DESC, id DESC",
    **{
        (column, False): f"{column} IS NULL, {column}, title_key, id"
        for column in ("year", "runtime", "added")
    },
    **{
        (column, True): f"{column} IS NULL, {column} DESC, title_key DESC, id DESC"
        for column in ("year", "runtime", "added")
    },
}
"""ORDER BY of each sort: films without the value last either way, equal ones by title."""


def _sort_keys(key: str, descending: bool) -> tuple[tuple[str, bool], ...]:
    """The sort's ORDER BY as (expression, descending) that are never NULL, in its order."""
    if key == "title":
        return tuple(
            (expression, descending) for expression in ("title_key", "coalesce(year, -1)", "id")
        )
    return (
        (f"({key} IS NULL)", False),
        (f"coalesce({key}, 0)", descending),
        ("title_key", descending),
        ("id", descending),
    )


def _before(keys: tuple[tuple[str, bool], ...]) -> str:
    """A condition true of the rows a sort puts before the one whose keys are the parameters
    (each key's value once for each alternative it is in, then the first key's again)."""
    alternatives = []
    for number, (expression, descending) in enumerate(keys):
        equal = [f"{earlier} = ?" for earlier, _ in keys[:number]]
        alternatives.append(" AND ".join([*equal, f"{expression} {'>' if descending else '<'} ?"]))
    # The first key's bound alone, which an index on it can serve: the rest is looked at
    # only among the rows it leaves.
    first, descending = keys[0]
    bound = f"{first} {'>=' if descending else '<='} ?"
    return f"({' OR '.join(f'({alternative})' for alternative in alternatives)}) AND {bound}"


class Row(NamedTuple):
    """A film of the library, as its list shows it."""

    id: int
    path: bytes
    title: str
    year: int | None
    runtime: int | None
    added: int
    poster: str


_ROW_COLUMNS: Final = ", ".join(Row._fields)


class Problematic(NamedTuple):
    """A file of the library that is no film, and why."""

    id: int
    path: bytes
    problems: tuple[Problem, ...]


class Filter(NamedTuple):
    """What the list shows: an FTS5 expression over the keys (or none), year and running-time
    ranges."""

    match: str | None = None
    years: tuple[tuple[int, int], ...] = ()
    runtimes: tuple[tuple[int, int], ...] = ()
    """Running-time ranges, in minutes."""
    values: tuple[tuple[str, str], ...] = ()
    """(kind, key) of whole values the films must have (the facets table's)."""


def index_fingerprint() -> str:
    """What the index's rows are made by: an index made by other code is built again."""
    # The sheet cache's module uses Qt; the index, its view and the scan do not.
    from filmviewer.controller.sheet_cache import code_fingerprint

    return code_fingerprint(Path(filmviewer.__file__).parent)


def identity(stamp: FileStamp, context: str) -> int:
    """What a file was read with, as one number (this process's hash of it): equal while
    the file and its context are unchanged."""
    return hash((stamp, context))


def index_path(cache: Path, root: Path) -> Path:
    """Where the index of the library at ``root`` lives."""
    name = path_checksum(os.fsencode(root.resolve()))
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
            connection = _connect(str(self.path))
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
        connection = _connect(name)
        if name != ":memory:":
            connection.execute("PRAGMA journal_mode=WAL")
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
        for suffix in ("", "-wal", "-shm", "-journal", ".checked"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.path}{suffix}").unlink()

    def intact(self, connection: sqlite3.Connection) -> bool:
        """Whether every page of the index is sound (SQLite's quick check, which reads it all).

        A file found sound is not read whole again until it changes: its size,
        modification time and inode are kept beside it (``.checked``) after a
        check, and an unchanged file with no write-ahead log pending is taken
        as checked. Rows read back are checked one by one all the same.
        """
        stamp = self._stamp()
        marker = Path(f"{self.path}.checked") if self.path is not None else None
        if stamp is not None and marker is not None:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                if marker.read_text(encoding="ascii") == stamp:
                    return True
        try:
            (check,) = connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError:
            return False
        if check != "ok":
            return False
        if stamp is not None and marker is not None:
            with contextlib.suppress(OSError):
                partial = marker.with_name(marker.name + ".part")
                partial.write_text(stamp, encoding="ascii")
                os.replace(partial, marker)
        return True

    def _stamp(self) -> str | None:
        """The index file's size, modification time and inode; None while a write-ahead log
        holds what it does not (or there is no file)."""
        if self.path is None:
            return None
        try:
            info = os.stat(self.path)
            log = os.stat(f"{self.path}-wal").st_size
        except FileNotFoundError:
            log = 0
        except OSError:
            return None
        if log:
            return None
        return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"

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
        connection = _connect(str(self.path), timeout=5.0)
        # It reads through the index once (a scan, a refresh): a small page cache will do.
        connection.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
        return connection

    # Title keys -------------------------------------------------------------------

    def title_keys_name(self, connection: sqlite3.Connection | None = None) -> str | None:
        row = (
            (connection or self.connection)
            .execute("SELECT value FROM meta WHERE key = 'title_keys'")
            .fetchone()
        )
        return row[0] if row and isinstance(row[0], str) else None

    @staticmethod
    def rekey_titles(connection: sqlite3.Connection, name: str, key: object) -> None:
        """Make every title's sort key again, with ``key`` (a TitleKeys) of another language."""
        make = key.key  # type: ignore[attr-defined]
        with connection:
            rows = connection.execute("SELECT id, title FROM films").fetchall()
            connection.executemany(
                "UPDATE films SET title_key = ? WHERE id = ?",
                [(make(title), film_id) for film_id, title in rows],
            )
            connection.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('title_keys', ?)", (name,)
            )

    # Identities --------------------------------------------------------------------

    @staticmethod
    def identities(connection: sqlite3.Connection) -> dict[bytes, int]:
        """Every indexed file's path, and ``identity`` of what it was read with (a number
        a file, not its fields: 100,000 of them are held while a scan compares)."""
        rows = connection.execute(
            "SELECT path, device, inode, size, modified, changed, context FROM films"
        )
        return {
            bytes(path): identity(FileStamp(device, inode, size, modified, changed), context)
            for path, device, inode, size, modified, changed, context in rows
        }

    # Writing -----------------------------------------------------------------------

    @staticmethod
    def store(
        connection: sqlite3.Connection, entries: Iterable[Entry], now: int, title_key: object
    ) -> tuple[list[int], list[int]]:
        """Write ``entries`` (new or changed files) in one transaction.

        ``title_key`` (a TitleKeys) makes each title's sort key. Returns their
        ids, and the ids of the rows they replaced (a changed file is a new row).
        """
        make_key = title_key.key  # type: ignore[attr-defined]
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
                    " title, year, runtime, added, poster, title_key, problems)"
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
                        make_key(entry.title) if entry.ok else b"",
                        problems_to_json(entry.problems),
                    ),
                )
                film_id = cursor.lastrowid
                assert film_id is not None
                if entry.ok:
                    keys = [entry.keys.get(column, "") for column in KEY_COLUMNS]
                    marks = ", ".join("?" * len(KEY_COLUMNS))
                    columns = ", ".join(KEY_COLUMNS)
                    connection.execute(
                        f"INSERT INTO key_text(id, {columns}) VALUES (?, {marks})",
                        (film_id, *keys),
                    )
                    connection.execute(
                        f"INSERT INTO keys(rowid, {columns}) VALUES (?, {marks})",
                        (film_id, *keys),
                    )
                    connection.execute(
                        "INSERT INTO prose(rowid, summaries, synopsis) VALUES (?, ?, ?)",
                        (film_id, entry.folded_summaries, entry.folded_synopsis),
                    )
                    connection.execute(
                        "INSERT INTO documents(id, film) VALUES (?, ?)", (film_id, entry.film)
                    )
                    connection.executemany(
                        "INSERT INTO facets(id, kind, key, value) VALUES (?, ?, ?, ?)",
                        [(film_id, *facet) for facet in entry.facets],
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

    def count(self, shown: Filter, connection: sqlite3.Connection | None = None) -> int:
        """How many films ``shown`` lets through."""
        source = connection or self.connection
        where, params = _where(shown, source)
        if shown.match is not None and not (shown.years or shown.runtimes or shown.values):
            # The filter's index holds films only: its matches are counted alone, where
            # a join would look up every one of them (25 ms at 100,000 films).
            (number,) = source.execute("SELECT count(*) FROM temp.matched").fetchone()
        else:
            (number,) = source.execute(
                f"SELECT count(*) FROM films WHERE {where}", params
            ).fetchone()
        return int(number)

    def ids(
        self,
        shown: Filter,
        sort: tuple[str, bool],
        offset: int = 0,
        limit: int = -1,
        connection: sqlite3.Connection | None = None,
    ) -> list[int]:
        """The ids of the films ``shown`` lets through, in the order ``sort`` (key, descending)
        puts them; ``limit`` of them from ``offset``."""
        where, params = _where(shown, connection or self.connection)
        order = _ORDERS[sort]
        rows = (connection or self.connection).execute(
            f"SELECT id FROM films WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [film_id for (film_id,) in rows]

    def window(
        self,
        shown: Filter,
        sort: tuple[str, bool],
        offset: int,
        limit: int,
        connection: sqlite3.Connection | None = None,
    ) -> list[Row | None]:
        """The films at ``offset`` … ``offset + limit`` of the list ``shown`` and ``sort`` make,
        each checked (None, in its place, for one a film file could not give)."""
        where, params = _where(shown, connection or self.connection)
        rows = (connection or self.connection).execute(
            f"SELECT {_ROW_COLUMNS} FROM films WHERE {where} ORDER BY {_ORDERS[sort]}"
            " LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_checked_row(*values) for values in rows]

    def starting(
        self, shown: Filter, match: str, connection: sqlite3.Connection | None = None
    ) -> set[int]:
        """The films ``shown`` lets through that the FTS5 expression ``match`` over the keys
        finds too (a title's first words, for type-ahead)."""
        source = connection or self.connection
        where, params = _where(shown, source)
        found = source.execute(
            f"SELECT id FROM films WHERE {where}"
            " AND id IN (SELECT rowid FROM keys WHERE keys MATCH ?)",
            (*params, match),
        )
        return {film_id for (film_id,) in found}

    def position(
        self,
        film_id: int,
        shown: Filter,
        sort: tuple[str, bool],
        connection: sqlite3.Connection | None = None,
    ) -> int:
        """Where film ``film_id`` is in the list ``shown`` and ``sort`` make; -1 if it is not
        in it. Counted in SQLite: no list of every film is made."""
        source = connection or self.connection
        where, params = _where(shown, connection or self.connection)
        if not source.execute(
            f"SELECT count(*) FROM films WHERE {where} AND id = ?", (*params, film_id)
        ).fetchone()[0]:
            return -1
        keys = _sort_keys(*sort)
        values = source.execute(
            f"SELECT {', '.join(expression for expression, _ in keys)} FROM films WHERE id = ?",
            (film_id,),
        ).fetchone()
        arguments = [value for number in range(len(keys)) for value in values[: number + 1]]
        arguments.append(values[0])
        (number,) = source.execute(
            f"SELECT count(*) FROM films WHERE {where} AND ({_before(keys)})",
            (*params, *arguments),
        ).fetchone()
        return int(number)

    def rows(
        self, ids: Iterable[int], connection: sqlite3.Connection | None = None
    ) -> dict[int, Row]:
        """The films of ``ids`` by id, each checked as a film file's would be."""
        query = f"SELECT {_ROW_COLUMNS} FROM films WHERE ok = 1"
        found = {}
        for values in _select(connection or self.connection, query, ids):
            row = _checked_row(*values)
            if row is not None:
                found[row.id] = row
        return found

    def all_films(self, connection: sqlite3.Connection | None = None) -> Iterator[Row]:
        """Every film, checked, in no order (for watching and headless listings)."""
        rows = (connection or self.connection).execute(
            f"SELECT {_ROW_COLUMNS} FROM films WHERE ok = 1"
        )
        for values in rows:
            row = _checked_row(*values)
            if row is not None:
                yield row

    def problematic(
        self, ids: Iterable[int] | None = None, connection: sqlite3.Connection | None = None
    ) -> list[Problematic]:
        """The files that are no film (all, or of ``ids``), with their problems."""
        result = []
        query = "SELECT id, path, problems FROM films WHERE ok = 0"
        source = connection or self.connection
        selected = source.execute(query) if ids is None else _select(source, query, ids)
        for film_id, path, problems in selected:
            if not (_safe_path(path) and isinstance(film_id, int) and isinstance(problems, str)):
                continue
            assert isinstance(path, bytes)
            try:
                result.append(Problematic(film_id, path, problems_from_json(problems)))
            except ValueError:
                continue
        return sorted(result, key=lambda item: item.path)

    def film_json(self, film_id: int, connection: sqlite3.Connection | None = None) -> str | None:
        row = (
            (connection or self.connection)
            .execute("SELECT film FROM documents WHERE id = ?", (film_id,))
            .fetchone()
        )
        return row[0] if row and isinstance(row[0], str) else None

    def path_of(self, film_id: int) -> bytes | None:
        row = self.connection.execute("SELECT path FROM films WHERE id = ?", (film_id,)).fetchone()
        return bytes(row[0]) if row and _safe_path(row[0]) else None

    def id_of(self, path: bytes) -> int | None:
        row = self.connection.execute(
            "SELECT id FROM films WHERE path = ? AND ok = 1", (path,)
        ).fetchone()
        return row[0] if row and isinstance(row[0], int) else None

    # Browsing ------------------------------------------------------------------------

    def facet(
        self, shown: Filter, kind: str, limit: int, connection: sqlite3.Connection | None = None
    ) -> list[tuple[str, int]]:
        """The ``limit`` values of ``kind`` most films ``shown`` lets through have, with how
        many have each, most first (then alphabetically); a value that is not one line of
        text, as a film file could give it, is left out."""
        source = connection or self.connection
        where, params = _where(shown, source)
        rows = source.execute(
            "SELECT min(value), count(*) AS films FROM facets"
            f" WHERE kind = ? AND id IN (SELECT id FROM films WHERE {where})"
            " GROUP BY key ORDER BY films DESC, key LIMIT ?",
            (kind, *params, limit),
        )
        return [
            (value, films)
            for value, films in rows
            if isinstance(value, str)
            and isinstance(films, int)
            and 0 < len(value) <= 1_000
            and value.isprintable()
            and not is_blank(value)
        ]

    def decades(
        self, shown: Filter, connection: sqlite3.Connection | None = None
    ) -> list[tuple[int, int]]:
        """(the decade's first year, how many films of it ``shown`` lets through), in order."""
        source = connection or self.connection
        where, params = _where(shown, source)
        rows = source.execute(
            f"SELECT year / 10 * 10 AS decade, count(*) FROM films WHERE {where}"
            " AND year IS NOT NULL GROUP BY decade ORDER BY decade",
            params,
        )
        return [
            (decade, films)
            for decade, films in rows
            if isinstance(decade, int)
            and isinstance(films, int)
            and FIRST_YEAR - 9 <= decade <= LAST_YEAR
        ]

    def runtimes(self, shown: Filter, connection: sqlite3.Connection | None = None) -> list[int]:
        """The runtimes, in minutes, of the films ``shown`` lets through that give one."""
        source = connection or self.connection
        where, params = _where(shown, source)
        rows = source.execute(
            f"SELECT runtime FROM films WHERE {where} AND runtime IS NOT NULL", params
        )
        return [
            runtime for (runtime,) in rows if isinstance(runtime, int) and 0 < runtime <= 100_000
        ]

    def with_posters(self, connection: sqlite3.Connection | None = None) -> int:
        """How many films name a poster."""
        (number,) = (
            (connection or self.connection)
            .execute("SELECT count(*) FROM films WHERE ok = 1 AND poster != ''")
            .fetchone()
        )
        return int(number)

    def total(self, connection: sqlite3.Connection | None = None) -> int:
        """How many films the library holds (files that are no film not counted)."""
        (number,) = (
            (connection or self.connection)
            .execute("SELECT count(*) FROM films WHERE ok = 1")
            .fetchone()
        )
        return int(number)

    # Plot search ------------------------------------------------------------------

    def hit_count(self, match: str, connection: sqlite3.Connection | None = None) -> int:
        """How many films' prose matches the FTS5 expression ``match``."""
        # The prose index holds films only (a file that is no film has none): no join,
        # which SQLite would run as one full-text query per film.
        (number,) = (
            (connection or self.connection)
            .execute("SELECT count(*) FROM prose WHERE prose MATCH ?", (match,))
            .fetchone()
        )
        return int(number)

    def hits(
        self,
        match: str,
        offset: int = 0,
        limit: int = -1,
        connection: sqlite3.Connection | None = None,
    ) -> list[int]:
        """The films whose prose matches ``match``, best first (bm25), ``limit`` from ``offset``."""
        rows = (connection or self.connection).execute(
            "SELECT rowid FROM prose WHERE prose MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?",
            (match, limit, offset),
        )
        return [film_id for (film_id,) in rows if isinstance(film_id, int)]


def _connect(name: str, timeout: float = 1.0) -> sqlite3.Connection:
    connection = sqlite3.connect(
        name, timeout=timeout, check_same_thread=False, factory=_Connection
    )
    connection.execute("PRAGMA synchronous=NORMAL")
    return connection


def _where(shown: Filter, connection: sqlite3.Connection) -> tuple[str, tuple[object, ...]]:
    clauses = ["ok = 1"]
    params: list[object] = []
    for first, last in shown.years:
        clauses.append("year BETWEEN ? AND ?")
        params += [first, last]
    for shortest, longest in shown.runtimes:
        clauses.append("runtime BETWEEN ? AND ?")
        params += [shortest, longest]
    for kind, key in shown.values:
        clauses.append("id IN (SELECT id FROM facets WHERE kind = ? AND key = ?)")
        params += [kind, key]
    if shown.match is not None:
        _match(connection, shown.match)
        clauses.append("id IN temp.matched")
    return " AND ".join(clauses), tuple(params)


def _match(connection: sqlite3.Connection, match: str) -> None:
    """Put the ids of the films the FTS5 expression ``match`` finds in ``temp.matched``.

    A filter's count, window and positions all ask for the same films: the
    full-text query runs once for them, and again only for another expression
    or once the index has changed (written by this connection or another).
    """
    version = (match, connection.execute("PRAGMA data_version").fetchone()[0])
    if isinstance(connection, _Connection) and connection.matched == (
        *version,
        connection.total_changes,
    ):
        return
    with connection:
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS matched(id INTEGER PRIMARY KEY)")
        connection.execute("DELETE FROM temp.matched")
        connection.execute(
            "INSERT INTO temp.matched(id) SELECT rowid FROM keys WHERE keys MATCH ?", (match,)
        )
    if isinstance(connection, _Connection):
        connection.matched = (*version, connection.total_changes)


class _Connection(sqlite3.Connection):
    """A connection to an index, with what its ``temp.matched`` holds."""

    matched: tuple[str, int, int] | None = None
    """(the expression, the index's data version, this connection's changes) it was made at."""


def _select(
    connection: sqlite3.Connection, query: str, ids: Iterable[int]
) -> Iterator[tuple[object, ...]]:
    """The rows of ``query`` (a WHERE clause last) for ``ids``, a few hundred at a time."""
    chunk: list[int] = []
    for film_id in ids:
        chunk.append(film_id)
        if len(chunk) == 500:
            yield from _chunk(connection, query, chunk)
            chunk = []
    if chunk:
        yield from _chunk(connection, query, chunk)


def _chunk(
    connection: sqlite3.Connection, query: str, chunk: list[int]
) -> Iterator[tuple[object, ...]]:
    marks = ",".join("?" * len(chunk))
    yield from connection.execute(f"{query} AND id IN ({marks})", chunk)


def _checked_row(
    film_id: object,
    path: object,
    title: object,
    year: object,
    runtime: object,
    added: object,
    poster: object,
) -> Row | None:
    """A row as a film file could give it, or None for one that was tampered with."""
    if not (isinstance(film_id, int) and isinstance(title, str)):
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
    assert isinstance(path, bytes)
    return Row(film_id, path, title, year, runtime, added, poster)


def _delete(connection: sqlite3.Connection, film_id: int) -> None:
    columns = ", ".join(KEY_COLUMNS)
    keys = connection.execute(f"SELECT {columns} FROM key_text WHERE id = ?", (film_id,)).fetchone()
    if keys is not None:
        marks = ", ".join("?" * len(KEY_COLUMNS))
        connection.execute(
            f"INSERT INTO keys(keys, rowid, {columns}) VALUES ('delete', ?, {marks})",
            (film_id, *keys),
        )
    prose = _folded_prose(connection, film_id)
    if prose is not None:
        connection.execute(
            "INSERT INTO prose(prose, rowid, summaries, synopsis) VALUES ('delete', ?, ?, ?)",
            (film_id, *prose),
        )
    connection.execute("DELETE FROM key_text WHERE id = ?", (film_id,))
    connection.execute("DELETE FROM facets WHERE id = ?", (film_id,))
    connection.execute("DELETE FROM documents WHERE id = ?", (film_id,))
    connection.execute("DELETE FROM films WHERE id = ?", (film_id,))


def _folded_prose(connection: sqlite3.Connection, film_id: int) -> tuple[str, str] | None:
    """The folded prose a film was indexed with, made again from the film it stored."""
    row = connection.execute("SELECT film FROM documents WHERE id = ?", (film_id,)).fetchone()
    if row is None or not isinstance(row[0], str):
        return None
    try:
        film = json.loads(row[0])
    except (ValueError, RecursionError):
        return None
    return folded_prose(film) if isinstance(film, dict) else None


def _safe_path(path: object) -> bool:
    """A relative path inside the library, as the scanner stores them."""
    if not isinstance(path, bytes) or not path or path.startswith(b"/") or b"\0" in path:
        return False
    return b".." not in path.split(b"/")
