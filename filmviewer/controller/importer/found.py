"""What one source of a page says about its film, before the sources are merged.

Each reader of a page (JSON-LD, page data, microdata, meta tags, text)
fills a ``Found``: the film's data in the film file's shape (without its
title), the titles it gives and in which role, and what kind of work it
says the page is about. merge.py decides between them.
"""

from __future__ import annotations

import html
import re
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

from filmviewer.model.links import is_web_address

# What a page says it is about: the kinds a film file may be made of, and the rest.
FILM: Final = "film"
VIDEO: Final = "video"
"""A direct-to-video film: a film, and said so."""
TV: Final = "tv"
EPISODE: Final = "episode"
PERSON: Final = "person"
GAME: Final = "game"
MUSIC: Final = "music"
OTHER: Final = "other"

FILM_KINDS: Final = frozenset({FILM, VIDEO})

# Titles by role.
NAME: Final = "name"
"""The title the source gives as the work's name (JSON-LD's name, IMDb's titleText)."""
ORIGINAL: Final = "original"
"""The title in the film's own language, where the source marks one."""
NATIVE: Final = "native"
"""The title written in the film's own script, beside the page's name (Wikipedia's infobox)."""
PAGE: Final = "page"
"""The browser tab's title, or the page's heading: decorated by the site, and localised."""


class Found:
    """What one source of a page says about its film."""

    def __init__(self, source: str) -> None:
        self.source = source
        """The source's name, as the warnings say it ("the page's JSON-LD")."""
        self.data: dict[str, Any] = {}
        """The film's data in the film file's shape, without its title."""
        self.titles: dict[str, str] = {}
        """Titles by role (NAME, ORIGINAL, NATIVE, PAGE)."""
        self.kinds: list[tuple[str, str]] = []
        """(kind, as the page says it: "TVSeries", "tvMiniSeries", "video.tv_show")."""

    def put(self, path: tuple[str, ...], value: Any) -> None:
        """Set the value at ``path``, keeping one already there; empty values are not set."""
        if value in (None, "", [], {}):
            return
        parent = self.data
        for key in path[:-1]:
            parent = parent.setdefault(key, {})
        parent.setdefault(path[-1], value)

    def title(self, role: str, text: str | None) -> None:
        if text:
            self.titles.setdefault(role, text)

    def __bool__(self) -> bool:
        return bool(self.data or self.titles or self.kinds)


def keep_summary(kept: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    """Add ``summary`` to ``kept`` unless its text is there already; an outline goes first,
    and there is one outline at most."""
    words = " ".join(summary["text"].split()).casefold()
    if any(" ".join(other["text"].split()).casefold() == words for other in kept):
        return
    summary = dict(summary)
    if summary.get("outline") and any(other.get("outline") for other in kept):
        summary.pop("outline")
    if summary.get("outline"):
        kept.insert(0, summary)
    else:
        kept.append(summary)


# Lenient readers of values machines wrote -------------------------------------------

_SPACES: Final = re.compile(r"\s+")


def text(value: Any) -> str | None:
    """A string's text on one line, HTML entities decoded (IMDb writes ``&apos;`` in JSON)."""
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html.unescape(value)
    cleaned = _SPACES.sub(" ", value).strip()
    return cleaned or None


def prose(value: Any) -> str | None:
    """Running text, paragraphs kept, entities decoded and the markup some sites leave gone."""
    if not isinstance(value, str):
        return None
    value = re.sub(r"<br\s*/?>", "\n", value, flags=re.IGNORECASE)
    value = re.sub(r"</?(?:i|b|em|strong|a|span|p)(?:\s[^<>]*)?>", "", value, flags=re.IGNORECASE)
    if "&" in value:
        value = html.unescape(value)
    lines = [" ".join(line.split()) for line in value.replace("\r", "").split("\n")]
    joined = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", joined) or None


PLACEHOLDERS: Final = frozenset({"na", "n/a", "null", "none", "undefined", "unknown", "-"})
"""What sites write where they have no name ("NA" for every actor of a Rotten Tomatoes page)."""


def names(value: Any) -> list[str]:
    """Names from a string, an object with a name, or a list of either; placeholders left out."""
    if isinstance(value, list):
        return [name for item in value for name in names(item)]
    if isinstance(value, dict):
        value = value.get("name")
    found = text(value)
    return [found] if found and found.casefold() not in PLACEHOLDERS else []


def number(value: Any) -> float | None:
    """A number written as a number or as text ("9.4", "43,517")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "").replace("\u00a0", "")
        if re.fullmatch(r"\d{1,15}(?:\.\d{1,6})?", cleaned):
            return float(cleaned)
    return None


def whole(value: Any) -> int | None:
    found = number(value)
    return int(found) if found is not None and found == int(found) else None


def address(value: Any, base: str | None) -> str | None:
    """A web address, a relative one resolved against the page's own address."""
    found = text(value)
    if not found:
        return None
    if base and not urlsplit(found).scheme:
        found = urljoin(base, found)
    return found if is_web_address(found) else None


_IMDB_TITLE: Final = re.compile(r"imdb\.com/(?:[a-z]{2}/)?title/(tt\d{7,})")
_TMDB_MOVIE: Final = re.compile(r"themoviedb\.org/movie/(\d{1,12})")


def identifiers_in(addresses: list[str]) -> dict[str, Any]:
    """The IMDb and TMDb numbers of title pages' addresses among ``addresses``."""
    found: dict[str, Any] = {}
    for url in addresses:
        imdb = _IMDB_TITLE.search(url)
        tmdb = _TMDB_MOVIE.search(url)
        if imdb:
            found.setdefault("imdb", imdb.group(1))
        elif tmdb:
            found.setdefault("tmdb", int(tmdb.group(1)))
    return found


def site_of(url: str | None) -> str:
    """The site a page is from, by its address: imdb, letterboxd, rottentomatoes, douban,
    wikipedia, metacritic, themoviedb; "" for another."""
    host = urlsplit(url or "").hostname or ""
    for site in (
        "imdb",
        "letterboxd",
        "rottentomatoes",
        "douban",
        "wikipedia",
        "metacritic",
        "themoviedb",
    ):
        if host == f"{site}.com" or host.endswith((f".{site}.com", f".{site}.org")):
            return site
        if site in ("wikipedia", "themoviedb") and host.endswith(f"{site}.org"):
            return site
    return ""
