"""The controller opens files and reports by signals, keeping the film on failure."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from filmviewer.controller.document import FilmController, describe_problems
from filmviewer.model.problems import FilmFileError, problem
from tests.conftest import BUNDLED

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

# The controller watches the open file, which takes an application's event loop.
pytestmark = pytest.mark.usefixtures("qapp")


def recorder(signal) -> list[object]:
    seen: list[object] = []
    signal.connect(seen.append)
    return seen


def test_open_emits_the_loaded_document() -> None:
    controller = FilmController(US)
    loaded = recorder(controller.film_loaded)
    assert controller.open(BUNDLED)
    assert loaded == [controller.current]
    assert controller.current is not None
    assert controller.current.path == BUNDLED
    assert controller.current.sheet.title == "Stalin"
    assert controller.current.data["format_version"] == 2
    assert controller.current.data["box_office"] == {
        "budget": {"amount": 10000000, "currency": "USD"}
    }


def test_a_failed_open_reports_and_keeps_the_current_film(film_file) -> None:
    controller = FilmController(US)
    controller.open(BUNDLED)
    failed = recorder(controller.load_failed)
    loaded = recorder(controller.film_loaded)
    bad = film_file("[]")
    assert not controller.open(bad)
    assert loaded == []
    assert len(failed) == 1
    error = failed[0]
    assert isinstance(error, FilmFileError)
    assert error.path == bad
    assert controller.current is not None
    assert controller.current.sheet.title == "Stalin"


def test_describe_problems_caps_the_list() -> None:
    error = FilmFileError("x.json", [problem(f"k{i}", "bad") for i in range(25)])
    lines = describe_problems(error, limit=20).split("\n")
    assert lines[0] == "k0: bad"
    assert lines[-1] == "… and 5 more"
    assert len(lines) == 21
