"""How a page's sources are weighed: which says what the page is about, and which wins for
each field of the film.

Trust, most first: schema.org JSON-LD, the site's page data (IMDb's
``__NEXT_DATA__``, Rotten Tomatoes' scores), microdata, meta tags, then the
page's text. Field by field, the most trusted source that gives a value
gives it; a section (details, box office, …) is merged key by key, a
value (a list, a money amount, a rating) is never mixed from two sources.
Three fields are unions: the summaries (the structured outline first, then
the text's signed summaries), the scores (one per site, each with its
source) and the other identifiers.

The page's subject is what the most trusted source that says one says it
is: a film (or a film released on video, said so); anything else is
refused. A page no source calls anything is a film only if its text is a
title page's (its sections, its labels).
"""

from __future__ import annotations

from typing import Any, Final

from filmviewer.controller.importer.found import (
    EPISODE,
    FILM_KINDS,
    GAME,
    MUSIC,
    PERSON,
    TV,
    VIDEO,
    Found,
    keep_summary,
)
from filmviewer.i18n import translate
from filmviewer.model.problems import QT_TRANSLATE_NOOP, Message, Problem, message, problem

_ABOUT: Final = {
    TV: QT_TRANSLATE_NOOP(
        "problems", "this page is about a TV series, not a film (its {source} says {said})"
    ),
    EPISODE: QT_TRANSLATE_NOOP(
        "problems", "this page is about a TV episode, not a film (its {source} says {said})"
    ),
    PERSON: QT_TRANSLATE_NOOP(
        "problems", "this page is about a person, not a film (its {source} says {said})"
    ),
    GAME: QT_TRANSLATE_NOOP(
        "problems", "this page is about a video game, not a film (its {source} says {said})"
    ),
    MUSIC: QT_TRANSLATE_NOOP(
        "problems", "this page is about music, not a film (its {source} says {said})"
    ),
}
_OTHERWISE: Final = QT_TRANSLATE_NOOP(
    "problems", "this page is not about a film (its {source} says {said})"
)

SECTIONS: Final = frozenset(
    {"details", "box_office", "tech_specs", "people", "identifiers", "artwork", "media"}
)
"""Parts of a film merged key by key; everything else is one value, taken whole."""


def subject(founds: list[Found]) -> tuple[Message | None, list[Problem]]:
    """Why the page is no film's (None if it is a film's), and what was decided on the way.

    None and no warnings also where no source says what the page is about:
    the caller decides by its text.
    """
    claims = [(found.source, kind, said) for found in founds for kind, said in found.kinds]
    if not claims:
        return None, []
    source, kind, said = claims[0]
    if kind not in FILM_KINDS:
        return message(
            _ABOUT.get(kind, _OTHERWISE), source=translate("problems", source), said=said
        ), []
    warnings = []
    for other_source, other_kind, other_said in claims[1:]:
        if other_kind == kind:
            continue
        if other_kind == VIDEO or kind == VIDEO:
            template = QT_TRANSLATE_NOOP(
                "problems",
                "imported as a film: its {source} says {said}, its {other} says {other_said} "
                "(a film made for video)",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "problems",
                "imported as a film: its {source} says {said}, though its {other} says "
                "{other_said}",
            )
        warnings.append(
            problem(
                "page",
                template,
                source=translate("problems", source),
                said=said,
                other=translate("problems", other_source),
                other_said=other_said,
            )
        )
        break
    return None, warnings


def merged(founds: list[Found]) -> dict[str, Any]:
    """The film's data from every source, field by field, the most trusted first."""
    film: dict[str, Any] = {}
    for found in founds:
        for key, value in found.data.items():
            if key == "summaries":
                _summaries(film, value)
            elif key == "scores":
                _scores(film, value)
            elif key in SECTIONS and isinstance(value, dict):
                section = film.setdefault(key, {})
                for field, item in value.items():
                    if key == "identifiers" and field == "others":
                        known = {other["source"] for other in section.get("others", [])}
                        section.setdefault("others", []).extend(
                            other for other in item if other["source"] not in known
                        )
                    else:
                        section.setdefault(field, item)
            else:
                film.setdefault(key, value)
    return film


def _summaries(film: dict[str, Any], summaries: list[dict[str, Any]]) -> None:
    kept = film.setdefault("summaries", [])
    for summary in summaries:
        keep_summary(kept, summary)


def _scores(film: dict[str, Any], scores: list[dict[str, Any]]) -> None:
    kept = film.setdefault("scores", [])
    for score in scores:
        if any(other.get("source") == score.get("source") for other in kept):
            continue
        kept.append(score)
