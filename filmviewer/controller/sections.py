"""The sections of a film, as the tabs, the copies and the command line name them."""

from __future__ import annotations

from typing import Final

SECTIONS: Final = ("summaries", "details", "cast", "box-office", "tech-specs", "synopsis")
"""Section names in tab order, as the command line and the settings spell them."""

DATA_KEYS: Final = {
    "summaries": ("summaries",),
    "details": (
        "original_title",
        "sort_title",
        "tagline",
        "details",
        "scores",
        "user_rating",
        "top250",
        "collection",
        "identifiers",
        "date_added",
        "artwork",
    ),
    "cast": ("people",),
    "box-office": ("box_office",),
    "tech-specs": ("tech_specs", "media"),
    "synopsis": ("synopsis",),
}
"""The film format's keys each section shows (what a JSON copy of the section holds)."""
