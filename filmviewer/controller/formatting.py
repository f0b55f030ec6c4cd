"""Locale-aware formatting of money, dates and running times (QLocale, no widgets)."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from filmviewer.i18n import translate
from filmviewer.lazy import Pattern

if TYPE_CHECKING:
    import datetime

_ISO = QLocale.CurrencySymbolFormat.CurrencyIsoCode
_WEEKDAY = Pattern(r"(?<!d)d{3,4}(?!d)")


def display_locale() -> QLocale:
    """The user's locale, or US English where the system names only the C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def money(locale: QLocale, amount: int, currency: str) -> str:
    """``$10,000,000`` for USD in an English locale; ``SEK 10,000,000`` where a symbol is unclear.

    The locale's own currency is written the locale's way. Another currency
    gets a symbol only if that symbol is no word ("kr", "Ft") and means this
    currency and no other, here or in the locales that use it; otherwise its
    ISO code, with a space.
    """
    own = locale.currencySymbol(_ISO)
    if currency == own:
        return locale.toCurrencyString(amount)
    symbol = _symbol_for(currency)
    if not symbol or symbol == locale.currencySymbol():
        return f"{currency}\N{NO-BREAK SPACE}{locale.toString(amount)}"
    return locale.toCurrencyString(amount, symbol)


def long_date(locale: QLocale, date: datetime.date) -> str:
    """A date written out in the locale's long form, without the day of the week."""
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    pattern = pattern.strip(" ,\N{FULLWIDTH COMMA}\N{IDEOGRAPHIC COMMA}")
    return locale.toString(QDate(date.year, date.month, date.day), pattern)


def runtime(locale: QLocale, minutes: int) -> str:
    """``2h 52m (172 min)``; ``45 min`` under an hour."""
    total = translate("formatting", "{minutes} min").format(minutes=locale.toString(minutes))
    hours, rest = divmod(minutes, 60)
    if not hours:
        return total
    if rest:
        short = translate("formatting", "{hours}h {rest}m").format(
            hours=locale.toString(hours), rest=locale.toString(rest)
        )
    else:
        short = translate("formatting", "{hours}h").format(hours=locale.toString(hours))
    return f"{short} ({total})"


def aspect_ratio(ratio: float) -> str:
    """``1.33 : 1``, ``1.375 : 1``: the film-industry notation, the same in every locale.

    Two decimals, or three where the third is not zero: never a rounded value
    that is not the film's.
    """
    shown = f"{ratio:.3f}"
    return f"{shown[:-1] if shown.endswith('0') else shown} : 1"


@cache
def _symbol_for(currency: str) -> str:
    """The symbol that stands for ``currency`` alone, or "" where none does."""
    return _symbols().get(currency, "")


@cache
def _symbols() -> dict[str, str]:
    """Currency code to its symbol, for currencies whose usual symbol is theirs alone."""
    locales = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    votes: dict[str, Counter[str]] = {}
    for locale in locales:
        votes.setdefault(locale.currencySymbol(_ISO), Counter())[locale.currencySymbol()] += 1
    users: dict[str, Counter[str]] = {}
    for code, symbols in votes.items():
        for symbol, count in symbols.items():
            users.setdefault(symbol, Counter())[code] = count
    result = {}
    for code, symbols in votes.items():
        symbol = symbols.most_common(1)[0][0]
        if not symbol or any(char.isalpha() for char in symbol):
            continue
        (first, first_count), *rest = users[symbol].most_common(2)
        if first == code and (not rest or rest[0][1] < first_count):
            result[code] = symbol
    return result
