"""The pydantic models that define the film file format (format version 1)."""

from __future__ import annotations

import datetime
from typing import Annotated, Final, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from filmviewer.model.links import MAX_URL_LENGTH, is_web_address
from filmviewer.model.problems import QT_TRANSLATE_NOOP
from filmviewer.model.text import LINE_BREAKS, describe_character, is_blank, refused_character

FORMAT_VERSION: Final = 1

MAX_LINE: Final = 1_000
"""Characters in one-line text: a title, a name, a keyword, a place."""
MAX_SUMMARY: Final = 100_000
"""Characters in one summary."""
MAX_SYNOPSIS: Final = 2_000_000
"""Characters in a synopsis: a long novel; real synopses are under 100,000."""
MAX_ITEMS: Final = 10_000
"""Entries in one list: keywords, summaries, places, companies."""


class _Strict(BaseModel):
    """Base of every model: immutable, strict types, unknown keys rejected."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        strict=True,
    )


def _one_line(value: str) -> str:
    return _checked(value, one_line=True)


def _prose(value: str) -> str:
    return _checked(value, one_line=False)


RULES: Final = {
    "blank": QT_TRANSLATE_NOOP(
        "problems", "must not be empty, or only spaces and invisible characters"
    ),
    "line_break": QT_TRANSLATE_NOOP(
        "problems", "holds {character} at character {offset}; this text is one line"
    ),
    "refused_character": QT_TRANSLATE_NOOP(
        "problems", "holds {character} at character {offset}, which film text may not hold"
    ),
    "currency_code": QT_TRANSLATE_NOOP(
        "problems", "must be a three-letter ISO 4217 code such as USD"
    ),
    "web_address": QT_TRANSLATE_NOOP(
        "problems", "must be an http:// or https:// address with a valid host and port"
    ),
    "decimals": QT_TRANSLATE_NOOP("problems", "may have at most three decimal places, e.g. 1.85"),
    "two_outlines": QT_TRANSLATE_NOOP("problems", "only one summary can be the outline"),
}
"""The model's own rules, by pydantic error type, in words the interface translates."""


def _broken(rule: str, **context: object) -> PydanticCustomError:
    return PydanticCustomError(rule, RULES[rule], context or None)


def _checked(value: str, *, one_line: bool) -> str:
    refused = refused_character(value, one_line=one_line)
    if refused is not None:
        offset, char = refused
        rule = "line_break" if char in LINE_BREAKS else "refused_character"
        raise _broken(rule, character=describe_character(char), offset=offset + 1)
    if is_blank(value):
        raise _broken("blank")
    return value


def _currency_code(value: str) -> str:
    if len(value) != 3 or not value.isascii() or not value.isupper() or not value.isalpha():
        raise _broken("currency_code")
    return value


def _web_address(value: str) -> str:
    if not is_web_address(value):
        raise _broken("web_address")
    return value


def _three_decimals(value: float) -> float:
    if abs(round(value, 3) - value) > 1e-9:
        raise _broken("decimals")
    return value


Text = Annotated[str, Field(max_length=MAX_LINE), AfterValidator(_one_line)]
"""One line of text: a title, a name, a keyword, a place."""

Prose = Annotated[str, Field(max_length=MAX_SUMMARY), AfterValidator(_prose)]
"""Running text: a summary. Line breaks and tabs are kept."""

Synopsis = Annotated[str, Field(max_length=MAX_SYNOPSIS), AfterValidator(_prose)]
"""The full plot."""

WebAddress = Annotated[str, Field(max_length=MAX_URL_LENGTH), AfterValidator(_web_address)]

Items = Annotated[tuple[Text, ...], Field(max_length=MAX_ITEMS)]


class Money(_Strict):
    """An amount of money in whole units of one currency."""

    amount: int = Field(ge=0, le=10**15, description="Whole currency units, e.g. 10000000.")
    currency: Annotated[str, AfterValidator(_currency_code)] = Field(
        description="ISO 4217 currency code, e.g. USD or EUR.",
        json_schema_extra={"pattern": "^[A-Z]{3}$"},
    )


class OpeningWeekend(_Strict):
    """Takings of a film's first weekend in a market."""

    gross: Money = Field(description="What the film took over its opening weekend.")
    date: datetime.date | None = Field(None, description="The weekend's first day, YYYY-MM-DD.")


class Summary(_Strict):
    """One plot summary, as written by one person."""

    text: Prose = Field(description="The summary, as plain text.")
    author: Text | None = Field(None, description="Who wrote it, if known.")
    outline: bool = Field(
        False, description="True for the one short outline, shown before the other summaries."
    )


class Rating(_Strict):
    """An age rating under one rating system."""

    certificate: Text = Field(description="The rating itself, e.g. TV-MA or PG-13.")
    system: Text | None = Field(None, description="Who issued it, e.g. MPA or BBFC.")


class Site(_Strict):
    """A web site about the film."""

    name: Text = Field(description="The site's name as shown, e.g. MGM.")
    url: WebAddress | None = Field(None, description="Its http:// or https:// address, if known.")


class Details(_Strict):
    """Facts about the film's content, origin and release."""

    keywords: Items = Field((), description="Plot and theme keywords.")
    genres: Items = Field((), description="Genres, most fitting first.")
    release_date: datetime.date | None = Field(None, description="First release, YYYY-MM-DD.")
    rating: Rating | None = Field(None, description="Age rating.")
    countries_of_origin: Items = Field((), description="Producing countries.")
    official_sites: tuple[Site, ...] = Field(
        (), max_length=1_000, description="Official web sites."
    )
    languages: Items = Field((), description="Spoken languages.")
    filming_locations: Items = Field(
        (), description="Places where it was shot; one place per item."
    )
    production_companies: Items = Field((), description="Companies.")


class BoxOffice(_Strict):
    """Budget and takings."""

    budget: Money | None = Field(None, description="Production budget.")
    gross_us_canada: Money | None = Field(None, description="Total gross in the US and Canada.")
    opening_weekend_us_canada: OpeningWeekend | None = Field(
        None, description="Opening weekend in the US and Canada."
    )
    gross_worldwide: Money | None = Field(None, description="Total gross worldwide.")


class TechSpecs(_Strict):
    """Technical specifications."""

    runtime_minutes: int | None = Field(
        None, gt=0, le=100_000, description="Running time in whole minutes."
    )
    color: Items = Field((), description="Colour processes, e.g. Color.")
    aspect_ratio: Annotated[float, AfterValidator(_three_decimals)] | None = Field(
        None,
        ge=0.5,
        le=12,
        allow_inf_nan=False,
        description="Width to height, e.g. 1.33 for 1.33 : 1; from 0.5 to 12, "
        "at most three decimal places.",
    )
    sound_mix: Items = Field((), description="Sound systems, e.g. Dolby.")


class Film(_Strict):
    """One film: everything but the title is optional."""

    model_config = ConfigDict(
        title="Film Viewer film file",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format_version: Literal[1] = Field(
        FORMAT_VERSION, description="Version of this file format; 1 for now."
    )
    title: Text = Field(description="The film's title.")
    year: int | None = Field(None, ge=1870, le=2200, description="Year of first release.")
    summaries: tuple[Summary, ...] = Field(
        (), max_length=MAX_ITEMS, description="Plot summaries; at most one outline."
    )
    details: Details = Field(default_factory=Details, description="Content, origin and release.")
    box_office: BoxOffice = Field(
        default_factory=BoxOffice, description="Budget and grosses, in whole currency units."
    )
    tech_specs: TechSpecs = Field(
        default_factory=TechSpecs, description="Running time, colour, aspect ratio and sound."
    )
    synopsis: Synopsis | None = Field(
        None, description="The full plot; paragraphs separated by blank lines."
    )

    @field_validator("summaries")
    @classmethod
    def _one_outline(cls, summaries: tuple[Summary, ...]) -> tuple[Summary, ...]:
        if sum(summary.outline for summary in summaries) > 1:
            raise _broken("two_outlines")
        return summaries
