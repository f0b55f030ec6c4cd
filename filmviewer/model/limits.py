"""Limits of the film file format that light code (the command line, the library's index)
checks without importing the film model."""

from __future__ import annotations

from typing import Final

FIRST_YEAR: Final = 1870
"""The earliest year a film can have: the first moving pictures were taken in the 1870s."""
LAST_YEAR: Final = 2200
"""The latest year a film file may give: far enough ahead for films announced."""
