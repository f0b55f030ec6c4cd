"""What the window shows of a film: display-ready text built from the model.

A FilmSheet is plain data (strings and tuples), so the views only lay it out
and the copy formats render the same words the user sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

from PySide6.QtCore import QLocale

from filmviewer.controller import formatting
from filmviewer.i18n import translate
from filmviewer.lazy import Pattern
from filmviewer.model.text import is_blank

if TYPE_CHECKING:
    from filmviewer.model.film import Film, Image, Money, OpeningWeekend


class Row(NamedTuple):
    """A labelled fact; no values means the film does not list it."""

    key: str
    label: str
    values: tuple[str, ...] = ()
    links: tuple[str | None, ...] = ()
    """Web addresses, index for index with ``values``, where the value has one."""
    notes: tuple[str, ...] = ()
    """A quieter second text, index for index with ``values`` (a role, an address), or none."""
    pictures: tuple[str, ...] = ()
    """A picture beside each value, index for index (a file relative to the film's folder,
    "" where the value has none), or none for a row that shows no pictures."""

    def link(self, index: int) -> str | None:
        return self.links[index] if index < len(self.links) else None

    def note(self, index: int) -> str:
        return self.notes[index] if index < len(self.notes) else ""


class Section(NamedTuple):
    """One tab's worth of labelled facts."""

    key: str
    title: str
    rows: tuple[Row, ...]

    @property
    def is_empty(self) -> bool:
        return not any(row.values for row in self.rows)

    def listed(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.values)

    def unlisted(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if not row.values)


class SummaryItem(NamedTuple):
    """One summary; ``text`` as the file has it (paragraphs() splits it for display)."""

    text: str
    author: str | None = None
    outline: bool = False


class FilmSheet(NamedTuple):
    """Everything the window shows of one film, formatted for one locale."""

    title: str
    year: str
    rating: str
    runtime: str
    genres: tuple[str, ...]
    summaries: tuple[SummaryItem, ...]
    details: Section
    box_office: Section
    tech_specs: Section
    synopsis: str
    """The synopsis as the file has it; ``paragraphs()`` splits it for display."""
    cast: Section = Section("cast", "", ())
    original_title: str = ""
    """The title in the film's own language, where it is not the title."""
    tagline: str = ""
    poster: str = ""
    """The poster's file, relative to the film's folder, or ""."""
    fanart: str = ""
    """The fanart's file, relative to the film's folder, or ""."""

    @property
    def heading(self) -> str:
        """``Stalin (1992)``: the film named for a copy or an export."""
        return f"{self.title} ({self.year})" if self.year else self.title

    @property
    def subtitle(self) -> str:
        """``1992 · TV-MA · 2h 52m · Thriller, Crime, …``: the header's second line."""
        parts = [self.year, self.rating, self.runtime, ", ".join(self.genres)]
        return " \N{MIDDLE DOT} ".join(part for part in parts if part)


def nothing_listed(key: str) -> str:
    """What a tab or a copy says when the film lists nothing for section ``key``."""
    texts = {
        "summaries": translate("presentation", "No summaries listed for this film."),
        "details": translate("presentation", "No details listed for this film."),
        "box_office": translate("presentation", "No box office figures listed for this film."),
        "tech_specs": translate(
            "presentation", "No technical specifications listed for this film."
        ),
        "synopsis": translate("presentation", "No synopsis listed for this film."),
        "cast": translate("presentation", "No cast or crew listed for this film."),
    }
    return texts[key]


def not_listed() -> str:
    """What a row shows when the film does not list its value."""
    return translate("presentation", "Not listed")


def present(film: Film, locale: QLocale) -> FilmSheet:
    """Turn a validated film into what the window shows, in ``locale``."""
    details, box, tech = film.details, film.box_office, film.tech_specs
    ids, art = film.identifiers, film.artwork
    rating = _rating(film)
    runtime = formatting.runtime(locale, tech.runtime_minutes) if tech.runtime_minutes else ""
    release = formatting.long_date(locale, details.release_date) if details.release_date else ""
    sites = details.official_sites
    return FilmSheet(
        title=film.title,
        year=str(film.year) if film.year is not None else "",
        rating=rating,
        runtime=runtime,
        genres=details.genres,
        summaries=_summaries(film),
        details=Section(
            "details",
            translate("presentation", "Details"),
            (
                *_present_only(
                    Row(
                        "original_title",
                        translate("presentation", "Original title"),
                        _one(
                            film.original_title
                            if film.original_title and film.original_title != film.title
                            else ""
                        ),
                    ),
                    Row(
                        "sort_title",
                        translate("presentation", "Sort title"),
                        _one(film.sort_title or ""),
                    ),
                    Row("tagline", translate("presentation", "Tagline"), _one(film.tagline or "")),
                ),
                Row("keywords", translate("presentation", "Keywords"), details.keywords),
                Row("genres", translate("presentation", "Genres"), details.genres),
                Row("release_date", translate("presentation", "Release date"), _one(release)),
                Row("rating", translate("presentation", "Rating"), _one(rating)),
                *_present_only(
                    _scores(locale, film),
                    Row(
                        "user_rating",
                        translate("presentation", "Your rating"),
                        _one(formatting.out_of(locale, film.user_rating, 10))
                        if film.user_rating is not None
                        else (),
                    ),
                    Row(
                        "top250",
                        translate("presentation", "IMDb Top 250"),
                        _one(formatting.place(locale, film.top250) if film.top250 else ""),
                    ),
                ),
                Row(
                    "countries_of_origin",
                    translate("presentation", "Countries of origin"),
                    details.countries_of_origin,
                ),
                Row(
                    "official_sites",
                    translate("presentation", "Official sites"),
                    tuple(site.name for site in sites),
                    tuple(site.url for site in sites),
                ),
                Row("languages", translate("presentation", "Languages"), details.languages),
                Row(
                    "filming_locations",
                    translate("presentation", "Filming locations"),
                    details.filming_locations,
                ),
                Row(
                    "production_companies",
                    translate("presentation", "Production companies"),
                    details.production_companies,
                ),
                *_present_only(
                    Row(
                        "collection",
                        translate("presentation", "Collection"),
                        _one(film.collection.name if film.collection else ""),
                        (),
                        _one(film.collection.overview or "" if film.collection else ""),
                    ),
                    Row(
                        "imdb",
                        "IMDb",
                        _one(ids.imdb or ""),
                        (f"https://www.imdb.com/title/{ids.imdb}/",) if ids.imdb else (),
                    ),
                    Row(
                        "tmdb",
                        "TMDb",
                        _one(str(ids.tmdb) if ids.tmdb else ""),
                        (f"https://www.themoviedb.org/movie/{ids.tmdb}",) if ids.tmdb else (),
                    ),
                    Row(
                        "other_identifiers",
                        translate("presentation", "Other identifiers"),
                        tuple(
                            f"{_CATALOGUES.get(other.source, (other.source, ''))[0]}: {other.value}"
                            for other in ids.others
                        ),
                        tuple(_catalogue_link(other.source, other.value) for other in ids.others),
                    ),
                    Row(
                        "date_added",
                        translate("presentation", "Added"),
                        _one(
                            formatting.long_date(locale, film.date_added) if film.date_added else ""
                        ),
                    ),
                    _image_row("poster", translate("presentation", "Poster"), art.poster),
                    _image_row("fanart", translate("presentation", "Fanart"), art.fanart),
                ),
            ),
        ),
        box_office=Section(
            "box_office",
            translate("presentation", "Box Office"),
            (
                Row("budget", translate("presentation", "Budget"), _money(locale, box.budget)),
                Row(
                    "gross_us_canada",
                    translate("presentation", "Gross US & Canada"),
                    _money(locale, box.gross_us_canada),
                ),
                Row(
                    "opening_weekend_us_canada",
                    translate("presentation", "Opening weekend US & Canada"),
                    _weekend(locale, box.opening_weekend_us_canada),
                ),
                Row(
                    "gross_worldwide",
                    translate("presentation", "Gross worldwide"),
                    _money(locale, box.gross_worldwide),
                ),
            ),
        ),
        tech_specs=Section(
            "tech_specs",
            translate("presentation", "Tech Specs"),
            (
                Row("runtime", translate("presentation", "Runtime"), _one(runtime)),
                Row("color", translate("presentation", "Color"), tech.color),
                Row(
                    "aspect_ratio",
                    translate("presentation", "Aspect ratio"),
                    # The film's own, else its video's: never "not listed" beside a video
                    # line that gives it.
                    _one(formatting.aspect_ratio(aspect) if (aspect := _aspect(film)) else ""),
                ),
                Row("sound_mix", translate("presentation", "Sound mix"), tech.sound_mix),
                *_present_only(
                    Row(
                        "video",
                        translate("presentation", "Video"),
                        _one(
                            formatting.video(locale, film.media.video) if film.media.video else ""
                        ),
                    ),
                    Row(
                        "audio",
                        translate("presentation", "Audio"),
                        tuple(formatting.audio(locale, track) for track in film.media.audio),
                    ),
                    Row(
                        "subtitles",
                        translate("presentation", "Subtitles"),
                        tuple(formatting.language(code) for code in film.media.subtitles),
                    ),
                ),
            ),
        ),
        synopsis=film.synopsis or "",
        cast=_cast(film),
        original_title=film.original_title
        if film.original_title and film.original_title != film.title
        else "",
        tagline=film.tagline or "",
        poster=art.poster.path or "" if art.poster else "",
        fanart=art.fanart.path or "" if art.fanart else "",
    )


_CATALOGUES = {
    "letterboxd": ("Letterboxd", "https://letterboxd.com/film/{}/"),
    "douban": ("Douban", "https://movie.douban.com/subject/{}/"),
    "rottentomatoes": ("Rotten Tomatoes", "https://www.rottentomatoes.com/m/{}"),
    "wikidata": ("Wikidata", "https://www.wikidata.org/wiki/{}"),
    "tmdbcollection": ("TMDb collection", "https://www.themoviedb.org/collection/{}"),
    "youtube": ("YouTube", "https://www.youtube.com/watch?v={}"),
    "trakt": ("Trakt", ""),
    "tvdb": ("TheTVDB", ""),
}
"""Catalogues films are listed in, by the name files give them: as people know them, and
the address of a film's page there."""


def _catalogue_link(source: str, value: str) -> str | None:
    address = _CATALOGUES.get(source, ("", ""))[1]
    return address.format(quote(value, safe="")) if address else None


def _aspect(film: Film) -> float | None:
    video = film.media.video
    return film.tech_specs.aspect_ratio or (video.aspect_ratio if video is not None else None)


def _present_only(*rows: Row) -> tuple[Row, ...]:
    """Rows of version 2's facts, shown only where the film has them.

    A film without them (every version 1 file) is not told, row by row, that
    it lists no poster and no TMDb number.
    """
    return tuple(row for row in rows if row.values)


def _cast(film: Film) -> Section:
    people = film.people
    directors, writers = people.directors, people.writers
    return Section(
        "cast",
        translate("presentation", "Cast & Crew"),
        (
            Row(
                "directors",
                translate("presentation", "Director")
                if len(directors) == 1
                else translate("presentation", "Directors"),
                directors,
            ),
            Row(
                "writers",
                translate("presentation", "Writer")
                if len(writers) == 1
                else translate("presentation", "Writers"),
                writers,
            ),
            _names_row(
                "cast",
                translate("presentation", "Cast"),
                [(member.name, member.role) for member in people.cast],
            )._replace(pictures=tuple(member.photo or "" for member in people.cast)),
            *_present_only(
                _names_row(
                    "crew",
                    translate("presentation", "Crew"),
                    [(member.name, member.job) for member in people.crew],
                ),
            ),
        ),
    )


def _names_row(key: str, label: str, people: list[tuple[str, str | None]]) -> Row:
    """People by name, each with what they played or did beside them where any says."""
    return Row(
        key,
        label,
        tuple(name for name, _note in people),
        (),
        tuple(note or "" for _name, note in people) if any(note for _name, note in people) else (),
    )


def _scores(locale: QLocale, film: Film) -> Row:
    scores = sorted(film.scores, key=lambda score: not score.default)
    return Row(
        "scores",
        translate("presentation", "Scores"),
        tuple(formatting.score(locale, score.source, score.value, score.scale) for score in scores),
        (),
        tuple(
            formatting.score_count(locale, score.source, score.votes) if score.votes else ""
            for score in scores
        )
        if any(score.votes for score in scores)
        else (),
    )


def _image_row(key: str, label: str, image: Image | None) -> Row:
    if image is None:
        return Row(key, label)
    shown = image.path or translate("presentation", "On the web")
    return Row(key, label, (shown,), (image.url,) if image.url else ())


def _summaries(film: Film) -> tuple[SummaryItem, ...]:
    items = [SummaryItem(s.text, s.author, s.outline) for s in film.summaries]
    # The outline leads wherever the file lists it; the rest keep their order.
    return tuple(sorted(items, key=lambda item: not item.outline))


def _rating(film: Film) -> str:
    rating = film.details.rating
    if rating is None:
        return ""
    return f"{rating.certificate} ({rating.system})" if rating.system else rating.certificate


def _money(locale: QLocale, money: Money | None) -> tuple[str, ...]:
    return _one(formatting.money(locale, money.amount, money.currency) if money else "")


def _weekend(locale: QLocale, weekend: OpeningWeekend | None) -> tuple[str, ...]:
    if weekend is None:
        return ()
    gross = formatting.money(locale, weekend.gross.amount, weekend.gross.currency)
    if weekend.date is None:
        return (gross,)
    return (f"{gross} \N{MIDDLE DOT} {formatting.long_date(locale, weekend.date)}",)


def paragraphs(text: str) -> list[str]:
    """The paragraphs of prose, as shown: separated by blank lines, each on one line.

    Single line breaks inside a paragraph become spaces; lines made only of
    white space or invisible characters separate paragraphs.
    """
    normalised = _LINE_BREAK.sub("\n", text)
    result: list[str] = []
    paragraph: list[str] = []
    for line in normalised.split("\n"):
        stripped = line.strip()
        if stripped and not is_blank(stripped):
            paragraph.append(stripped)
        elif paragraph:
            result.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        result.append(" ".join(paragraph))
    return result


_LINE_BREAK = Pattern("\r\n|[\r\u2028\u2029\x85]")


def _one(value: str) -> tuple[str, ...]:
    return (value,) if value else ()


def sheet_to_dict(sheet: FilmSheet) -> dict[str, Any]:
    """The sheet as JSON-ready data (for the sheet cache)."""
    data: dict[str, Any] = _plain(sheet)
    return data


def _plain(value: Any) -> Any:
    """NamedTuples as dicts and tuples as lists, all the way down: JSON-ready."""
    if hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def sheet_from_dict(data: dict[str, Any]) -> FilmSheet:
    """Rebuild a sheet from ``sheet_to_dict`` data; ValueError if it is not that shape."""
    try:
        return FilmSheet(
            title=_text(data["title"]),
            year=_text(data["year"]),
            rating=_text(data["rating"]),
            runtime=_text(data["runtime"]),
            genres=_texts(data["genres"]),
            summaries=tuple(
                SummaryItem(_text(s["text"]), _optional_text(s["author"]), s["outline"] is True)
                for s in data["summaries"]
            ),
            details=_section_from_dict(data["details"], "details"),
            box_office=_section_from_dict(data["box_office"], "box_office"),
            tech_specs=_section_from_dict(data["tech_specs"], "tech_specs"),
            synopsis=_text(data["synopsis"]),
            cast=_section_from_dict(data["cast"], "cast"),
            original_title=_text(data["original_title"]),
            tagline=_text(data["tagline"]),
            poster=_text(data["poster"]),
            fanart=_text(data["fanart"]),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a film sheet: {error}") from None


def _section_from_dict(data: dict[str, Any], key: str) -> Section:
    if data["key"] != key:
        raise ValueError(f"expected the {key} section")
    rows = tuple(
        Row(
            _text(row["key"]),
            _text(row["label"]),
            _texts(row["values"]),
            tuple(_optional_text(link) for link in row["links"]),
            _texts(row["notes"]),
            _texts(row["pictures"]),
        )
        for row in data["rows"]
    )
    return Section(key, _text(data["title"]), rows)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _texts(values: object) -> tuple[str, ...]:
    if not isinstance(values, list | tuple):
        raise TypeError(f"expected a list, found {type(values).__name__}")
    return tuple(_text(value) for value in values)
