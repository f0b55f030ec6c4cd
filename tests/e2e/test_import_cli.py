"""filmviewer --import, run as a user runs it: a title page in, a film file out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT

PAGES = ROOT / "tests" / "data" / "pages"
SEED = PAGES / "stalin-1992-copied.txt"


def test_the_seed_page_with_its_title_gives_the_bundled_film(run) -> None:
    process = run("--import", SEED, "--title", "Stalin", "--year", "1992")
    assert process.returncode == 0, process.stderr
    bundled = json.loads((ROOT / "data" / "stalin-1992.json").read_text(encoding="utf-8"))
    assert json.loads(process.stdout) == bundled
    assert process.stderr.splitlines() == [
        "warning: line 30, “Production companies”: the names are run together on one line; "
        "split where a word such as Films or Productions ends a name: HBO Films | Magyar "
        "Televízió Müvelödési Föszerkesztöség (MTV) (I) | Mark Carliner Productions"
    ]


def test_without_a_title_the_seed_page_is_refused_saying_why(run) -> None:
    process = run("--import", SEED)
    assert process.returncode == 1
    assert process.stdout == ""
    assert "does not show the film's title" in process.stderr
    assert "--title" in process.stderr


@pytest.mark.parametrize(
    ("page", "given"),
    [
        ("glass-orchard.txt", ()),
        ("quiet-harbour.txt", ("--title", "A Quiet Harbour")),
        ("cold-archive.txt", ()),
        ("night-ferry.html", ()),
        ("paper-moons.html", ()),
        ("clipboard-stalin.html", ("--title", "Stalin", "--year", "1992")),
    ],
)
def test_every_imported_film_passes_check(run, tmp_path: Path, page: str, given) -> None:
    film = tmp_path / "film.json"
    process = run("--import", PAGES / page, "-o", film, *given)
    assert process.returncode == 0, process.stderr
    assert all(line.startswith("warning: ") for line in process.stderr.splitlines())
    checked = run("--check", film)
    assert checked.stdout == f"{film}: ok\n"


def test_a_page_on_standard_input_and_a_file_never_overwritten(run, tmp_path: Path) -> None:
    page = "The Cartographer (1949)\n\nSynopsis\n\nA surveyor maps a valley.\n"
    process = run("--import", "-", stdin=page)
    assert process.returncode == 0, process.stderr
    assert json.loads(process.stdout) == {
        "format_version": 2,
        "title": "The Cartographer",
        "year": 1949,
        "synopsis": "A surveyor maps a valley.",
    }
    existing = tmp_path / "kept.json"
    existing.write_text("mine", encoding="utf-8")
    refused = run("--import", "-", "-o", existing, stdin=page)
    assert refused.returncode == 1
    assert "exists; not overwritten" in refused.stderr
    assert existing.read_text(encoding="utf-8") == "mine"


def test_what_is_no_title_page_fails_with_one_line(run, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Anna,\nthe ferry leaves at nine.\n", encoding="utf-8")
    process = run("--import", letter)
    assert process.returncode == 1
    assert process.stdout == ""
    assert process.stderr.splitlines() == [
        f"filmviewer: {letter}: this is not a film's title page: it has none of the sections "
        "Summaries, Details, Box office, Tech specs or Synopsis"
    ]
    assert run("--import", tmp_path / "missing.txt").returncode == 1


@pytest.mark.parametrize(
    "args",
    [
        ("--title", "Stalin"),
        ("--import", "-", "--year", "nineteen"),
        ("--import", "-", "--format", "json"),
    ],
)
def test_usage_errors(run, args) -> None:
    assert run(*args).returncode == 2


def test_real_pages_become_films_that_check_ok_and_non_films_write_nothing(
    run, tmp_path: Path
) -> None:
    from tests.conftest import real
    from tests.unit.test_importer_real import FILMS

    written = []
    for name in [*FILMS[::4], "NOT-A-FILM_imdb_2020_futurama-tv-series_jsonld-tvseries.html"]:
        out = tmp_path / f"{name}.json"
        process = run("--import", real(f"html/{name}"), "-o", out)
        if name.startswith("NOT-A-FILM"):
            assert process.returncode == 1
            assert len(process.stderr.splitlines()) == 1
            assert "not a film" in process.stderr
            assert not out.exists()
        else:
            assert process.returncode == 0, process.stderr
            written.append(out)
    checked = run("--check", *written)
    assert checked.stdout.splitlines() == [f"{path}: ok" for path in written]


def test_a_real_non_film_nfo_is_refused_in_one_line(run) -> None:
    from tests.conftest import real

    path = real("nfo/NOT-A-FILM_nforeader-go_wandavision-s01e01_episodedetails.nfo")
    process = run("--check", path)
    assert process.returncode == 1
    assert process.stdout.splitlines() == [
        f"{path}: file: this is a Kodi TV episode file, not a film file"
    ]
