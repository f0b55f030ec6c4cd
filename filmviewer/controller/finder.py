"""The find bar's logic: query, options, matches in Qt's offsets, the current match."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from filmviewer.controller.search import SearchError, SearchOptions, TextSearcher, Utf16Offsets
from filmviewer.i18n import translate


class Finder:
    """The find bar's logic: the query, its matches in Qt's UTF-16 offsets, the current one."""

    def __init__(self) -> None:
        self.query = ""
        self.error = ""
        self.current = -1
        self.starts: list[int] = []
        """Match starts as UTF-16 offsets, ascending."""
        self.ends: list[int] = []
        self._searcher = TextSearcher("")
        self._offsets = Utf16Offsets("")

    def set_text(self, text: str) -> None:
        self._searcher = TextSearcher(text)
        self._offsets = Utf16Offsets(text)
        self.clear()

    def clear(self) -> None:
        self.error = ""
        self.current = -1
        self.starts, self.ends = [], []

    @property
    def count(self) -> int:
        return len(self.starts)

    def search(self, query: str, options: SearchOptions, anchor: int = 0) -> None:
        """Find ``query``; the current match is the first at or after UTF-16 offset ``anchor``."""
        self.query = query
        self.clear()
        try:
            matches = self._searcher.find(query, options)
        except SearchError as error:
            self.error = str(error)
            return
        self.starts = self._offsets.to_utf16_all(matches.starts)
        self.ends = self._offsets.to_utf16_all(matches.ends)
        if self.starts:
            self.current = bisect_left(self.starts, anchor) % len(self.starts)

    def step(self, forward: bool) -> bool:
        """Move to the next or previous match; True if that wrapped around an end."""
        if not self.starts:
            return False
        target = self.current + (1 if forward else -1)
        self.current = target % len(self.starts)
        return target != self.current

    def span(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]

    def status(self) -> str:
        """``3 of 17``, ``No matches``, or why the query cannot be searched."""
        if self.error:
            return self.error
        if not self.query:
            return ""
        if not self.starts:
            return translate("Finder", "No matches")
        return translate("Finder", "{current} of {count}").format(
            current=self.current + 1, count=self.count
        )

    def visible(self, first: int, last: int) -> range:
        """Indexes of the matches that touch UTF-16 offsets first..last."""
        return range(bisect_right(self.ends, first), bisect_right(self.starts, last))
