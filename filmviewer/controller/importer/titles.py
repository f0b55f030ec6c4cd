"""How a page's title is chosen: the film's own title, without the site's decorations.

The sources give titles in roles (see found.py): the work's name (JSON-LD,
IMDb's page data, microdata), an original title (IMDb's "Original title",
``originalTitleText``, JSON-LD's ``alternateName``), a title in the film's
own script (an encyclopedia's infobox), and the page's own title and
heading, which sites decorate ("- IMDb", "(1997 film)") and localise for
their reader (IMDb in Hungarian, Douban in Chinese).

The original title wins over one localised for the reader, and the
localised one is named in a warning; a title in the film's own script
beside an encyclopedia's name is the film's original title.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from filmviewer.controller.importer.found import NAME, NATIVE, ORIGINAL, PAGE, Found

_MARKS: Final = re.compile(r"^[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]+|[\u200e\u200f\s]+$")
_SITE: Final = re.compile(
    r"\s*(?:[-|–—•·:]\s*)(?:IMDb|IMDb Pro|Rotten Tomatoes|Letterboxd|Wikipedia|Wikipédia|"
    r"Metacritic|TMDB|TMDb|The Movie Database(?: \(TMDB\))?|AllMovie|MUBI|Trakt|Fandom|"
    r"[^|•–—-]{1,60}\bWiki|Reviews, film \+ cast)\s*$"
)
_DOUBAN: Final = re.compile(r"\s*\(豆瓣\)\s*$")
_DIRECTED: Final = re.compile(r"\s+directed by\s+.+$")
_RATED: Final = re.compile(r"\s+⭐.*$")
_ENCYCLOPEDIA: Final = re.compile(
    r"\s*\((?:(?P<year>(?:18|19|20|21)\d\d)\s+)?(?:[A-Z][a-z]+\s+)*(?:film|movie)\)$"
)
_YEARED: Final = re.compile(
    r"\s*\((?:[A-Za-z][A-Za-z ]*?\s)?(?P<year>(?:18|19|20|21)\d\d)(?:\s*[–-]\s*\d{0,4})?\s*\)$"
)


class Chosen(NamedTuple):
    title: str | None
    original_title: str | None
    year: int | None
    """A year the title's decorations gave ("(1997 film)", "(2019)"), where no source did."""
    localised: str | None
    """The title the page showed its reader, where it is not the film's own."""


def undecorated(title: str) -> tuple[str, int | None]:
    """A title without the site's decorations, and the year they gave, if any."""
    year = None
    previous = None
    while previous != title:
        previous = title
        title = _MARKS.sub("", title)
        for pattern in (_SITE, _DOUBAN, _RATED, _DIRECTED):
            title = pattern.sub("", title)
        for pattern in (_ENCYCLOPEDIA, _YEARED):
            found = pattern.search(title)
            if found and found.start() > 0:
                if found.group("year"):
                    year = year or int(found.group("year"))
                title = title[: found.start()]
        title = " ".join(title.split())
    return title, year


def choose(founds: list[Found]) -> Chosen:
    """The film's title from every source's titles, most trusted first."""
    named = _first(founds, NAME)
    original = _first(founds, ORIGINAL)
    native = _first(founds, NATIVE)
    shown = [_first(founds, role) for role in (PAGE, "og")]
    year = None
    page_titles = []
    for title in shown:
        if title:
            cleaned, found_year = undecorated(title)
            year = year or found_year
            if cleaned:
                page_titles.append(cleaned)
    if named:
        named, named_year = undecorated(named)
        year = year or named_year
    if not named:
        named = page_titles[0] if page_titles else None
    localised = None
    # Douban runs the reader's title and the original together: "盗梦空间 Inception".
    for shown_title in page_titles:
        if named and not original and named.startswith(shown_title + " "):
            original, localised = named[len(shown_title) + 1 :].strip(), shown_title
            break
    if original:
        original = undecorated(original)[0] or None
    title = original or named
    if localised is None and title:
        localised = next(
            (
                candidate
                for candidate in [named, *page_titles]
                if candidate
                and candidate.casefold() not in title.casefold()
                and title.casefold() not in candidate.casefold()
            ),
            None,
        )
    original_title = native if native and native != title else None
    return Chosen(title, original_title, year, localised)


def _first(founds: list[Found], role: str) -> str | None:
    return next((found.titles[role] for found in founds if found.titles.get(role)), None)
