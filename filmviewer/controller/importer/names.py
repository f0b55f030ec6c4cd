"""Names a title page runs together on one line: countries, languages, genres, colours, sound."""

from __future__ import annotations

import functools
from typing import Final

from PySide6.QtCore import QLocale

from filmviewer.controller.importer.values import KnownNames

# Names title pages use that Qt's list (today's countries, CLDR's languages) lacks.
_FORMER_COUNTRIES: Final = (
    "Soviet Union",
    "West Germany",
    "East Germany",
    "Czechoslovakia",
    "Czech Republic",
    "Yugoslavia",
    "Federal Republic of Yugoslavia",
    "Serbia and Montenegro",
    "Korea",
    "Burma",
    "Zaire",
    "Turkey",
    "Occupied Palestinian Territory",
)
_MORE_LANGUAGES: Final = (
    "Mandarin",
    "Cantonese",
    "Min Nan",
    "Shanghainese",
    "Hokkien",
    "American Sign Language",
    "British Sign Language",
    "Sign Languages",
    "Aboriginal",
    "Old English",
    "Serbo-Croatian",
    "Flemish",
    "Farsi",
    "Filipino",
    "Tagalog",
    "Klingon",
    "None",
)
GENRES: Final = (
    "Action",
    "Adult",
    "Adventure",
    "Animation",
    "Biography",
    "Comedy",
    "Crime",
    "Documentary",
    "Drama",
    "Family",
    "Fantasy",
    "Film-Noir",
    "Film Noir",
    "Game-Show",
    "History",
    "Horror",
    "Music",
    "Musical",
    "Mystery",
    "News",
    "Reality-TV",
    "Romance",
    "Sci-Fi",
    "Science Fiction",
    "Short",
    "Sport",
    "Talk-Show",
    "Thriller",
    "War",
    "Western",
)
COLORS: Final = ("Color", "Colour", "Black and White", "Colorized", "Tinted", "Sepia")
SOUND_MIXES: Final = (
    "Mono",
    "Stereo",
    "Silent",
    "Dolby",
    "Dolby Digital",
    "Dolby Digital EX",
    "Dolby Atmos",
    "Dolby Stereo",
    "Dolby SR",
    "Dolby Surround 7.1",
    "Dolby Surround",
    "DTS",
    "DTS-ES",
    "DTS-Stereo",
    "DTS:X",
    "DTS-X",
    "DTS 70 mm",
    "SDDS",
    "Datasat",
    "Auro 11.1",
    "IMAX 6-Track",
    "IMAX 12-Track",
    "12-Track Digital Sound",
    "70 mm 6-Track",
    "Sonics-DDP",
    "Ultra Stereo",
    "Perspecta Stereo",
    "4-Track Stereo",
    "Westrex Recording System",
    "RCA Sound Recording",
    "Western Electric Sound System",
    "Matrix Surround",
)


@functools.cache
def countries() -> KnownNames:
    """Every territory Qt names in English, and former countries title pages still name."""
    named = {QLocale.territoryToString(territory) for territory in QLocale.Country}
    named.discard("Default")
    return KnownNames([*named, *_FORMER_COUNTRIES])


@functools.cache
def languages() -> KnownNames:
    """Every language Qt names in English, and the ones title pages name otherwise."""
    named = {QLocale.languageToString(language) for language in QLocale.Language}
    named -= {"Default", "C"}
    return KnownNames([*named, *_MORE_LANGUAGES])


@functools.cache
def genres() -> KnownNames:
    return KnownNames(GENRES)


@functools.cache
def colors() -> KnownNames:
    return KnownNames(COLORS)


@functools.cache
def sound_mixes() -> KnownNames:
    return KnownNames(SOUND_MIXES)
