"""The film's numbers in the catalogues: <uniqueid>, <id>, <imdbid>, <tmdbid>, … and web addresses.

Writers name the same number many ways: Kodi's ``<uniqueid type="imdb">``
(the type in any letter case), the older ``<id>``, Emby's ``<imdbid>``,
DorkManager's ``<imdb id="tt…">address</imdb>``, tinyMediaManager's old
``<ids><entry><key>tmdb</key><value>…``, and a bare address after
``</movie>``. Each becomes the one identifier it is; an IMDb number is
only ever taken where it is one (``tt`` and seven digits or more).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from filmviewer.model.nfo.reading import left_out
from filmviewer.model.nfo.values import (
    TMDB,
    UnreadableError,
    attribute,
    children,
    excerpt,
    line_of,
    whole_number,
)
from filmviewer.model.problems import FILE, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.etree import _Element

    from filmviewer.model.nfo.reading import Reading

_IMDB_ID: Final = re.compile(r"tt\d{7,}")
_IMDB_URL: Final = re.compile(r"imdb\.[a-z.]+/(?:[a-z]{2}/)?title/(tt\d{7,})")
_TMDB_URL: Final = re.compile(r"themoviedb\.org/movie/(\d+)")

_KIND_NAMES: Final = {
    "themoviedb": "tmdb",
    "tmdbid": "tmdb",
    "imdbid": "imdb",
    "imdb_id": "imdb",
    "tmdbcollection": "tmdbcollection",
    "tmdbcolid": "tmdbcollection",
    "tmdbsetid": "tmdbcollection",
    "collectionnumber": "tmdbcollection",
    "wikidataid": "wikidata",
    "youtubeid": "youtube",
    "tvdbid": "tvdb",
}
ONLINE_VIDEO: Final = frozenset({"youtube", "vimeo", "dailymotion"})
"""Identifiers of a video site's videos: the file describes an upload, not a release."""


def take_addresses(reading: Reading, urls: list[str], *, quiet: bool) -> None:
    """IMDb and TMDb numbers from web addresses; other addresses are said (unless ``quiet``)."""
    for url in urls:
        imdb = _IMDB_URL.search(url)
        tmdb = _TMDB_URL.search(url)
        if imdb:
            reading.data.setdefault("identifiers", {}).setdefault("imdb", imdb.group(1))
        elif tmdb:
            reading.data.setdefault("identifiers", {}).setdefault("tmdb", int(tmdb.group(1)))
        elif not quiet:
            reading.warn(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems", "the address {url} is not one of IMDb or TMDb; not shown"
                ),
                url=excerpt(url),
            )


def handle_uniqueid(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    kind = attribute(element, "type").lower() or "unknown"
    if value:
        identify(reading, element, kind, value)


def handle_named(kind: str) -> Callable[[Reading, _Element], None]:
    """An element named after its catalogue: <imdbid>, <tmdb id="603">address</tmdb>, <id>."""

    def handle(reading: Reading, element: _Element) -> None:
        value = attribute(element, "id") or line_of(element)
        if value and value not in ("0", "-1"):
            identify(reading, element, kind, value)

    return handle


def handle_ids(reading: Reading, element: _Element) -> None:
    """tinyMediaManager's old ``<ids><entry><key>tmdb</key><value>12244</value></entry>``."""
    for tag, entry in children(element):
        if tag != "entry":
            reading.unknown(entry, f"ids/{tag}")
            continue
        fields = {name: line_of(child) for name, child in children(entry)}
        kind, value = fields.get("key", "").lower(), fields.get("value", "")
        if kind and value:
            try:
                identify(reading, entry, kind, value, "ids/entry")
            except UnreadableError as unreadable:
                reading.warn(
                    left_out(reading.line_of(entry), "ids/entry"),
                    unreadable.what,
                    **unreadable.params,
                )


def identify(reading: Reading, element: _Element, kind: str, value: str, tag: str = "") -> None:
    """Put ``value``, a number in catalogue ``kind``, where the film keeps it."""
    kind = _KIND_NAMES.get(kind, kind)
    imdb = _IMDB_URL.search(value)
    tmdb = _TMDB_URL.search(value)
    if imdb:
        kind, value = "imdb", imdb.group(1)
    elif tmdb:
        kind, value = "tmdb", tmdb.group(1)
    if kind in ONLINE_VIDEO:
        reading.online_video = True
    if kind == "imdb" or (kind in ("unknown", "id") and _IMDB_ID.fullmatch(value)):
        reading.put(element, ("identifiers", "imdb"), value, tag)
    elif kind == "tmdb" or (kind == "id" and value.isdigit()):
        # A number in <id> is TMDb's: its scraper is the one that writes a number there.
        if value != "0":
            reading.put(element, ("identifiers", "tmdb"), whole_number(value, TMDB), tag)
    else:
        reading.append(element, ("identifiers", "others"), {"source": kind, "value": value}, tag)
