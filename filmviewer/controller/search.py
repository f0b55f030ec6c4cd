"""Finding text in a synopsis: (text, query, options) → match spans, without widgets.

Matching ignores case and diacritics by folding the text once per option set
(each character to one character or to nothing, so offsets map back cheaply)
and searching the folded text with a compiled pattern. Spans are in code
points; ``Utf16Offsets`` converts them for Qt, whose positions count UTF-16
code units.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

REGEX_TIMEOUT = 0.5
"""Seconds a regular expression may run before it is given up as too slow."""


@dataclass(frozen=True)
class SearchOptions:
    match_case: bool = False
    whole_words: bool = False
    match_diacritics: bool = False
    regex: bool = False


class SearchError(ValueError):
    """The query cannot be searched for (an invalid or too slow regular expression)."""


@dataclass(frozen=True)
class Matches:
    """Non-overlapping matches, in text order, as code-point offsets."""

    starts: list[int]
    ends: list[int]

    @property
    def count(self) -> int:
        return len(self.starts)

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends, strict=True))


NO_MATCHES = Matches([], [])
DEFAULT_OPTIONS = SearchOptions()


class TextSearcher:
    """Searches one text; folded copies of it are made once and reused."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: dict[tuple[bool, bool], _Folded] = {}

    def find(self, query: str, options: SearchOptions = DEFAULT_OPTIONS) -> Matches:
        if not query:
            return NO_MATCHES
        fold_case = not options.match_case and not options.regex
        fold_marks = not options.match_diacritics
        folded = self._fold(fold_case, fold_marks)
        pattern = _compile(query, options, fold_case, fold_marks)
        if pattern is None:
            return NO_MATCHES
        if options.regex:
            spans = _regex_spans(pattern, folded.text)
        else:
            spans = [match.span() for match in pattern.finditer(folded.text)]
        return folded.to_original(spans)

    def _fold(self, fold_case: bool, fold_marks: bool) -> _Folded:
        key = (fold_case, fold_marks)
        if key not in self._folded:
            self._folded[key] = _Folded.of(self.text, fold_case, fold_marks)
        return self._folded[key]


def find_matches(text: str, query: str, options: SearchOptions = DEFAULT_OPTIONS) -> Matches:
    """All matches of ``query`` in ``text``: the one-off form of TextSearcher.find."""
    return TextSearcher(text).find(query, options)


def fold_char(char: str, fold_case: bool, fold_marks: bool) -> str:
    """One character folded for matching: one character, or none for a combining mark."""
    if fold_marks:
        if unicodedata.category(char) == "Mn":
            return ""
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c) != "Mn"
        )
        if len(base) == 1:
            char = base
    if fold_case:
        lower = char.lower()
        if len(lower) == 1:
            char = lower
    return char


class _Folded:
    """A folded text and the positions where characters were dropped from it."""

    def __init__(self, text: str, dropped: list[int]) -> None:
        self.text = text
        self._dropped = dropped
        """Folded offsets at which a character of the original was dropped, ascending."""

    @classmethod
    def of(cls, text: str, fold_case: bool, fold_marks: bool) -> _Folded:
        if not fold_case and not fold_marks:
            return cls(text, [])
        if text.isascii():
            return cls(text.lower() if fold_case else text, [])
        table = {}
        for char in set(text):
            folded = fold_char(char, fold_case, fold_marks)
            if folded != char:
                table[ord(char)] = folded
        dropped = [code for code, folded in table.items() if not folded]
        positions: list[int] = []
        if dropped:
            gone = re.compile("[" + "".join(re.escape(chr(code)) for code in dropped) + "]")
            positions = [match.start() - index for index, match in enumerate(gone.finditer(text))]
        return cls(text.translate(table), positions)

    def to_original(self, spans: list[tuple[int, int]]) -> Matches:
        dropped = self._dropped
        starts: list[int] = []
        ends: list[int] = []
        if not dropped:
            for start, end in spans:
                starts.append(start)
                ends.append(end)
        else:
            # Marks dropped at a folded offset belong to the character before it:
            # a match starting there begins after them, one ending there includes them.
            for start, end in spans:
                starts.append(start + bisect_right(dropped, start))
                ends.append(end + bisect_right(dropped, end))
        return Matches(starts, ends)


@lru_cache(maxsize=64)
def _compile(query: str, options: SearchOptions, fold_case: bool, fold_marks: bool) -> Any:
    """A compiled ``re`` pattern, a ``regex`` one for regular expressions, or None."""
    if options.regex:
        return _compile_regex(query, options, fold_marks)
    folded = "".join(fold_char(char, fold_case, fold_marks) for char in query)
    if not folded:
        return None
    source = re.escape(folded)
    if options.whole_words:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    return re.compile(source)


def _compile_regex(query: str, options: SearchOptions, fold_marks: bool) -> Any:
    import regex

    source = "".join(fold_char(char, False, fold_marks) for char in query) if fold_marks else query
    if options.whole_words:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    flags = regex.VERSION0 | (0 if options.match_case else regex.IGNORECASE)
    try:
        return regex.compile(source, flags)
    except regex.error as error:
        raise SearchError(f"Invalid regular expression: {error}") from None
    except (OverflowError, RecursionError, ValueError):
        raise SearchError("Invalid regular expression: it is too large or too deep") from None


def _regex_spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    try:
        return [
            match.span()
            for match in pattern.finditer(text, timeout=REGEX_TIMEOUT)
            if match.end() > match.start()
        ]
    except TimeoutError:
        raise SearchError("The regular expression takes too long; try a simpler one") from None


class Utf16Offsets:
    """Converts code-point offsets of one text to the UTF-16 offsets Qt uses."""

    def __init__(self, text: str) -> None:
        if not text or max(text) <= "\uffff":
            self._astral: list[int] = []
        else:
            self._astral = [match.start() for match in _ASTRAL.finditer(text)]

    def to_utf16_all(self, offsets: list[int]) -> list[int]:
        """Each code-point offset as a UTF-16 offset: plus the astral characters before it."""
        if not self._astral:
            return offsets
        astral = self._astral
        return [offset + bisect_left(astral, offset) for offset in offsets]


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
