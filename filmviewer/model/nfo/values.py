"""Values as .nfo writers put them in elements (text, numbers, dates, lists), and the helpers
that read elements.

Each reader turns an element's text into a typed value here, or raises
``UnreadableError`` with a message worded for what the value should have
been ("“-1” is not a year such as 1992"); the element is then left out.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

from filmviewer.model.companions import MOVIE_NFO_NAMES, film_folder
from filmviewer.model.film import MAX_LINE
from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR
from filmviewer.model.problems import QT_TRANSLATE_NOOP
from filmviewer.model.text import escape_unprintable

if TYPE_CHECKING:
    from lxml.etree import _Element


class UnreadableError(Exception):
    """An element whose text is not what its field needs; the element is left out."""

    def __init__(self, what: str, **params: object) -> None:
        super().__init__(what)
        self.what = what
        self.params = params


# Elements ------------------------------------------------------------------------


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def children(element: _Element) -> list[tuple[str, _Element]]:
    """The child elements as (lower-case local name, element); comments and entities skipped."""
    return [(local_name(child.tag), child) for child in element if isinstance(child.tag, str)]


def text_of(element: _Element) -> str:
    return "".join(str(text) for text in element.itertext()).strip()


_SPACES: Final = re.compile(r"\s+")


def line_of(element: _Element) -> str:
    """The element's text as one line: XML's line breaks and indents are spaces."""
    return _SPACES.sub(" ", text_of(element))


def prose_of(element: _Element) -> str:
    """Running text: each line stripped of the file's indent, paragraphs kept."""
    lines = [line.strip() for line in text_of(element).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def attribute(element: _Element, name: str) -> str:
    return _SPACES.sub(" ", element.get(name, "")).strip()


def excerpt(text: str, limit: int = 80) -> str:
    shown = escape_unprintable(" ".join(text.split()))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def means_nothing(text: str) -> bool:
    """Empty, or the 0, -1 and false tools write for "not set"."""
    value = text.strip().lower()
    return not value or value in ("false", "-1") or (_ZERO.fullmatch(value) is not None)


_ZERO: Final = re.compile(r"0+(?:[.,]0*)?")


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


# Numbers -------------------------------------------------------------------------

YEAR: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a year such as 1992")
PLACE: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a place in the Top 250, 1 to 250")
VOTES: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a number of votes such as 1,234")
TMDB: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a TMDb number such as 603")
PIXELS: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a number of pixels such as 1920")
CHANNELS: Final = QT_TRANSLATE_NOOP(
    "problems", "“{value}” is not a number of audio channels such as 6"
)
SECONDS: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a length in seconds such as 7200")
SCORE: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a score such as 7.5")
SCALE: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not a best score such as 10")
RATIO: Final = QT_TRANSLATE_NOOP("problems", "“{value}” is not an aspect ratio such as 1.85")


def whole_number(value: str, what: str) -> int:
    """A whole number of at most 15 digits; ``what`` says what it should have been."""
    text = value.strip()
    if text.isascii() and text.isdigit() and len(text) <= 15:
        return int(text)
    raise UnreadableError(what, value=excerpt(value))


def year(value: str) -> int:
    """A year films were made in; anything else (1111, a placeholder) is said to be no year."""
    found = whole_number(value, YEAR)
    if not FIRST_YEAR <= found <= LAST_YEAR:
        raise UnreadableError(
            QT_TRANSLATE_NOOP(
                "problems", "“{value}” is not a year a film can have ({first} to {last})"
            ),
            value=excerpt(value),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return found


_DECIMAL: Final = re.compile(r"[+]?\d{1,12}(?:[.,]\d{1,12})?")


def decimal(value: str, what: str = SCORE) -> float:
    """A number as tools write them: "7.5", or with a decimal comma, "7,5"."""
    text = value.strip()
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    raise UnreadableError(what, value=excerpt(value))


_GROUPED: Final = re.compile(r"\d{1,3}(?:([,.\u00a0\u202f' ])\d{3})(?:\1\d{3})*")


def count(value: str) -> int:
    """A count of votes, with or without thousands separators ("335,583")."""
    text = value.strip()
    if _GROUPED.fullmatch(text):
        text = "".join(char for char in text if char.isdigit())
    return whole_number(text, VOTES)


def ratio(value: str) -> float | None:
    """An aspect ratio to two decimals ("1.777778" is 1.78 : 1); None for 0, which means unknown."""
    text = value.strip()
    if ":" in text:
        width, _, height = text.partition(":")
        found = decimal(width, RATIO) / (decimal(height, RATIO) or 1)
    else:
        found = decimal(text, RATIO)
    return round(found, 2) or None


# Dates ---------------------------------------------------------------------------

_ISO_DATE: Final = re.compile(
    r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_DAY_FIRST: Final = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_YEAR_ONLY: Final = re.compile(r"\d{4}")


def date(value: str) -> str | int:
    """A date as Kodi (2019-01-31), Emby (with a time), MediaPortal and tinyMediaManager
    (31.01.2019, 31-01-2019) or others (31/01/2019) write it, as YYYY-MM-DD; or a year alone.

    A date written with slashes is read day first, as in most of the world,
    unless its second number cannot be a month (01/31/2019 is American).
    """
    text = value.strip()
    iso = _ISO_DATE.fullmatch(text)
    day_first = _DAY_FIRST.fullmatch(text)
    try:
        if iso:
            found = datetime.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif day_first:
            first, second, year_ = (int(day_first.group(n)) for n in (1, 3, 4))
            if day_first.group(2) == "/" and second > 12 >= first:
                first, second = second, first
            found = datetime.date(year_, second, first)
        elif _YEAR_ONLY.fullmatch(text):
            return year(text)
        else:
            raise ValueError(value)
    except ValueError:
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not a date such as 2019-01-31"),
            value=excerpt(value),
        ) from None
    return found.isoformat()


# Lists ---------------------------------------------------------------------------

_NAME_ENDS: Final = re.compile(
    r"\s*(?:inc|ltd|llc|l\.l\.c|co|corp|s\.a|sa|ag|bv|gmbh|plc|pty|limited|jr|sr|ii|iii|iv)"
    r"(?:\.|\b)",
    re.IGNORECASE,
)
"""What follows a comma inside one name ("Focus Features, Inc.", "Sammy Davis, Jr. Productions")."""


def split_list(value: str, *, slashes: bool = False, commas: bool = False) -> list[str]:
    """The items of a list one element holds, split where the writers that join them do.

    Kodi joins with " / "; MediaPortal writes "|A|B|" (and "|A, B, C|" inside
    one pair of pipes); Jellyfin splits genres and countries on any "/"
    (``slashes``); tinyMediaManager's old files put a whole list in one
    element, comma-separated (``commas``: asked only where the element stands
    alone in its file). A comma before "Inc." or "Jr." stays in its name.
    """
    parts: list[str]
    piped = "|" in value
    if piped:
        parts = value.split("|")
        commas = commas or any("," in part for part in parts)
    else:
        parts = [value]
    parts = [
        piece for part in parts for piece in (part.split("/") if slashes else part.split(" / "))
    ]
    if commas:
        parts = _split_commas(parts)
    found: list[str] = []
    for part in parts:
        item = part.strip().strip(",;").strip()
        if item and item not in found:
            found.append(item)
    return found


def _split_commas(parts: list[str]) -> list[str]:
    found: list[str] = []
    for part in parts:
        pieces = part.split(",")
        joined: list[str] = []
        for piece in pieces:
            if joined and _NAME_ENDS.match(piece):
                joined[-1] += "," + piece
            else:
                joined.append(piece)
        found.extend(joined)
    return found


# Names ---------------------------------------------------------------------------

_YEAR_IN_NAME: Final = re.compile(r"(.+?)[\s._]*[(\[]((?:18|19|20|21)\d\d)[)\]]")


def title_from_name(path: Path) -> tuple[str, int | None]:
    """``Alien (1979).nfo`` is Alien, 1979; ``movie.nfo`` takes its folder's name."""
    name = film_folder(path).name if path.name.lower() in MOVIE_NFO_NAMES else path.stem
    name = escape_unprintable(name)[:MAX_LINE] or "Untitled"
    match = _YEAR_IN_NAME.match(name)
    if match:
        return match.group(1).strip() or name, int(match.group(2))
    return name, None
