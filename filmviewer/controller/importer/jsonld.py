"""schema.org JSON-LD: the film data most sites publish for search engines, trusted first.

Read from every ``<script type="application/ld+json">``: an object, a
list, or an ``@graph``, however the site wraps it (Letterboxd in
``/* <![CDATA[ */ … /* ]]> */``), HTML entities inside its strings
decoded (IMDb writes ``&apos;``), relative addresses resolved against the
page's own. The first work it describes is the page's subject: a Movie is
a film; a TVSeries, a Person or a VideoGame is not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, Final

from PySide6.QtCore import QLocale

from filmviewer.controller.importer import found as values
from filmviewer.controller.importer.found import (
    EPISODE,
    FILM,
    GAME,
    MUSIC,
    NAME,
    ORIGINAL,
    PERSON,
    TV,
    Found,
)
from filmviewer.controller.importer.values import UnreadableError, certificate, date
from filmviewer.model.problems import QT_TRANSLATE_NOOP

SOURCE: Final = QT_TRANSLATE_NOOP("problems", "JSON-LD")

_KINDS: Final = {
    "Movie": FILM,
    "Film": FILM,
    "TVSeries": TV,
    "TVSeason": TV,
    "CreativeWorkSeries": TV,
    "CreativeWorkSeason": TV,
    "TVEpisode": EPISODE,
    "Episode": EPISODE,
    "Person": PERSON,
    "VideoGame": GAME,
    "VideoGameSeries": GAME,
    "MusicVideoObject": MUSIC,
    "MusicRecording": MUSIC,
    "MusicAlbum": MUSIC,
    "MusicGroup": MUSIC,
}
"""The types that say what a page is about. Others (Article, WebPage, VideoObject for a
trailer, Organization, BreadcrumbList) say nothing of it and are passed over."""

_DURATION: Final = re.compile(
    r"P(?:(?P<d>\d{1,4})D)?T?(?:(?P<h>\d{1,5})H)?(?:(?P<m>\d{1,6})M)?(?:\d{1,8}(?:\.\d+)?S)?"
)
_OPENERS: Final = re.compile(r"\s*(?:/\*.*?\*/|<!--|<!\[CDATA\[|//[^\n]*\n)", re.DOTALL)
_CLOSERS: Final = re.compile(r"(?:/\*[^*]*\*/|-->|\]\]>|//[^\n\"]*)\s*$")
"""What sites wrap their JSON in: comments, CDATA markers (Letterboxd's ``/* <![CDATA[ */``)."""


def documents(script: str) -> Any:
    """The JSON of a script's text, whatever wraps it; None where it is no JSON."""
    body = script
    while (opener := _OPENERS.match(body)) is not None and opener.end():
        body = body[opener.end() :]
    while (closer := _CLOSERS.search(body)) is not None and closer.start() < len(body):
        body = body[: closer.start()]
    body = body.strip()
    if not body:
        return None
    try:
        return json.loads(body, strict=False)
    except ValueError:  # not JSON; or a number of more than 4,300 digits
        return None


def works(document: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, node) of every work a JSON-LD document describes, in order."""
    if isinstance(document, list):
        for item in document:
            yield from works(item)
    elif isinstance(document, dict):
        types = document.get("@type")
        for kind_name in types if isinstance(types, list) else [types]:
            if isinstance(kind_name, str) and kind_name in _KINDS:
                yield kind_name, document
                break
        graph = document.get("@graph")
        if graph is not None:
            yield from works(graph)


def read(scripts: list[str], base: str | None) -> Found:
    """What the page's JSON-LD says of its subject, the first work it describes."""
    found = Found(SOURCE)
    for script in scripts:
        for said, node in works(documents(script)):
            found.kinds.append((_KINDS[said], said))
            if _KINDS[said] == FILM:
                _movie(found, node, base or values.text(node.get("url")))
            return found
    return found


def _movie(found: Found, movie: dict[str, Any], base: str | None) -> None:
    found.title(NAME, values.text(movie.get("name")))
    alternate = movie.get("alternateName")
    found.title(ORIGINAL, values.text(alternate[0] if isinstance(alternate, list) else alternate))
    _dates(found, movie)
    found.put(("details", "genres"), values.names(movie.get("genre")))
    keywords = movie.get("keywords")
    if isinstance(keywords, str):
        words = [word.strip() for word in (values.text(keywords) or "").split(",")]
        found.put(("details", "keywords"), [word for word in words if word])
    else:
        found.put(("details", "keywords"), values.names(keywords))
    description = values.prose(movie.get("description"))
    if description:
        found.put(("summaries",), [{"text": description, "outline": True}])
    duration = _DURATION.fullmatch(values.text(movie.get("duration")) or "")
    if duration and any(duration.group(part) for part in "dhm"):
        minutes = (
            int(duration.group("d") or 0) * 1440
            + int(duration.group("h") or 0) * 60
            + int(duration.group("m") or 0)
        )
        found.put(("tech_specs", "runtime_minutes"), minutes)
    rating = values.text(movie.get("contentRating"))
    if rating:
        found.put(("details", "rating"), {"certificate": certificate(rating)})
    found.put(("details", "countries_of_origin"), values.names(movie.get("countryOfOrigin")))
    languages = values.names(movie.get("inLanguage"))
    found.put(("details", "languages"), [_language(name) for name in languages])
    found.put(("details", "production_companies"), values.names(movie.get("productionCompany")))
    found.put(("people", "directors"), _people(movie.get("director")))
    found.put(("people", "writers"), _people(movie.get("author")) or _people(movie.get("creator")))
    found.put(("people", "cast"), list(_cast(movie.get("actor") or movie.get("actors"))))
    addresses = [
        url
        for item in _as_list(movie.get("url")) + _as_list(movie.get("sameAs"))
        if (url := values.address(item, base))
    ]
    identifiers = values.identifiers_in(addresses)
    found.put(("identifiers", "imdb"), identifiers.get("imdb"))
    found.put(("identifiers", "tmdb"), identifiers.get("tmdb"))
    score = _score(movie.get("aggregateRating"), values.site_of(base))
    if score:
        found.put(("scores",), [score])
    image = movie.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, dict):
        image = image.get("url") or image.get("contentUrl")
    poster = values.address(image, base)
    if poster:
        found.put(("artwork", "poster"), {"url": poster})


def _dates(found: Found, movie: dict[str, Any]) -> None:
    """The release: ``datePublished``, else the first ``releasedEvent`` (Letterboxd).

    ``dateCreated`` and ``dateModified`` are the page's own dates, never the film's;
    a placeholder ("TODO_MISSING") or null is no date.
    """
    events = [
        event.get("startDate")
        for event in _as_list(movie.get("releasedEvent"))
        if isinstance(event, dict)
    ]
    for written in [movie.get("datePublished"), *events]:
        text = values.text(written)
        if not text:
            continue
        try:
            dated = date(text[:10])
        except UnreadableError:
            continue
        if dated.date is not None:
            found.put(("details", "release_date"), dated.date.isoformat())
            found.put(("year",), dated.date.year)
        elif dated.year is not None:
            found.put(("year",), dated.year)
        return


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _people(value: Any) -> list[str]:
    """Persons' names; organisations (IMDb's "creator" companies) are not people."""
    return [
        name
        for item in _as_list(value)
        if not (isinstance(item, dict) and item.get("@type") == "Organization")
        for name in values.names(item)
    ]


def _cast(value: Any) -> Iterator[dict[str, str]]:
    for item in _as_list(value):
        if not isinstance(item, dict):
            continue
        if item.get("@type") == "PerformanceRole":
            people, role = values.names(item.get("actor")), values.text(item.get("characterName"))
        else:
            people, role = values.names(item), values.text(item.get("characterName"))
        for name in people:
            yield {"name": name, "role": role} if role else {"name": name}


_LANGUAGE_CODE: Final = re.compile(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?")


def _language(name: str) -> str:
    """A language's English name, where the page gives a code such as ``en``."""
    if _LANGUAGE_CODE.fullmatch(name):
        language = QLocale(name).language()
        if language not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            return QLocale.languageToString(language)
    return name


_RATING_SOURCES: Final = {
    "imdb": "imdb",
    "letterboxd": "letterboxd",
    "douban": "douban",
    "metacritic": "metacritic",
    "themoviedb": "themoviedb",
}


def _score(value: Any, site: str) -> dict[str, Any] | None:
    """An AggregateRating as a score of the site that gave it, on its own scale."""
    if not isinstance(value, dict):
        return None
    rating = values.number(value.get("ratingValue"))
    if rating is None:
        return None
    best = values.number(value.get("bestRating"))
    score: dict[str, Any] = {"value": rating, "scale": best or 10.0}
    counted = values.whole(value.get("ratingCount")) or values.whole(value.get("reviewCount"))
    if counted:
        score["votes"] = counted
    named = (values.text(value.get("name")) or "").casefold()
    if site == "rottentomatoes" or "tomatometer" in named:
        score["source"] = "tomatometerallcritics"
        score["votes"] = values.whole(value.get("reviewCount")) or counted
        score["scale"] = best or 100.0
    elif site in _RATING_SOURCES:
        score["source"] = _RATING_SOURCES[site]
    if score.get("votes") is None:
        score.pop("votes", None)
    return score
