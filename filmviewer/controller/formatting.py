"""Locale-aware formatting of money, dates and running times (QLocale, no widgets)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from filmviewer.i18n import translate

if TYPE_CHECKING:
    import datetime

_ISO = QLocale.CurrencySymbolFormat.CurrencyIsoCode
_WEEKDAY = re.compile(r"(?<!d)d{3,4}(?!d)")


def display_locale() -> QLocale:
    """The user's locale, or US English where the system names only the C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def money(locale: QLocale, amount: int, currency: str) -> str:
    """``$10,000,000`` for USD in an English locale; the ISO code where a symbol would mislead."""
    own = locale.currencySymbol(_ISO)
    symbol = locale.currencySymbol() if currency == own else _symbol_for(currency)
    if not symbol or (currency != own and symbol == locale.currencySymbol()):
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
    """``1.33 : 1``: the film-industry notation, the same in every locale."""
    return f"{ratio:.2f} : 1"


@cache
def _symbol_for(currency: str) -> str:
    """The symbol most locales that use ``currency`` write it with."""
    locales = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    votes = Counter(
        locale.currencySymbol() for locale in locales if locale.currencySymbol(_ISO) == currency
    )
    return votes.most_common(1)[0][0] if votes else ""
