"""Finding text in a synopsis: (text, query, options) → match spans, without widgets.

Matching ignores case and diacritics by folding the text once per option set
(each character to one character or to nothing, so offsets map back cheaply)
and searching the folded text with a compiled pattern. Folding and matching
go a slice at a time, so a search can run beside the window and be stopped.
Spans are in code points; ``Utf16Offsets`` converts them for Qt, whose
positions count UTF-16 code units.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any, Final, NamedTuple

from filmviewer.model.problems import QT_TRANSLATE_NOOP, Message, message
from filmviewer.model.text import fold_char as _fold_char

REGEX_TIMEOUT: Final = 5.0
"""Seconds a regular expression may search before it is given up as too slow..."""
REGEX_TIMEOUT_PER_MILLION: Final = 10.0
"""... and more for longer texts, where a simple expression can match millions of times."""
FOLD_SLICE: Final = 1 << 16
"""Characters folded at a time: a slice takes a few milliseconds at most."""
BATCH: Final = 4_096
"""Matches found between two looks at whether the search was called off."""
BATCH_SECONDS: Final = 0.02
"""A batch is handed over after this long even if it is not full: the first match shows soon."""


@dataclass(frozen=True)
class SearchOptions:
    match_case: bool = False
    whole_words: bool = False
    match_diacritics: bool = False
    regex: bool = False


class SearchError(ValueError):
    """The query cannot be searched for (an invalid or too slow regular expression)."""

    def __init__(self, why: Message) -> None:
        super().__init__(str(why))
        self.why = why


class Cancelled(Exception):  # noqa: N818 (not an error: what the user asked for)
    """The search was called off (the user typed on)."""


class Batch(NamedTuple):
    """Matches found together: their starts, and their ends or their one length."""

    starts: list[int]
    ends: list[int] | None
    """None when every match is ``length`` long."""
    length: int = 0


def _batch(spans: list[tuple[int, int]]) -> Batch:
    return Batch([start for start, _ in spans], [end for _, end in spans])


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


DEFAULT_OPTIONS = SearchOptions()


def _never() -> bool:
    return False


class TextSearcher:
    """Searches one text; folded copies of it are made once and reused."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: dict[tuple[bool, bool], _Folded] = {}

    def prepare(self, options: SearchOptions, cancelled: Callable[[], bool] = _never) -> None:
        """Fold the text as ``options`` want it, now (a slice at a time, so it can be stopped)."""
        self._fold(*_folding(options), cancelled)

    def is_prepared(self, options: SearchOptions) -> bool:
        return _folding(options) in self._folded

    def find(self, query: str, options: SearchOptions = DEFAULT_OPTIONS) -> Matches:
        """Every match at once."""
        starts: list[int] = []
        ends: list[int] = []
        for batch in self.batches(query, options):
            starts += batch.starts
            ends += (
                batch.ends if batch.ends is not None else [s + batch.length for s in batch.starts]
            )
        return Matches(starts, ends)

    def batches(
        self,
        query: str,
        options: SearchOptions = DEFAULT_OPTIONS,
        cancelled: Callable[[], bool] = _never,
    ) -> Iterator[Batch]:
        """The matches of ``query``, a batch at a time, in text order.

        Raises SearchError for a query that cannot be searched, Cancelled when
        ``cancelled()`` turns true.
        """
        if not query:
            return
        fold_case, fold_marks = _folding(options)
        folded = self._fold(fold_case, fold_marks, cancelled)
        pattern = _compile(query, options, fold_case, fold_marks)
        if pattern is None:
            return
        if options.regex:
            yield from self._regex_batches(pattern, folded, cancelled)
            return
        # Text: every match is as long as the folded query; where nothing was
        # dropped in folding, the starts alone say where the matches are.
        length = len(_folded_query(query, fold_case, fold_marks))
        found = pattern.finditer(folded.text)
        while batch := [match.start() for match in islice(found, BATCH)]:
            if cancelled():
                raise Cancelled
            if folded.dropped:
                yield _batch(folded.to_original([(s, s + length) for s in batch]))
            else:
                yield Batch(batch, None, length)

    @staticmethod
    def _regex_batches(
        pattern: Any, folded: _Folded, cancelled: Callable[[], bool]
    ) -> Iterator[Batch]:
        batch: list[tuple[int, int]] = []
        flush = time.monotonic() + BATCH_SECONDS
        for match in _regex_matches(pattern, folded.text):
            batch.append(match.span())
            # A slow expression hands over what it found so far: the first match shows soon.
            if len(batch) == BATCH or (len(batch) % 64 == 1 and time.monotonic() > flush):
                if cancelled():
                    raise Cancelled
                yield _batch(folded.to_original(batch))
                batch = []
                flush = time.monotonic() + BATCH_SECONDS
        if batch:
            yield _batch(folded.to_original(batch))

    def _fold(
        self, fold_case: bool, fold_marks: bool, cancelled: Callable[[], bool] = _never
    ) -> _Folded:
        key = (fold_case, fold_marks)
        if key not in self._folded:
            self._folded[key] = _Folded.of(self.text, fold_case, fold_marks, cancelled)
        return self._folded[key]


def _folding(options: SearchOptions) -> tuple[bool, bool]:
    """(fold case, fold diacritics): regular expressions fold case with their own flag."""
    return (not options.match_case and not options.regex, not options.match_diacritics)


def find_matches(text: str, query: str, options: SearchOptions = DEFAULT_OPTIONS) -> Matches:
    """All matches of ``query`` in ``text``: the one-off form of TextSearcher.find."""
    return TextSearcher(text).find(query, options)


def fold_char(char: str, fold_case: bool, fold_marks: bool) -> str:
    """One character folded for matching, by Film Viewer's one rule (``model.text.fold_char``):
    none for a combining mark, one, or several ("ß" is "ss")."""
    return _fold_char(char, fold_case, fold_marks)


_ASCII_RUNS: Final = re.compile(r"[\x00-\x7f]+")


class _Folded:
    """A folded text, and where its offsets part from the original's.

    Most characters fold to one; a dropped mark or an expanded letter ("ß" to
    "ss") shifts the offsets after it, and is kept as an event: the folded
    offset where the shift starts, and the shift (folded minus original) from
    there on.
    """

    def __init__(
        self,
        text: str,
        events: list[int] | None = None,
        shifts: list[int] | None = None,
        expansions: list[tuple[int, int, int]] | None = None,
    ) -> None:
        self.text = text
        self.events = events or []
        self.shifts = shifts or []
        self.expansions = expansions or []
        """(folded offset, folded length, original offset) of each expanded character."""

    @property
    def dropped(self) -> bool:
        """Whether any offset differs from the original's (then spans must be mapped)."""
        return bool(self.events)

    @classmethod
    def of(
        cls, text: str, fold_case: bool, fold_marks: bool, cancelled: Callable[[], bool] = _never
    ) -> _Folded:
        if not fold_case and not fold_marks:
            return cls(text)
        if text.isascii():
            return cls(text.lower() if fold_case else text)
        # Lower case first (fast, in C), then only the characters other than
        # ASCII can fold further: find which occur, and replace each. A slice
        # at a time, so that the search can be called off in between.
        parts = []
        present: set[str] = set()
        for start in range(0, len(text), FOLD_SLICE):
            if cancelled():
                raise Cancelled
            part = text[start : start + FOLD_SLICE]
            if fold_case:
                lowered = part.lower()
                # A few characters lower to two ("İ"): those fold one by one.
                part = lowered if len(lowered) == len(part) else _lower_each(part)
            present |= _distinct(_ASCII_RUNS.sub("", part))
            parts.append(part)
        table = {}
        for char in present:
            folded = fold_char(char, fold_case, fold_marks)
            if folded != char:
                table[char] = folded
        special = {char: folded for char, folded in table.items() if len(folded) != 1}
        for number, part in enumerate(parts):
            if cancelled():
                raise Cancelled
            for char, folded in table.items():
                if len(folded) == 1 and char in part:
                    part = part.replace(char, folded)
            parts[number] = part
        joined = "".join(parts)
        if not special:
            return cls(joined)
        return cls._shifted(joined, special)

    @classmethod
    def _shifted(cls, text: str, special: dict[str, str]) -> _Folded:
        """``text`` with each of ``special`` replaced (by none or several characters)."""
        pattern = re.compile("[" + "".join(re.escape(char) for char in special) + "]")
        pieces: list[str] = []
        events: list[int] = []
        shifts: list[int] = []
        expansions: list[tuple[int, int, int]] = []
        shift = last = 0
        for match in pattern.finditer(text):
            original = match.start()
            folded = special[match.group()]
            pieces.append(text[last:original])
            pieces.append(folded)
            last = original + 1
            at = original + shift
            if len(folded) > 1:
                expansions.append((at, len(folded), original))
            shift += len(folded) - 1
            events.append(at + len(folded))
            shifts.append(shift)
        pieces.append(text[last:])
        return cls("".join(pieces), events, shifts, expansions)

    def original(self, folded: int, end: bool = False) -> int:
        """The original offset of a folded one: inside an expanded character, the character
        (a match's ``end`` takes all of it)."""
        if self.expansions:
            inside = bisect_right(self.expansions, (folded, len(self.text) + 1, 0)) - 1
            if inside >= 0:
                at, length, original = self.expansions[inside]
                if at < folded < at + length:
                    return original + 1 if end else original
        event = bisect_right(self.events, folded) - 1
        return folded - (self.shifts[event] if event >= 0 else 0)

    def to_original(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if not self.events:
            return spans
        # Marks dropped at a folded offset belong to the character before it:
        # a match starting there begins after them, one ending there includes them.
        mapped: list[tuple[int, int]] = []
        for start, end in spans:
            span = (self.original(start), self.original(end, end=True))
            if mapped and span[0] < mapped[-1][1]:
                continue  # two matches inside one expanded character ("ss" of "ß")
            mapped.append(span)
        return mapped


def _distinct(text: str) -> set[str]:
    """The characters of ``text``: each found, then removed by a pass in C, while they are few."""
    found: set[str] = set()
    while text:
        if len(found) == 64:
            return found | set(text)  # an alphabet that large: one pass in Python
        char = text[0]
        found.add(char)
        text = text.replace(char, "")
    return found


def _lower_each(text: str) -> str:
    return "".join(lower if len(lower := char.lower()) == 1 else char for char in text)


@lru_cache(maxsize=64)
def _folded_query(query: str, fold_case: bool, fold_marks: bool) -> str:
    return "".join(fold_char(char, fold_case, fold_marks) for char in query)


_WORD_START = r"(?<!\w)(?:"
_WORD_END = r")(?!\w)"


@lru_cache(maxsize=64)
def _compile(query: str, options: SearchOptions, fold_case: bool, fold_marks: bool) -> Any:
    """A compiled ``re`` pattern, a ``regex`` one for regular expressions, or None."""
    if options.regex:
        return _compile_regex(query, options, fold_marks)
    folded = _folded_query(query, fold_case, fold_marks)
    if not folded:
        return None
    source = re.escape(folded)
    if options.whole_words:
        source = _WORD_START + source + _WORD_END
    return re.compile(source)


def _compile_regex(query: str, options: SearchOptions, fold_marks: bool) -> Any:
    # The regex package only for an expression Python's re cannot take.
    import regex

    source = "".join(fold_char(char, False, fold_marks) for char in query) if fold_marks else query
    # ^ and $ hold at the start and end of each paragraph (each line of the text).
    flags = regex.VERSION0 | regex.MULTILINE | (0 if options.match_case else regex.IGNORECASE)
    try:
        # The pattern is checked on its own first: wrapped for whole words, a
        # broken one such as "x)|(y" would read as valid.
        pattern = regex.compile(source, flags)
        if options.whole_words:
            pattern = regex.compile(rf"(?<!\w)(?:{source})(?!\w)", flags)
    except regex.error as error:
        raise SearchError(
            message(
                QT_TRANSLATE_NOOP("problems", "Invalid regular expression: {detail}"),
                detail=str(error),
            )
        ) from None
    except (OverflowError, RecursionError, ValueError):
        raise SearchError(
            message(
                QT_TRANSLATE_NOOP(
                    "problems", "Invalid regular expression: it is too large or too deep"
                )
            )
        ) from None
    return pattern


def _regex_matches(pattern: Any, text: str) -> Iterator[Any]:
    # "concurrent" lets the window run while the expression works: it releases the GIL.
    timeout = REGEX_TIMEOUT + REGEX_TIMEOUT_PER_MILLION * len(text) / 1e6
    try:
        yield from pattern.finditer(text, concurrent=True, timeout=timeout)
    except TimeoutError:
        raise SearchError(
            message(
                QT_TRANSLATE_NOOP(
                    "problems", "The regular expression takes too long; try a simpler one"
                )
            )
        ) from None


class Utf16Offsets:
    """Converts code-point offsets of one text to the UTF-16 offsets Qt uses."""

    def __init__(self, text: str) -> None:
        if text.isascii() or _ASTRAL.search(text) is None:
            self._astral: list[int] = []
        else:
            self._astral = [match.start() for match in _ASTRAL.finditer(text)]

    @property
    def has_astral(self) -> bool:
        return bool(self._astral)

    def to_utf16_all(self, offsets: list[int]) -> list[int]:
        """Each code-point offset as a UTF-16 offset: plus the astral characters before it."""
        if not self._astral:
            return offsets
        astral = self._astral
        return [offset + bisect_left(astral, offset) for offset in offsets]

    def to_code_points(self, offset: int) -> int:
        """A UTF-16 offset (at a character boundary) as a code-point offset."""
        if not self._astral:
            return offset
        # The k-th astral character stands at UTF-16 offset astral[k] + k.
        low, high = 0, len(self._astral)
        while low < high:
            middle = (low + high) // 2
            if self._astral[middle] + middle < offset:
                low = middle + 1
            else:
                high = middle
        return offset - low


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
