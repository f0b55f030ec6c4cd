"""Locale-aware formatting of money, dates and running times (QLocale, no widgets)."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from filmviewer.i18n import plural, translate
from filmviewer.lazy import Pattern
from filmviewer.model.problems import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import datetime

    from filmviewer.model.film import AudioTrack, Video

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


def number(locale: QLocale, value: float) -> str:
    """``7``, ``6.4``, ``8.25``: as many decimals as the value has, at most two."""
    if value == int(value):
        return locale.toString(int(value))
    text = locale.toString(value, "f", 2)
    zero = locale.zeroDigit()
    return text.rstrip(zero) if text.endswith(zero) else text


def out_of(locale: QLocale, value: float, scale: float) -> str:
    """``6.4 / 10``."""
    return f"{number(locale, value)}\N{NO-BREAK SPACE}/\N{NO-BREAK SPACE}{number(locale, scale)}"


def place(locale: QLocale, rank: int) -> str:
    """``#12``: a place in a ranking."""
    return translate("formatting", "#{place}").format(place=locale.toString(rank))


VOTES, REVIEWS, RATINGS = "votes", "reviews", "ratings"
"""What a score's count counts: voters, critics' reviews, or members' ratings."""

_SOURCES: dict[str, tuple[str, str, str]] = {
    # source as files write it: (site, whose score, what its count counts)
    "imdb": ("IMDb", "", VOTES),
    "themoviedb": ("TMDb", "", VOTES),
    "tmdb": ("TMDb", "", VOTES),
    "metacritic": ("Metacritic", "", REVIEWS),
    "metascore": ("Metacritic", "", REVIEWS),
    "metacriticuser": ("Metacritic", "users", RATINGS),
    "trakt": ("Trakt", "", VOTES),
    "letterboxd": ("Letterboxd", "", RATINGS),
    "douban": ("Douban", "", RATINGS),
    "tvdb": ("TheTVDB", "", VOTES),
    "anidb": ("AniDB", "", VOTES),
    "myanimelist": ("MyAnimeList", "", VOTES),
    "kinopoisk": ("Kinopoisk", "", VOTES),
    "rottentomatoes": ("Rotten Tomatoes", "critics", REVIEWS),
    "tomatometer": ("Rotten Tomatoes", "critics", REVIEWS),
    "tomatometerallcritics": ("Rotten Tomatoes", "critics", REVIEWS),
    "tomatometertopcritics": ("Rotten Tomatoes", "top critics", REVIEWS),
    "tomatometerallaudience": ("Rotten Tomatoes", "audience", RATINGS),
    "rottentomatoesaudience": ("Rotten Tomatoes", "audience", RATINGS),
    "critics": ("", "critics", REVIEWS),
    "default": ("", "", VOTES),
    "community": ("", "", VOTES),
}
"""Score sources as Kodi, Jellyfin and the sites name them, as people know them."""


def score_source(source: str | None) -> str:
    """``IMDb``, ``Rotten Tomatoes critics``, ``Critics``; "" for a score of no named source."""
    if source is None:
        return ""
    site, whose, _counts = _SOURCES.get(source.lower().replace(" ", ""), (source, "", VOTES))
    if not whose:
        return site
    if whose == "critics":
        named = translate("formatting", "{site} critics") if site else ""
        return named.format(site=site) if site else translate("formatting", "Critics")
    if whose == "top critics":
        return translate("formatting", "{site} top critics").format(site=site)
    if whose == "audience":
        return translate("formatting", "{site} audience").format(site=site)
    return translate("formatting", "{site} users").format(site=site)


def score(locale: QLocale, source: str | None, value: float, scale: float) -> str:
    """``IMDb 6.4 / 10``; the site named as people know it."""
    shown = out_of(locale, value, scale)
    name = score_source(source)
    return f"{name} {shown}" if name else shown


def counted(locale: QLocale, text: str, count: int) -> str:
    """``text``, a plural form Qt chose for ``count`` ("%n vote(s)"), with the count in
    the locale's digits and grouping."""
    return text.replace(str(count), locale.toString(count), 1)


def votes(locale: QLocale, count: int) -> str:
    """``335,583 votes``."""
    return counted(locale, plural("formatting", "%n vote(s)", count), count)


def score_count(locale: QLocale, source: str | None, count: int) -> str:
    """``335,583 votes``, ``49 reviews`` (critics), ``5,914 ratings`` (a site's members)."""
    counts = _SOURCES.get((source or "").lower().replace(" ", ""), ("", "", VOTES))[2]
    if counts == REVIEWS:
        return counted(locale, plural("formatting", "%n review(s)", count), count)
    if counts == RATINGS:
        return counted(locale, plural("formatting", "%n rating(s)", count), count)
    return votes(locale, count)


_VIDEO_CODECS = {
    "h264": "H.264",
    "avc": "H.264",
    "avc1": "H.264",
    "x264": "H.264",
    "hevc": "H.265 (HEVC)",
    "h265": "H.265 (HEVC)",
    "x265": "H.265 (HEVC)",
    "av1": "AV1",
    "vp8": "VP8",
    "vp9": "VP9",
    "vc1": "VC-1",
    "mpeg2video": "MPEG-2",
    "mpeg2": "MPEG-2",
    "mpeg4": "MPEG-4",
    "xvid": "Xvid",
    "divx": "DivX",
}
_HDR = {
    "hdr10": "HDR10",
    "hdr10+": "HDR10+",
    "hdr10plus": "HDR10+",
    "dolbyvision": "Dolby Vision",
    "dolby vision": "Dolby Vision",
    "hlg": "HLG",
}
_AUDIO_CODECS = {
    "ac3": "Dolby Digital",
    "eac3": "Dolby Digital Plus",
    "truehd": "Dolby TrueHD",
    "dts": "DTS",
    "dca": "DTS",
    "dtshd_ma": "DTS-HD Master Audio",
    "dtshd-ma": "DTS-HD Master Audio",
    "dtsma": "DTS-HD Master Audio",
    "dtshd_hra": "DTS-HD High Resolution",
    "dtsx": "DTS:X",
    "aac": "AAC",
    "flac": "FLAC",
    "mp3": "MP3",
    "mp2": "MP2",
    "opus": "Opus",
    "vorbis": "Vorbis",
    "pcm": "PCM",
    "lpcm": "PCM",
}


_STEREO = {
    "left_right": QT_TRANSLATE_NOOP("formatting", "side by side"),
    "right_left": QT_TRANSLATE_NOOP("formatting", "side by side"),
    "sbs": QT_TRANSLATE_NOOP("formatting", "side by side"),
    "half_sbs": QT_TRANSLATE_NOOP("formatting", "side by side"),
    "top_bottom": QT_TRANSLATE_NOOP("formatting", "top and bottom"),
    "bottom_top": QT_TRANSLATE_NOOP("formatting", "top and bottom"),
    "tab": QT_TRANSLATE_NOOP("formatting", "top and bottom"),
    "half_tab": QT_TRANSLATE_NOOP("formatting", "top and bottom"),
    "checkerboard_rl": QT_TRANSLATE_NOOP("formatting", "checkerboard"),
    "checkerboard_lr": QT_TRANSLATE_NOOP("formatting", "checkerboard"),
    "row_interleaved_rl": QT_TRANSLATE_NOOP("formatting", "interleaved rows"),
    "row_interleaved_lr": QT_TRANSLATE_NOOP("formatting", "interleaved rows"),
    "col_interleaved_rl": QT_TRANSLATE_NOOP("formatting", "interleaved columns"),
    "col_interleaved_lr": QT_TRANSLATE_NOOP("formatting", "interleaved columns"),
    "block_lr": QT_TRANSLATE_NOOP("formatting", "frame by frame"),
    "block_rl": QT_TRANSLATE_NOOP("formatting", "frame by frame"),
    "anaglyph_cyan_red": QT_TRANSLATE_NOOP("formatting", "anaglyph"),
    "anaglyph_green_magenta": QT_TRANSLATE_NOOP("formatting", "anaglyph"),
    "mvc": QT_TRANSLATE_NOOP("formatting", "frame by frame"),
}


def video(locale: QLocale, stream: Video) -> str:
    """``H.264 · 1920 × 1080 · 1.78 : 1 · HDR10 · 3D (side by side) · 1h 47m`` (the file's
    length, which is the film's runtime only where the file holds the whole film)."""
    parts = []
    if stream.codec:
        parts.append(_VIDEO_CODECS.get(stream.codec.lower(), stream.codec))
    if stream.width and stream.height:
        # Pixel counts are written as video people write them: 1920 × 1080, ungrouped.
        times = "\N{NO-BREAK SPACE}\N{MULTIPLICATION SIGN}\N{NO-BREAK SPACE}"
        parts.append(f"{stream.width}{times}{stream.height}")
    elif stream.width or stream.height:
        parts.append(
            translate("formatting", "{pixels} pixels wide").format(pixels=stream.width)
            if stream.width
            else translate("formatting", "{pixels} pixels high").format(pixels=stream.height)
        )
    if stream.aspect_ratio:
        parts.append(aspect_ratio(stream.aspect_ratio))
    if stream.hdr:
        parts.append(_HDR.get(stream.hdr.lower(), stream.hdr))
    if stream.stereo_mode:
        layout = _STEREO.get(stream.stereo_mode.lower())
        parts.append(
            translate("formatting", "3D ({layout})").format(
                layout=translate("formatting", layout) if layout else stream.stereo_mode
            )
        )
    if stream.duration_seconds:
        parts.append(length(locale, stream.duration_seconds))
    return " \N{MIDDLE DOT} ".join(parts)


def length(locale: QLocale, seconds: int) -> str:
    """A file's length: ``1h 47m 35s``, ``2h 11m`` (no part that is nought), ``42s``."""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(translate("formatting", "{hours}h").format(hours=locale.toString(hours)))
    if minutes:
        parts.append(translate("formatting", "{minutes}m").format(minutes=locale.toString(minutes)))
    if seconds:
        parts.append(translate("formatting", "{seconds}s").format(seconds=locale.toString(seconds)))
    return " ".join(parts)


def audio(locale: QLocale, track: AudioTrack) -> str:
    """``Dolby TrueHD · English · 7.1``."""
    parts = []
    if track.codec:
        parts.append(_AUDIO_CODECS.get(track.codec.lower(), track.codec))
    if track.language:
        parts.append(language(track.language))
    if track.channels:
        parts.append(channels(locale, track.channels))
    return " \N{MIDDLE DOT} ".join(parts) or translate("formatting", "Audio track")


def channels(locale: QLocale, count: int) -> str:
    """``Mono``, ``Stereo``, ``5.1``, ``7.1``, else ``3 channels``."""
    named = {
        1: translate("formatting", "Mono"),
        2: translate("formatting", "Stereo"),
        6: "5.1",
        7: "6.1",
        8: "7.1",
    }
    return named.get(count) or translate("formatting", "{count} channels").format(
        count=locale.toString(count)
    )


def language(code: str) -> str:
    """``English`` for ``eng`` or ``en``; a code Qt does not know, or a name, as it is."""
    text = code.strip()
    if 2 <= len(text) <= 3 and text.isascii() and text.isalpha():
        types = QLocale.LanguageCodeType
        kind = types.ISO639Part1 if len(text) == 2 else types.ISO639Part2 | types.ISO639Part3
        found = QLocale.codeToLanguage(text.lower(), kind)
        if found not in (QLocale.Language.AnyLanguage, QLocale.Language.C):
            return QLocale.languageToString(found)
    return text


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
