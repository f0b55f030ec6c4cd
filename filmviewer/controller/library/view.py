"""A view of a library's index, without Qt: for a query and a sort, the films in order, a window
at a time; plot search, best first, with its total and snippets; rows by id.

Nothing is held but what was asked for: the list's model (list_model.py)
asks for the rows in sight, and the headless ``--list`` for all of them, in
pages. Filtering and sorting happen in SQLite, on keys the scan stored.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Final, NamedTuple

from filmviewer.controller.library.index import Filter, LibraryIndex, Problematic, Row
from filmviewer.controller.library.query import (
    Query,
    keys_match,
    plot_query,
    plot_words,
    title_start_match,
)
from filmviewer.controller.search import _Folded
from filmviewer.model.library_entry import FACETS, prose_of

PAGE: Final = 2_000
"""Films read at a time where all of them are wanted."""
SNIPPET_WORDS: Final = 16
"""Words a snippet shows around its match."""
SNIPPET_SLICE: Final = 65_536
"""Characters of prose folded at a time while a snippet's match is looked for."""


class Sort(NamedTuple):
    key: str = "title"
    """title, year, runtime or added."""
    descending: bool = False


class Hit(NamedTuple):
    """A film whose prose matches a plot search."""

    id: int
    snippet: str
    """Text around the match, the matched words between \\x02 and \\x03."""
    in_synopsis: bool


def shown_filter(query: Query) -> Filter:
    return Filter(keys_match(query), query.years, query.runtimes, query.values)


class Browsing(NamedTuple):
    """What the films a query lets through can be browsed by, with how many films have each."""

    facets: dict[str, list[tuple[str, int]]]
    """By kind of FACETS: the values most films have, most first."""
    decades: list[tuple[int, int]]
    """(a decade's first year, its films), in order."""
    runtimes: list[int]
    """Every runtime given, in minutes, in no order."""
    films: int


FACET_VALUES: Final = 30
"""Values of each kind listed: the most common ones (a filter finds the rest)."""


class LibraryView:
    """What the index holds, as lists see it: read through one connection (of one thread)."""

    def __init__(self, index: LibraryIndex, connection: sqlite3.Connection | None = None) -> None:
        self.index = index
        self._connection = connection

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection or self.index.connection

    # The list -------------------------------------------------------------------------

    def total(self) -> int:
        return self.index.total(self.connection)

    def with_posters(self) -> int:
        """How many films name a poster."""
        return self.index.with_posters(self.connection)

    def count(self, query: Query) -> int:
        return self.index.count(shown_filter(query), self.connection)

    def ids(self, query: Query, sort: Sort, offset: int = 0, limit: int = -1) -> list[int]:
        return self.index.ids(shown_filter(query), tuple(sort), offset, limit, self.connection)  # type: ignore[arg-type]

    def position(self, film_id: int, query: Query, sort: Sort) -> int:
        """Where film ``film_id`` is in the list, or -1 if the query leaves it out."""
        return self.index.position(film_id, shown_filter(query), tuple(sort), self.connection)  # type: ignore[arg-type]

    def title_starts(self, query: Query, text: str) -> set[int]:
        """The ids of the films ``query`` lets through whose title starts with ``text``'s
        words, ignoring case and diacritics."""
        match = title_start_match(text)
        if match is None:
            return set()
        return self.index.starting(shown_filter(query), match, self.connection)

    def window(self, query: Query, sort: Sort, offset: int, limit: int) -> list[Row | None]:
        """The films at positions ``offset`` … ``offset + limit`` of the list (None for
        one the index holds but cannot vouch for: it keeps its place)."""
        return self.index.window(shown_filter(query), tuple(sort), offset, limit, self.connection)  # type: ignore[arg-type]

    def rows(self, ids: list[int]) -> list[Row | None]:
        """The films of ``ids``, in that order (None where the index cannot vouch for one)."""
        found = self.index.rows(ids, self.connection)
        return [found.get(film_id) for film_id in ids]

    def row(self, film_id: int) -> Row | None:
        return self.index.rows([film_id], self.connection).get(film_id)

    def films(self, query: Query, sort: Sort) -> Iterator[Row]:
        """Every film the query lets through, in order, a page at a time."""
        offset = 0
        while page := self.window(query, sort, offset, PAGE):
            yield from (row for row in page if row is not None)
            offset += len(page)

    def browsing(self, query: Query, limit: int = FACET_VALUES) -> Browsing:
        """The genres, countries, collections, people and decades of the films ``query``
        lets through, with their counts, and their runtimes (for the statistics)."""
        shown = shown_filter(query)
        connection = self.connection
        return Browsing(
            {kind: self.index.facet(shown, kind, limit, connection) for kind in FACETS},
            self.index.decades(shown, connection),
            self.index.runtimes(shown, connection),
            self.index.count(shown, connection),
        )

    def problems(self) -> list[Problematic]:
        return self.index.problematic(connection=self.connection)

    # Plot search ---------------------------------------------------------------------

    def hit_count(self, text: str) -> int:
        match = plot_query(text)
        return self.index.hit_count(match, self.connection) if match else 0

    def hit_ids(self, text: str, offset: int = 0, limit: int = -1) -> list[int]:
        """The films whose summaries or synopsis hold ``text`` (words, "phrases", prefix*),
        best first; ``limit`` of them from ``offset``."""
        match = plot_query(text)
        return self.index.hits(match, offset, limit, self.connection) if match else []

    def snippets(self, text: str, ids: list[int]) -> list[Hit]:
        """The hits of ``ids`` for ``text``, each with a snippet around its first match."""
        words = plot_words(text)
        found = []
        for film_id in ids:
            summaries, synopsis = _prose(self.index.film_json(film_id, self.connection))
            found.append(snippet_hit(film_id, summaries, synopsis, words))
        return found

    def hits(self, text: str, offset: int = 0, limit: int = -1) -> list[Hit]:
        """The hits for ``text``, best first, with their snippets; ``limit`` from ``offset``."""
        return self.snippets(text, self.hit_ids(text, offset, limit))


def _prose(document: str | None) -> tuple[str, str]:
    try:
        film = json.loads(document) if document else {}
    except (ValueError, RecursionError):
        film = {}
    return prose_of(film)


def snippet_hit(film_id: int, summaries: str, synopsis: str, words: list[tuple[str, bool]]) -> Hit:
    """The hit with its snippet: around the first match in the synopsis, else the summaries."""
    for text, in_synopsis in ((synopsis, True), (summaries, False)):
        snippet = make_snippet(text, words)
        if snippet:
            return Hit(film_id, snippet, in_synopsis)
    return Hit(film_id, "", False)


def make_snippet(text: str, words: list[tuple[str, bool]]) -> str:
    """A line of ``text`` around the first of ``words`` (folded; each maybe a prefix), the
    matched words between \\x02 and \\x03, ends cut with "…"; "" if none is in it."""
    if not words or not text:
        return ""
    pattern = re.compile(
        "|".join(
            r"(?<!\w)" + re.escape(word) + ("" if prefix else r"(?!\w)") for word, prefix in words
        )
    )
    # Folded a slice at a time, and the search stops at the first slice with a match.
    for start in range(0, len(text), SNIPPET_SLICE):
        stop = min(len(text), start + SNIPPET_SLICE)
        # A word cut by the slice's end is taken whole from the next.
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        part = text[start:stop]
        folded = _Folded.of(part, True, True)
        first = pattern.search(folded.text)
        if first is None:
            continue
        spans = folded.to_original([match.span() for match in pattern.finditer(folded.text)])
        return _around(part, spans, first_start=folded.original(first.start()))
    return ""


_WORD: Final = re.compile(r"\S+")


def _around(text: str, spans: list[tuple[int, int]], first_start: int) -> str:
    words = list(_WORD.finditer(text))
    at = next((number for number, word in enumerate(words) if word.end() > first_start), 0)
    # A third of the words before the match, more where the text ends soon after it.
    begin = max(0, min(at - SNIPPET_WORDS // 3, len(words) - SNIPPET_WORDS))
    end = min(len(words), begin + SNIPPET_WORDS)
    low, high = words[begin].start(), words[end - 1].end()
    pieces = []
    position = low
    for start, stop in spans:
        if stop <= low or start >= high:
            continue
        start, stop = max(start, low), min(stop, high)
        pieces += [text[position:start], "\x02", text[start:stop], "\x03"]
        position = stop
    pieces.append(text[position:high])
    shown = " ".join("".join(pieces).split())
    return ("…" if begin else "") + shown + ("…" if end < len(words) else "")
