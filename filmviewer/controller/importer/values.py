"""One value as a title page writes it: money, dates, runtimes, ratios, run-together lists."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from filmviewer.model.problems import QT_TRANSLATE_NOOP


class UnreadableError(ValueError):
    """A value that is not what its label promises; the message says what was expected."""


# Money ------------------------------------------------------------------------------

_SYMBOLS: Final = {
    # The symbols title pages write, longest first where one ends another.
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "R$": "BRL",
    "MX$": "MXN",
    "US$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₴": "UAH",
    "zł": "PLN",
    "Kč": "CZK",
    "¥": "JPY",
    "CN¥": "CNY",
    "Ft": "HUF",
}
_MONEY: Final = re.compile(
    r"(?P<before>[A-Z]{3}|[^\d\s.,]{1,3})?\s*"
    r"(?P<amount>\d{1,3}(?:[,.\u202f\s]\d{3})+|\d+)"
    r"(?P<decimals>\.\d{1,3})?\s*"
    r"(?P<scale>million|billion|thousand|mn|bn|[MBK](?![a-z]))?\s*"
    r"(?P<after>[A-Z]{3}|Ft|zł|Kč|€)?",
)
_SCALED: Final = re.compile(
    r"(?P<before>[A-Z]{3}|[^\d\s.,]{1,3})?\s*(?P<amount>\d{1,4})(?P<decimals>\.\d{1,3})?\s*"
    r"(?P<scale>million|billion|thousand|mn|bn|[MBK](?![a-z]))\s*(?P<after>[A-Z]{3}|€)?"
)
"""An amount in millions or billions: "$274.9 million", "$2.187 billion", "$439.2M"."""
_SCALES: Final = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
_CITATION: Final = re.compile(r"\s*\[\s*(?:\d{1,3}|[a-z]|note \d+|citation needed)\s*\]")
"""An encyclopedia's footnote mark: "[4]", "[ 4 ]", "[a]"."""


def without_citations(text: str) -> str:
    """``text`` without footnote marks: "$274.9 million [4]" is "$274.9 million"."""
    return _CITATION.sub("", text).strip()


class Money(NamedTuple):
    amount: int
    currency: str
    estimated: bool
    rest: str
    """What followed the amount (an opening weekend's date), stripped."""


def money(text: str) -> Money:
    """``$10,000,000 (estimated)``, ``€1.234.567``, ``SEK 25,000,000``, ``2 500 000 Ft``,
    ``$274.9 million``, ``$2.187 billion``, ``$439.2M``."""
    text = without_citations(text)
    estimated = False
    cut = re.search(r"\(\s*estimated\s*\)", text, re.IGNORECASE)
    if cut:
        estimated = True
        text = (text[: cut.start()] + text[cut.end() :]).strip()
    found = _SCALED.match(text) or _MONEY.match(text)
    if not found or not (found.group("before") or found.group("after")):
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not an amount of money such as $10,000,000")
        )
    sign = (found.group("before") or found.group("after") or "").strip()
    currency = _SYMBOLS.get(sign, sign if re.fullmatch(r"[A-Z]{3}", sign) else "")
    if not currency:
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” names a currency Film Viewer does not know")
        )
    digits = re.sub(r"\D", "", found.group("amount"))
    if len(digits) > 15:
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is more money than any film has made")
        )
    amount = int(digits)
    scale = found.group("scale")
    if scale:
        decimals = found.group("decimals") or ""
        whole = int(digits + decimals[1:]) * _SCALES[scale.lower()]
        amount = whole // 10 ** max(len(decimals) - 1, 0)
    return Money(amount, currency, estimated, text[found.end() :].strip(" ,·"))


# Dates ------------------------------------------------------------------------------

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_FIRST: Final = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAY_FIRST: Final = re.compile(r"(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")
_ISO: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BRACKETED: Final = re.compile(r"\s*\(([^()]*)\)\s*$")


class Dated(NamedTuple):
    date: datetime.date | None
    year: int | None
    place: str
    """A country written after the date in brackets ("(United States)"), or ""."""


def date(text: str) -> Dated:
    """``Nov 20, 1992``, ``20 November 1992``, ``1992-11-20``, maybe ``(Country)``; or a year.

    Where the text holds more (``Apr 13, 1957 limited``, ``January 3, 2019
    (Australia) February 22, 2019 (United States)``), its first date counts.
    """
    text = without_citations(text)
    place = ""
    bracket = _BRACKETED.search(text)
    if bracket:
        place = bracket.group(1).strip()
        text = text[: bracket.start()].strip()
    for pattern, order in _DATE_FORMS:
        found = pattern.fullmatch(text)
        if found:
            return _dated(found, order, place, text)
    if re.fullmatch(r"\d{4}", text):
        return Dated(None, int(text), place)
    whole = without_citations(text if not bracket else f"{text} ({place})")
    first = min(
        (
            (found.start(), found, order)
            for pattern, order in _DATE_FORMS
            if (found := pattern.search(whole)) is not None
        ),
        default=None,
        key=lambda candidate: candidate[0],
    )
    if first is not None:
        _start, found, order = first
        after = re.match(r"\s*\(([^()]*)\)", whole[found.end() :])
        return _dated(found, order, after.group(1).strip() if after else "", whole)
    raise UnreadableError(
        QT_TRANSLATE_NOOP("problems", "“{value}” is not a date such as Nov 20, 1992")
    )


_DATE_FORMS: Final = ((_MONTH_FIRST, "mdy"), (_DAY_FIRST, "dmy"), (_ISO, "ymd"))


def _dated(found: re.Match[str], order: str, place: str, text: str) -> Dated:
    parts = dict(zip(order, found.groups(), strict=True))
    month = _MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
    try:
        if month is None:
            raise ValueError(text)
        return Dated(datetime.date(int(parts["y"]), month, int(parts["d"])), None, place)
    except ValueError:
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not a date such as Nov 20, 1992")
        ) from None


# Certificates ----------------------------------------------------------------------

_CERTIFICATE: Final = re.compile(
    r"(?:Rated\s+)?(?P<certificate>Not Rated|Unrated|Approved|Passed|"
    r"[A-Z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*\+?)(?=\s|$)"
)


def certificate(text: str) -> str:
    """The certificate a rating line gives: "Rated R for strong violence" is "R",
    "PG (Sci-Fi Action Violence)" is "PG"; one word is as written."""
    text = " ".join(text.split())
    if len(text.split()) > 1:
        found = _CERTIFICATE.match(text)
        if found:
            return found.group("certificate")
    return text


# Runtimes and ratios ----------------------------------------------------------------

_RUNTIME: Final = re.compile(
    r"(?:(?P<h>\d{1,2})\s*(?:h|hr|hrs|hours?)\b\.?)?\s*"
    r"(?:(?P<m>\d{1,4})\s*(?:m|min|mins|minutes?)\b\.?)?",
    re.IGNORECASE,
)


def runtime(text: str) -> int:
    """Minutes, from ``2h 52m``, ``1h 5m``, ``58m``, ``172 min``, ``2 hours 52 minutes``."""
    text = without_citations(text)
    # A page may add the minutes again in brackets: "2h 52m (172 min)".
    text = _BRACKETED.sub("", text).strip()
    found = _RUNTIME.fullmatch(text)
    if not text or not found or not (found.group("h") or found.group("m")):
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not a runtime such as 2h 52m")
        )
    return int(found.group("h") or 0) * 60 + int(found.group("m") or 0)


_RATIO: Final = re.compile(r"(\d{1,2}(?:\.\d{1,3})?)\s*[:∶x×/]\s*(\d{1,2}(?:\.\d{1,3})?)")


def aspect_ratio(text: str) -> float:
    """Width to height, from ``1.33 : 1``, ``2.39:1`` or ``16:9`` (rounded to 2 places)."""
    found = _RATIO.fullmatch(text.strip()) or _RATIO.search(text)  # "Flat (1.85:1)", "16:9 HD"
    if found and float(found.group(2)) > 0:
        return round(float(found.group(1)) / float(found.group(2)), 2)
    try:
        return round(float(text.strip()), 2)
    except ValueError:
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not an aspect ratio such as 1.85 : 1")
        ) from None


# Lists that a copy runs together ------------------------------------------------------


class KnownNames:
    """Names a run-together list may hold (countries, languages, colours), by first word."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = frozenset(" ".join(name.split()).casefold() for name in names)
        lengths: dict[str, set[int]] = {}
        for name in self._names:
            words = name.split()
            lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and " ".join(name.split()).casefold() in self._names

    def split(self, text: str) -> list[str] | None:
        """``text`` as a run of known names ("United States Russia Hungary"), or None.

        Each name may carry a bracketed note ("Color (Technicolor)"). Longer
        names are tried first, so "United States" wins over "United"; a split
        is given only where every word belongs to a name.
        """
        words = text.split()
        found: list[str] = []
        index = 0
        while index < len(words):
            for length in self._lengths.get(words[index].casefold(), ()):
                name = " ".join(words[index : index + length])
                if name.casefold() in self._names:
                    index += length
                    break
            else:
                return None
            while index < len(words) and words[index].startswith("("):
                end = index
                while end < len(words) and not words[end].endswith(")"):
                    end += 1
                if end == len(words):
                    return None
                name += " " + " ".join(words[index : end + 1])
                index = end + 1
            found.append(name)
        return found


COMPANY_ENDS: Final = frozenset(
    word.casefold()
    for word in (
        "Films",
        "Film",
        "Productions",
        "Production",
        "Pictures",
        "Picture",
        "Studios",
        "Studio",
        "Entertainment",
        "Company",
        "Corporation",
        "Media",
        "Releasing",
        "Distribution",
        "Television",
        "Inc.",
        "Inc",
        "Ltd.",
        "Ltd",
        "LLC",
        "GmbH",
        "S.A.",
        "AG",
        "Co.",
    )
)


def split_companies(text: str) -> list[str]:
    """Company names run together on one line, split after the words that end them.

    A word such as Films or Productions, or a bracketed note ("(MTV)", IMDb's
    "(I)"), ends a name when a capitalised word follows. A guess: the caller
    says so.
    """
    words = text.split()
    names: list[list[str]] = [[]]
    for index, word in enumerate(words):
        names[-1].append(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        if not following or following.startswith("(") or not following[:1].isupper():
            continue
        if word.casefold() in COMPANY_ENDS or (word.startswith("(") or word.endswith(")")):
            names.append([])
    return [" ".join(name) for name in names if name]
