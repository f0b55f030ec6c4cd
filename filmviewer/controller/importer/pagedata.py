"""The data a site's own page code reads: IMDb's ``__NEXT_DATA__`` and Rotten Tomatoes' scores.

IMDb's title page has kept its data in ``__NEXT_DATA__`` since 2020, in
shapes that changed: ``aboveTheFoldData`` and ``mainColumnData`` (2022 on),
before them GraphQL results cached in ``urqlState`` or ``fetchCacheItems``.
Whatever the shape, the title is every object whose ``id`` is the page's
title number, merged; the titles of "More like this" have other numbers
and are never read. Rotten Tomatoes keeps its two scores in
``score-details-json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, Final

from filmviewer.controller.importer import found as values
from filmviewer.controller.importer.found import (
    EPISODE,
    FILM,
    GAME,
    MUSIC,
    NAME,
    ORIGINAL,
    OTHER,
    TV,
    VIDEO,
    Found,
)
from filmviewer.controller.importer.values import UnreadableError, aspect_ratio
from filmviewer.model.problems import QT_TRANSLATE_NOOP

SOURCE: Final = QT_TRANSLATE_NOOP("problems", "page data")

_TITLE_TYPES: Final = {
    "movie": FILM,
    "tvMovie": FILM,
    "tvSpecial": FILM,
    "short": FILM,
    "tvShort": FILM,
    "video": VIDEO,
    "tvSeries": TV,
    "tvMiniSeries": TV,
    "tvEpisode": EPISODE,
    "tvPilot": EPISODE,
    "videoGame": GAME,
    "musicVideo": MUSIC,
    "podcastSeries": OTHER,
    "podcastEpisode": OTHER,
}
_IMDB_ID: Final = re.compile(r"tt\d{7,}")
_MAX_NODES: Final = 200_000
"""Objects looked at in a page's data: a real page holds some tens of thousands."""


def read_imdb(script: str, tconst: str | None) -> Found:
    """IMDb's page data: the title whose number is ``tconst`` (or the page's own)."""
    found = Found(SOURCE)
    try:
        data = json.loads(script)
    except ValueError:
        return found
    props = _at(data, "props", "pageProps")
    above, main = _at(props, "aboveTheFoldData"), _at(props, "mainColumnData")
    own = _text_at(props, "tconst") or tconst or _text_at(above, "id")
    if not own or not _IMDB_ID.fullmatch(own):
        return found
    title: dict[str, Any] = {}
    nodes = [node for node in (above, main) if isinstance(node, dict)]
    for node in [*nodes, *_titles(props, own)]:
        for key, value in node.items():
            if value is not None:
                title.setdefault(key, value)
    if title:
        _title(found, title, own)
    return found


def _titles(root: Any, tconst: str) -> Iterator[dict[str, Any]]:
    """Every object in the page data whose ``id`` is ``tconst``, cached results included."""
    pending = [root]
    seen = 0
    while pending and seen < _MAX_NODES:
        node = pending.pop()
        seen += 1
        if isinstance(node, dict):
            if node.get("id") == tconst and ("titleText" in node or "titleType" in node):
                yield node
            inside = []
            for key, value in node.items():
                if key == "data" and isinstance(value, str) and value[:1] in "{[":
                    # urqlState keeps each GraphQL result as JSON text.
                    try:
                        inside.append(json.loads(value))
                    except ValueError:
                        continue
                elif isinstance(value, dict | list):
                    inside.append(value)
            pending.extend(reversed(inside))  # in the page's order: above the fold first
        elif isinstance(node, list):
            pending.extend(reversed(node))


def _title(found: Found, top: dict[str, Any], tconst: str) -> None:
    kind = _text_at(top, "titleType", "id")
    if kind:
        found.kinds.append((_TITLE_TYPES.get(kind, OTHER), kind))
    found.title(NAME, _text_at(top, "titleText", "text"))
    found.title(ORIGINAL, _text_at(top, "originalTitleText", "text"))
    found.put(("identifiers", "imdb"), tconst)
    year = _at(top, "releaseYear", "year")
    if isinstance(year, int):
        found.put(("year",), year)
    released = _at(top, "releaseDate")
    if isinstance(released, dict) and all(
        isinstance(released.get(part), int) for part in ("year", "month", "day")
    ):
        found.put(
            ("details", "release_date"),
            f"{released['year']:04d}-{released['month']:02d}-{released['day']:02d}",
        )
    seconds = _at(top, "runtime", "seconds")
    if isinstance(seconds, int) and seconds > 0:
        found.put(("tech_specs", "runtime_minutes"), round(seconds / 60))
    found.put(("details", "genres"), _texts(_at(top, "genres", "genres")))
    found.put(("details", "keywords"), _edge_texts(_at(top, "keywords", "edges")))
    plot = values.prose(_at(top, "plot", "plotText", "plainText"))
    if plot:
        found.put(("summaries",), [{"text": plot, "outline": True}])
    found.put(("details", "rating"), _certificate(_text_at(top, "certificate", "rating")))
    found.put(("scores",), _scores(top))
    rank = _at(top, "ratingsSummary", "topRanking", "rank")
    if isinstance(rank, int) and 1 <= rank <= 250:
        found.put(("top250",), rank)
    poster = values.address(_at(top, "primaryImage", "url"), None)
    if poster:
        found.put(("artwork", "poster"), {"url": poster})
    found.put(
        ("details", "countries_of_origin"), _texts(_at(top, "countriesOfOrigin", "countries"))
    )
    found.put(("details", "languages"), _texts(_at(top, "spokenLanguages", "spokenLanguages")))
    found.put(("details", "filming_locations"), _edge_texts(_at(top, "filmingLocations", "edges")))
    found.put(
        ("details", "production_companies"),
        [
            name
            for edge in _list(_at(top, "production", "edges"))
            if (name := _text_at(edge, "node", "company", "companyText", "text"))
        ],
    )
    _box_office(found, top)
    _tech_specs(found, _at(top, "technicalSpecifications") or {})
    _people(found, top)


def _scores(top: dict[str, Any]) -> list[dict[str, Any]]:
    scores: list[dict[str, Any]] = []
    summary = _at(top, "ratingsSummary")
    value = values.number(_at(summary, "aggregateRating"))
    if value:
        score: dict[str, Any] = {"source": "imdb", "value": value, "scale": 10.0}
        votes = values.whole(_at(summary, "voteCount"))
        if votes:
            score["votes"] = votes
        scores.append(score)
    metascore = values.number(_at(top, "metacritic", "metascore", "score"))
    if metascore is not None:
        score = {"source": "metacritic", "value": metascore, "scale": 100.0}
        reviews = values.whole(_at(top, "metacritic", "metascore", "reviewCount"))
        if reviews:
            score["votes"] = reviews
        scores.append(score)
    return scores


def _box_office(found: Found, top: dict[str, Any]) -> None:
    for key, path in (
        ("budget", ("productionBudget", "budget")),
        ("gross_us_canada", ("lifetimeGross", "total")),
        ("gross_worldwide", ("worldwideGross", "total")),
    ):
        found.put(("box_office", key), _money(_at(top, *path)))
    weekend = _money(_at(top, "openingWeekendGross", "gross", "total"))
    if weekend:
        opening: dict[str, Any] = {"gross": weekend}
        end = _text_at(top, "openingWeekendGross", "weekendEndDate")
        if end and re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
            opening["date"] = end
        found.put(("box_office", "opening_weekend_us_canada"), opening)


def _tech_specs(found: Found, specs: Any) -> None:
    found.put(("tech_specs", "sound_mix"), _texts(_at(specs, "soundMixes", "items")))
    found.put(("tech_specs", "color"), _texts(_at(specs, "colorations", "items")))
    for item in _list(_at(specs, "aspectRatios", "items")):
        try:
            found.put(("tech_specs", "aspect_ratio"), aspect_ratio(str(_at(item, "aspectRatio"))))
            break
        except UnreadableError:
            continue


def _people(found: Found, top: dict[str, Any]) -> None:
    credits: dict[str, list[str]] = {}
    for key in ("directors", "writers"):
        for group in _list(top.get(key)):
            credits.setdefault(key, []).extend(
                name
                for credit in _list(_at(group, "credits"))
                if (name := _text_at(credit, "name", "nameText", "text"))
            )
    for group in _list(top.get("principalCredits")):
        category = _text_at(group, "category", "id")
        principal = {"director": "directors", "writer": "writers"}.get(category or "")
        if principal and principal not in credits:
            credits[principal] = [
                name
                for credit in _list(_at(group, "credits"))
                if (name := _text_at(credit, "name", "nameText", "text"))
            ]
    for key, names in credits.items():
        found.put(("people", key), list(dict.fromkeys(names)))
    cast = []
    for edge in _list(_at(top, "cast", "edges")):
        name = _text_at(edge, "node", "name", "nameText", "text")
        if name:
            member = {"name": name}
            roles = [values.text(_at(c, "name")) for c in _list(_at(edge, "node", "characters"))]
            if any(roles):
                member["role"] = " / ".join(role for role in roles if role)
            cast.append(member)
    found.put(("people", "cast"), cast)


def read_rotten_tomatoes(script: str) -> Found:
    """Rotten Tomatoes' ``score-details-json``: the Tomatometer and the audience score."""
    found = Found(SOURCE)
    try:
        board = _at(json.loads(script), "scoreboard")
    except ValueError:
        return found
    scores = []
    for key, source, count in (
        ("tomatometerScore", "tomatometerallcritics", "reviewCount"),
        ("audienceScore", "tomatometerallaudience", "ratingCount"),
    ):
        value = values.number(_at(board, key, "value"))
        if value is not None:
            score: dict[str, Any] = {"source": source, "value": value, "scale": 100.0}
            counted = values.whole(_at(board, key, count))
            if counted:
                score["votes"] = counted
            scores.append(score)
    found.put(("scores",), scores)
    found.title(NAME, _text_at(board, "title"))
    info = _text_at(board, "info") or ""  # "1982, Kids & family/Sci-fi, 1h 55m"
    year = re.match(r"((?:18|19|20|21)\d\d)\b", info)
    if year:
        found.put(("year",), int(year.group(1)))
    found.put(("details", "rating"), _certificate(_text_at(board, "rating")))
    return found


# Lenient getters -------------------------------------------------------------------


def _at(value: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _text_at(value: Any, *path: str) -> str | None:
    return values.text(_at(value, *path))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _texts(items: Any) -> list[str]:
    return [found for item in _list(items) if (found := _text_at(item, "text"))]


def _edge_texts(edges: Any) -> list[str]:
    return [found for edge in _list(edges) if (found := _text_at(edge, "node", "text"))]


def _certificate(rating: str | None) -> dict[str, str] | None:
    return {"certificate": rating} if rating else None


def _money(value: Any) -> dict[str, Any] | None:
    amount = _at(value, "amount")
    currency = _at(value, "currency")
    if isinstance(amount, int) and not isinstance(amount, bool) and isinstance(currency, str):
        return {"amount": amount, "currency": currency}
    return None
