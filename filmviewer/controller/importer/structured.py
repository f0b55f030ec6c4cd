"""The film data a page publishes for machines: schema.org ``Movie`` JSON-LD and IMDb's page data.

Both are read leniently (a value of the wrong shape is passed over), and
what they give wins over the page's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from filmviewer.controller.importer import values
from filmviewer.controller.importer.values import UnreadableError
from filmviewer.model.links import is_web_address

_IMDB_ID: Final = re.compile(r"\b(tt\d{7,})\b")
_DURATION: Final = re.compile(
    r"P(?:\d{1,4}D)?T(?:(?P<h>\d{1,5})H)?(?:(?P<m>\d{1,6})M)?(?:\d{1,8}(?:\.\d+)?S)?"
)


def movies(document: Any) -> Iterator[dict[str, Any]]:
    """Every schema.org Movie in a JSON-LD document (an object, a list, or an ``@graph``)."""
    if isinstance(document, list):
        for item in document:
            yield from movies(item)
    elif isinstance(document, dict):
        kind = document.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "Movie" in kinds:
            yield document
        graph = document.get("@graph")
        if graph is not None:
            yield from movies(graph)


def from_schema_org(movie: dict[str, Any]) -> dict[str, Any]:
    """A schema.org Movie as film data."""
    film: dict[str, Any] = {}
    details: dict[str, Any] = {}
    name = _text(movie.get("name"))
    if name:
        film["title"] = name
    published = _text(movie.get("datePublished"))
    if published:
        try:
            dated = values.date(published[:10])
        except UnreadableError:
            dated = None
        if dated and dated.date:
            details["release_date"] = dated.date.isoformat()
            film["year"] = dated.date.year
        elif dated and dated.year:
            film["year"] = dated.year
    _put_list(details, "genres", _names(movie.get("genre")))
    keywords = movie.get("keywords")
    if isinstance(keywords, str):
        _put_list(details, "keywords", [word.strip() for word in keywords.split(",")])
    else:
        _put_list(details, "keywords", _names(keywords))
    description = _text(movie.get("description"))
    if description:
        film["summaries"] = [{"text": description, "outline": True}]
    duration = _DURATION.fullmatch(_text(movie.get("duration")) or "")
    if duration and (duration.group("h") or duration.group("m")):
        minutes = int(duration.group("h") or 0) * 60 + int(duration.group("m") or 0)
        film["tech_specs"] = {"runtime_minutes": minutes}
    rating = _text(movie.get("contentRating"))
    if rating:
        details["rating"] = {"certificate": rating}
    _put_list(details, "countries_of_origin", _names(movie.get("countryOfOrigin")))
    _put_list(details, "languages", [_language(name) for name in _names(movie.get("inLanguage"))])
    _put_list(details, "production_companies", _names(movie.get("productionCompany")))
    people: dict[str, Any] = {}
    _put_list(people, "directors", _names(movie.get("director")))
    _put_list(people, "writers", _names(movie.get("author")) or _names(movie.get("creator")))
    cast = list(_cast(movie.get("actor")))
    if cast:
        people["cast"] = cast
    if people:
        film["people"] = people
    address = _text(movie.get("url")) or ""
    known = _IMDB_ID.search(address + " " + " ".join(_addresses(movie.get("sameAs"))))
    if known:
        film["identifiers"] = {"imdb": known.group(1)}
    score = _score(movie.get("aggregateRating"), "imdb" if "imdb.com" in address else None)
    if score:
        film["scores"] = [score]
    poster = _address(movie.get("image"))
    if poster:
        film["artwork"] = {"poster": {"url": poster}}
    if details:
        film["details"] = details
    return film


def from_imdb_data(page_data: Any) -> dict[str, Any]:
    """IMDb's ``__NEXT_DATA__`` (its title page's data) as film data."""
    props = _at(page_data, "props", "pageProps")
    top = _at(props, "aboveTheFoldData") or {}
    main = _at(props, "mainColumnData") or {}
    film: dict[str, Any] = {}
    details: dict[str, Any] = {}
    box_office: dict[str, Any] = {}
    tech: dict[str, Any] = {}
    people: dict[str, Any] = {}
    title = _text(_at(top, "titleText", "text"))
    if title:
        film["title"] = title
    original = _text(_at(top, "originalTitleText", "text"))
    if original and original != title:
        film["original_title"] = original
    year = _at(top, "releaseYear", "year")
    if isinstance(year, int):
        film["year"] = year
    identifier = _text(top.get("id") if isinstance(top, dict) else None)
    if identifier and _IMDB_ID.fullmatch(identifier):
        film["identifiers"] = {"imdb": identifier}
    released = _at(top, "releaseDate")
    if isinstance(released, dict) and all(
        isinstance(released.get(k), int) for k in ("year", "month", "day")
    ):
        details["release_date"] = (
            f"{released['year']:04d}-{released['month']:02d}-{released['day']:02d}"
        )
    seconds = _at(top, "runtime", "seconds")
    if isinstance(seconds, int) and seconds > 0:
        tech["runtime_minutes"] = round(seconds / 60)
    _put_list(details, "genres", _texts(_at(top, "genres", "genres")))
    _put_list(details, "keywords", _edge_texts(_at(top, "keywords", "edges")))
    plot = _text(_at(top, "plot", "plotText", "plainText"))
    if plot:
        film["summaries"] = [{"text": plot, "outline": True}]
    certificate = _text(_at(top, "certificate", "rating"))
    if certificate:
        details["rating"] = {"certificate": certificate}
    score = _at(top, "ratingsSummary")
    if isinstance(score, dict) and isinstance(score.get("aggregateRating"), int | float):
        found: dict[str, Any] = {"source": "imdb", "value": score["aggregateRating"], "scale": 10}
        if isinstance(score.get("voteCount"), int):
            found["votes"] = score["voteCount"]
        film["scores"] = [found]
    poster = _text(_at(top, "primaryImage", "url"))
    if poster and is_web_address(poster):
        film["artwork"] = {"poster": {"url": poster}}
    _put_list(details, "countries_of_origin", _texts(_at(main, "countriesOfOrigin", "countries")))
    _put_list(details, "languages", _texts(_at(main, "spokenLanguages", "spokenLanguages")))
    _put_list(details, "filming_locations", _edge_texts(_at(main, "filmingLocations", "edges")))
    companies = _at(main, "production", "edges")
    _put_list(
        details,
        "production_companies",
        [
            _text(_at(edge, "node", "company", "companyText", "text")) or ""
            for edge in _list(companies)
        ],
    )
    for key, path in (
        ("budget", ("productionBudget", "budget")),
        ("gross_us_canada", ("lifetimeGross", "total")),
        ("gross_worldwide", ("worldwideGross", "total")),
    ):
        amount = _money(_at(main, *path))
        if amount:
            box_office[key] = amount
    weekend = _money(_at(main, "openingWeekendGross", "gross", "total"))
    if weekend:
        box_office["opening_weekend_us_canada"] = {"gross": weekend}
        end = _text(_at(main, "openingWeekendGross", "weekendEndDate"))
        if end and re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
            box_office["opening_weekend_us_canada"]["date"] = end
    specs = _at(main, "technicalSpecifications") or {}
    _put_list(tech, "sound_mix", _texts(_at(specs, "soundMixes", "items")))
    _put_list(tech, "color", _texts(_at(specs, "colorations", "items")))
    ratios = [_at(item, "aspectRatio") for item in _list(_at(specs, "aspectRatios", "items"))]
    for ratio in ratios:
        try:
            tech["aspect_ratio"] = values.aspect_ratio(str(ratio))
            break
        except UnreadableError:
            continue
    for key, field in (("directors", "directors"), ("writers", "writers")):
        names = [
            _text(_at(credit, "name", "nameText", "text")) or ""
            for group in _list(main.get(key) if isinstance(main, dict) else None)
            for credit in _list(_at(group, "credits"))
        ]
        _put_list(people, field, names)
    cast = []
    for edge in _list(_at(main, "cast", "edges")):
        name = _text(_at(edge, "node", "name", "nameText", "text"))
        if name:
            member = {"name": name}
            roles = [_text(_at(c, "name")) for c in _list(_at(edge, "node", "characters"))]
            if any(roles):
                member["role"] = " / ".join(role for role in roles if role)
            cast.append(member)
    if cast:
        people["cast"] = cast
    for key, part in (
        ("details", details),
        ("box_office", box_office),
        ("tech_specs", tech),
        ("people", people),
    ):
        if part:
            film[key] = part
    return film


def merge(into: dict[str, Any], source: dict[str, Any]) -> None:
    """Put ``source``'s values into ``into``, replacing what is there (sections key by key)."""
    for key, value in source.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        else:
            into[key] = value


# Lenient getters -------------------------------------------------------------------


def _at(value: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _texts(items: Any) -> list[str]:
    return [text for item in _list(items) if (text := _text(_at(item, "text")))]


def _edge_texts(edges: Any) -> list[str]:
    return [text for edge in _list(edges) if (text := _text(_at(edge, "node", "text")))]


def _names(value: Any) -> list[str]:
    """Names from a string, an object with a name, or a list of either."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        name = _text(value.get("name"))
        return [name] if name else []
    text = _text(value)
    return [text] if text else []


def _language(name: str) -> str:
    """A language's English name, where the page gives a code such as ``en``."""
    if re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", name):
        from PySide6.QtCore import QLocale

        language = QLocale(name).language()
        if language not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            return QLocale.languageToString(language)
    return name


def _cast(value: Any) -> Iterator[dict[str, str]]:
    for item in _list(value) if isinstance(value, list) else [value]:
        if not isinstance(item, dict):
            continue
        if item.get("@type") == "PerformanceRole":
            names = _names(item.get("actor"))
            role = _text(item.get("characterName"))
        else:
            names, role = _names(item), _text(item.get("characterName"))
        for name in names:
            yield {"name": name, "role": role} if role else {"name": name}


def _addresses(value: Any) -> list[str]:
    return [
        text for item in (value if isinstance(value, list) else [value]) if (text := _text(item))
    ]


def _address(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    text = _text(value)
    return text if text and is_web_address(text) else None


def _score(value: Any, source: str | None) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    try:
        score: dict[str, Any] = {"value": float(value["ratingValue"])}
        score["scale"] = float(value.get("bestRating", 10))
        if "ratingCount" in value:
            score["votes"] = int(value["ratingCount"])
    except (KeyError, TypeError, ValueError):
        return None
    if source:
        score["source"] = source
    return score


def _money(value: Any) -> dict[str, Any] | None:
    if (
        isinstance(value, dict)
        and isinstance(value.get("amount"), int)
        and isinstance(value.get("currency"), str)
    ):
        return {"amount": value["amount"], "currency": value["currency"]}
    return None


def _put_list(section: dict[str, Any], key: str, items: list[str]) -> None:
    items = [item for item in items if item]
    if items:
        section[key] = items
