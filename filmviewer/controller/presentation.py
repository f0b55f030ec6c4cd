"""What the window shows of a film: display-ready text built from the model.

A FilmSheet is plain data (strings and tuples), so the views only lay it out
and the copy formats render the same words the user sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QLocale

from filmviewer.controller import formatting
from filmviewer.i18n import translate
from filmviewer.lazy import Pattern
from filmviewer.model.text import is_blank

if TYPE_CHECKING:
    from filmviewer.model.film import Film, Money, OpeningWeekend


class Row(NamedTuple):
    """A labelled fact; no values means the film does not list it."""

    key: str
    label: str
    values: tuple[str, ...] = ()
    links: tuple[str | None, ...] = ()
    """Web addresses, index for index with ``values``, where the value has one."""
    notes: tuple[str, ...] = ()
    """A quieter second text, index for index with ``values`` (a role, an address), or none."""

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
    }
    return texts[key]


def not_listed() -> str:
    """What a row shows when the film does not list its value."""
    return translate("presentation", "Not listed")


def present(film: Film, locale: QLocale) -> FilmSheet:
    """Turn a validated film into what the window shows, in ``locale``."""
    details, box, tech = film.details, film.box_office, film.tech_specs
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
                Row("keywords", translate("presentation", "Keywords"), details.keywords),
                Row("genres", translate("presentation", "Genres"), details.genres),
                Row("release_date", translate("presentation", "Release date"), _one(release)),
                Row("rating", translate("presentation", "Rating"), _one(rating)),
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
                    _one(formatting.aspect_ratio(tech.aspect_ratio) if tech.aspect_ratio else ""),
                ),
                Row("sound_mix", translate("presentation", "Sound mix"), tech.sound_mix),
            ),
        ),
        synopsis=film.synopsis or "",
    )


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
