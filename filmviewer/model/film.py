"""The pydantic models that define the film file format (format version 2).

Version 2 adds the people, scores, identifiers, collection, artwork and media
details that Kodi's .nfo files and title pages hold; a version 1 file is a
version 2 file without them, so both are read by the same models.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR
from filmviewer.model.links import MAX_URL_LENGTH, is_web_address
from filmviewer.model.problems import QT_TRANSLATE_NOOP
from filmviewer.model.text import LINE_BREAKS, describe_character, is_blank, refused_character

FORMAT_VERSION: Final = 2

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
    # Most text starts with a letter or digit and is all printable: then it holds
    # no refused character (those are never printable) and is not blank. A
    # library checks hundreds of thousands of such values.
    if value[:1].isalnum() and value.isprintable():
        return value
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
    "two_defaults": QT_TRANSLATE_NOOP("problems", "only one score can be the default"),
    "score_above_scale": QT_TRANSLATE_NOOP(
        "problems", "the value {value} is more than the scale's top, {scale}"
    ),
    "imdb_id": QT_TRANSLATE_NOOP(
        "problems", "must be an IMDb title number: tt and at least seven digits, e.g. tt0111161"
    ),
    "relative_path": QT_TRANSLATE_NOOP(
        "problems",
        "must be a path relative to the film's folder, with / between folders and no ..",
    ),
    "image_source": QT_TRANSLATE_NOOP("problems", "needs a path, a url, or both"),
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


def _imdb_id(value: str) -> str:
    if not (
        value.startswith("tt") and len(value) >= 9 and value[2:].isascii() and value[2:].isdigit()
    ):
        raise _broken("imdb_id")
    return value


def _relative_path(value: str) -> str:
    parts = value.split("/")
    if (
        value.startswith("/")
        or "\\" in value
        or (len(parts[0]) >= 2 and parts[0][1] == ":")  # C:\\ or C:/ from Windows
        or any(part in ("", ".", "..") for part in parts)
    ):
        raise _broken("relative_path")
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

RelativePath = Annotated[
    str, Field(max_length=MAX_LINE), AfterValidator(_one_line), AfterValidator(_relative_path)
]
"""A file beside the film: relative to the film's folder, folders separated by /."""

AspectRatio = Annotated[
    float,
    Field(ge=0.5, le=12, allow_inf_nan=False),
    AfterValidator(_three_decimals),
]


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
    aspect_ratio: AspectRatio | None = Field(
        None,
        description="Width to height, e.g. 1.33 for 1.33 : 1; from 0.5 to 12, "
        "at most three decimal places.",
    )
    sound_mix: Items = Field((), description="Sound systems, e.g. Dolby.")


class CastMember(_Strict):
    """One person in the cast, and whom they play."""

    name: Text = Field(description="The actor's name.")
    role: Text | None = Field(None, description="The character played, if known.")
    thumb: WebAddress | None = Field(None, description="A web address of the actor's photo.")
    photo: RelativePath | None = Field(
        None,
        description="The actor's photo: an image file relative to the film's folder, "
        "e.g. .actors/Jane_Doe.jpg.",
    )


class CrewMember(_Strict):
    """One person of the crew besides the directors and writers, and their job."""

    name: Text = Field(description="The person's name.")
    job: Text | None = Field(None, description="What they did, e.g. Producer or Composer.")


class People(_Strict):
    """Who made the film and who is in it."""

    directors: Items = Field((), description="Directors, as credited.")
    writers: Items = Field((), description="Writers, as credited.")
    cast: tuple[CastMember, ...] = Field(
        (), max_length=MAX_ITEMS, description="The cast in billing order."
    )
    crew: tuple[CrewMember, ...] = Field(
        (),
        max_length=MAX_ITEMS,
        description="Producers, composers, editors and the rest of the crew, as credited.",
    )


class Score(_Strict):
    """A score the film was given on one site, e.g. 7.0 out of 10 from 3,421 IMDb votes."""

    source: Text | None = Field(
        None, description="Who gave it, e.g. imdb, themoviedb, metacritic; none if unknown."
    )
    value: float = Field(ge=0, le=1_000_000, allow_inf_nan=False, description="The score.")
    scale: float = Field(
        10, gt=0, le=1_000_000, allow_inf_nan=False, description="The best possible score."
    )
    votes: int | None = Field(None, ge=0, le=10**12, description="How many votes it is from.")
    default: bool = Field(False, description="True for the one score to show first.")

    @model_validator(mode="after")
    def _within_scale(self) -> Score:
        if self.value > self.scale:
            raise _broken("score_above_scale", value=f"{self.value:g}", scale=f"{self.scale:g}")
        return self


class Identifier(_Strict):
    """The film's number or code in one catalogue."""

    source: Text = Field(description="The catalogue, e.g. tvdb or home.")
    value: Text = Field(description="The film's identifier there.")


class Identifiers(_Strict):
    """Where the film is listed in the film catalogues."""

    imdb: Annotated[str, Field(max_length=20), AfterValidator(_imdb_id)] | None = Field(
        None,
        description="IMDb title number, e.g. tt0111161.",
        json_schema_extra={"pattern": "^tt[0-9]{7,}$"},
    )
    tmdb: int | None = Field(None, gt=0, le=10**12, description="The Movie Database's id.")
    others: tuple[Identifier, ...] = Field(
        (), max_length=100, description="Identifiers in other catalogues."
    )


class Collection(_Strict):
    """The series or collection a film belongs to, e.g. a trilogy."""

    name: Text = Field(description="The collection's name.")
    overview: Prose | None = Field(None, description="What the collection is.")


class Image(_Strict):
    """A picture of the film: a file beside it, a web address, or both."""

    path: RelativePath | None = Field(
        None, description="An image file, relative to the film's folder, e.g. poster.jpg."
    )
    url: WebAddress | None = Field(None, description="Where the image is on the web.")

    @model_validator(mode="after")
    def _somewhere(self) -> Image:
        if self.path is None and self.url is None:
            raise _broken("image_source")
        return self


class Artwork(_Strict):
    """The film's pictures. Film Viewer shows local files only; addresses are links."""

    poster: Image | None = Field(None, description="The poster.")
    fanart: Image | None = Field(None, description="A wide still or backdrop.")


class Video(_Strict):
    """The video stream of the film's file."""

    codec: Text | None = Field(None, description="e.g. h264, hevc.")
    width: int | None = Field(None, gt=0, le=100_000, description="Pixels across.")
    height: int | None = Field(None, gt=0, le=100_000, description="Pixels down.")
    aspect_ratio: AspectRatio | None = Field(None, description="Width to height, e.g. 1.778.")
    hdr: Text | None = Field(None, description="The HDR format, e.g. hdr10 or dolbyvision.")
    duration_seconds: int | None = Field(
        None, gt=0, le=10_000_000, description="Length of the file's video."
    )
    stereo_mode: Text | None = Field(
        None,
        description="How a 3D video holds its two views, e.g. left_right or top_bottom "
        "(Kodi's and Matroska's names); none for 2D.",
    )


class AudioTrack(_Strict):
    """One audio track of the film's file."""

    codec: Text | None = Field(None, description="e.g. ac3, dts, truehd.")
    language: Text | None = Field(
        None, description="The track's language, as an ISO 639 code (eng) or a name."
    )
    channels: int | None = Field(None, gt=0, le=64, description="e.g. 6 for 5.1 sound.")


class Media(_Strict):
    """What the film's video file holds."""

    video: Video | None = Field(None, description="The video stream.")
    audio: tuple[AudioTrack, ...] = Field(
        (), max_length=1_000, description="Audio tracks, in the file's order."
    )
    subtitles: Items = Field((), description="Subtitle languages, as ISO 639 codes or names.")


class Film(_Strict):
    """One film: everything but the title is optional."""

    model_config = ConfigDict(
        title="Film Viewer film file",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format_version: Literal[1, 2] = Field(
        FORMAT_VERSION,
        description="Version of this file format: 2, or 1 for files without people, "
        "scores, identifiers, collection, artwork and media.",
    )
    title: Text = Field(description="The film's title.")
    original_title: Text | None = Field(
        None, description="The title in the film's own language, where it differs."
    )
    sort_title: Text | None = Field(None, description="The title to sort by, e.g. Alien 1.")
    tagline: Text | None = Field(None, description="The poster's one-line slogan.")
    year: int | None = Field(
        None, ge=FIRST_YEAR, le=LAST_YEAR, description="Year of first release."
    )
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
    people: People = Field(default_factory=People, description="Directors, writers and cast.")
    scores: tuple[Score, ...] = Field(
        (), max_length=100, description="Scores from rating sites; at most one default."
    )
    user_rating: int | None = Field(
        None, ge=0, le=10, description="The owner's own rating, 0 to 10."
    )
    top250: int | None = Field(None, ge=1, le=250, description="Place in IMDb's Top 250.")
    identifiers: Identifiers = Field(
        default_factory=Identifiers, description="IMDb, TMDb and other catalogue numbers."
    )
    collection: Collection | None = Field(None, description="The collection it belongs to.")
    artwork: Artwork = Field(default_factory=Artwork, description="Poster and fanart.")
    media: Media = Field(default_factory=Media, description="Video, audio and subtitles.")
    date_added: datetime.date | None = Field(
        None, description="When the film joined the owner's collection, YYYY-MM-DD."
    )

    @field_validator("summaries")
    @classmethod
    def _one_outline(cls, summaries: tuple[Summary, ...]) -> tuple[Summary, ...]:
        if sum(summary.outline for summary in summaries) > 1:
            raise _broken("two_outlines")
        return summaries

    @field_validator("scores")
    @classmethod
    def _one_default(cls, scores: tuple[Score, ...]) -> tuple[Score, ...]:
        if sum(score.default for score in scores) > 1:
            raise _broken("two_defaults")
        return scores
