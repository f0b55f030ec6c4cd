"""--list, --check DIR and --screenshot DIR, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QImage

from tests.library_tree import film_json, make_tree


def test_list_prints_path_title_year_sorted_by_title(run, tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    process = run("--list", root)
    assert process.returncode == 0
    assert process.stdout.splitlines() == [
        "path\ttitle\tyear",
        "Sea/Amélie – “Fabuleux” (2001).json\tAmélie\t2001",
        "odd\\nname (1999).json\tOdd Name\t1999",
        "History/Stalin (1992).json\tStalin\t1992",
        "Sea/Night Ferry/The Night Ferry (1987).nfo\tThe Night Ferry\t1987",
    ]
    # The files that are no films are said apart, as --check says them.
    assert process.stderr.splitlines() == [
        f"{root}/Broken/broken.json: line 1, column 19: not valid JSON: a trailing comma; "
        "JSON allows none before “}” or “]”",
        f"{root}/Broken/release.nfo: file: this is a release's notes (a text .nfo with ASCII "
        "art), not a film file: it holds no <movie> element",
    ]


def test_list_filters_and_writes_json(run, tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    process = run("--list", root, "--filter", "year:1990..2001 muvelodesi", "--format", "json")
    assert process.returncode == 0
    assert json.loads(process.stdout) == [
        {"path": "History/Stalin (1992).json", "title": "Stalin", "year": 1992}
    ]


def test_list_searches_every_plot_best_first_with_a_snippet(run, tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    long = " ".join(["The river runs past the town and the hills beyond it."] * 30)
    (root / "Long (1970).json").write_text(
        film_json("Long", year=1970, synopsis=f"{long} Lenin is named once. {long}"),
        encoding="utf-8",
    )
    (root / "Lenin (1930).json").write_text(
        film_json("Lenin", year=1930, synopsis="Lenin speaks. Lenin waits. Lenin returns."),
        encoding="utf-8",
    )
    process = run("--list", root, "--search", "lenin", "--format", "json")
    assert process.returncode == 0
    found = json.loads(process.stdout)
    assert [film["title"] for film in found] == ["Lenin", "Stalin", "Long"]
    assert found[1] == {
        "path": "History/Stalin (1992).json",
        "title": "Stalin",
        "year": 1992,
        "snippet": "Siberia, 1917. A devoted follower of Vladimir Lenin is drafted.",
    }
    assert found[2]["snippet"].startswith("…")
    assert found[2]["snippet"].endswith("…")
    assert "Lenin is named once." in found[2]["snippet"]
    tsv = run("--list", root, "--search", "strangers")
    assert tsv.stdout.splitlines() == [
        "path\ttitle\tyear\tsnippet",
        "Sea/Night Ferry/The Night Ferry (1987).nfo\tThe Night Ferry\t1987\t"
        "The last ferry of the night carries twenty strangers.",
    ]
    filtered = run("--list", root, "--search", "lenin", "--filter", "year:1900..1980")
    assert [line.split("\t")[1] for line in filtered.stdout.splitlines()[1:]] == ["Lenin", "Long"]


def test_list_search_lists_every_film_that_holds_the_words(run, tmp_path: Path) -> None:
    root = tmp_path / "films"
    root.mkdir()
    for number in range(620):
        (root / f"{number:03d}.json").write_text(
            film_json(f"Film {number}", synopsis=f"Scene {number}: a ferry crosses."),
            encoding="utf-8",
        )
    (root / "other.json").write_text(film_json("Other", synopsis="No boat."), encoding="utf-8")
    process = run("--list", root, "--search", "ferry")
    assert process.returncode == 0
    lines = process.stdout.splitlines()
    assert len(lines) == 1 + 620
    assert len({line.split("\t")[1] for line in lines[1:]}) == 620


def test_list_a_folder_it_cannot_read(run, tmp_path: Path) -> None:
    process = run("--list", tmp_path / "missing")
    assert process.returncode == 1
    assert process.stdout == ""
    assert process.stderr == f"filmviewer: cannot read the folder {tmp_path / 'missing'}\n"


def test_list_with_a_filter_it_cannot_read_is_a_usage_error(run, tmp_path: Path) -> None:
    process = run("--list", tmp_path, "--filter", "colour:red")
    assert process.returncode == 2
    assert "no field “colour”" in process.stderr


def test_list_options_go_with_list_or_a_library_screenshot(run, tmp_path: Path) -> None:
    assert run("--filter", "x").returncode == 2
    assert run("--list", tmp_path, "--format", "html").returncode == 2
    film = tmp_path / "film.json"
    film.write_text(film_json("Film"), encoding="utf-8")
    out = tmp_path / "film.png"
    process = run("--screenshot", out, "--filter", "x", film)
    assert process.returncode == 2
    assert "--filter and --search need a library folder" in process.stderr
    assert not out.exists()


def test_check_a_folder_checks_every_film_file_under_it(run, tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    process = run("--check", root)
    assert process.returncode == 1
    lines = process.stdout.splitlines()
    assert f"{root}/History/Stalin (1992).json: ok" in lines
    assert f"{root}/Sea/Night Ferry/The Night Ferry (1987).nfo: ok" in lines
    assert any(line.startswith(f"{root}/Broken/broken.json: line 1, column 19") for line in lines)
    assert not any("Hidden" in line for line in lines)
    assert len(lines) == 6


def test_screenshot_of_a_library(run, tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    out = tmp_path / "library.png"
    process = run("--screenshot", out, "--size", "1000x600", root)
    assert process.returncode == 0, process.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 600)
    # The list on the left: its first row, selected, in the highlight colour.
    highlight = image.pixelColor(150, 82)
    assert highlight != image.pixelColor(600, 82)


def test_an_unchanged_library_opens_without_the_film_model(run, tmp_path: Path) -> None:
    # Its films come from the index: pydantic (70 ms, 17 MiB) is never imported.
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.e2e.conftest import private_env

    root = tmp_path / "films"
    make_tree(root)
    assert run("--list", root).returncode == 0  # the index, built
    opened = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "from filmviewer.configure import configure; configure(app)\n"
            "from filmviewer.controller.library.library import Library\n"
            "library = Library.at(Path(sys.argv[1])); library.load(); library.scan()\n"
            "library.settle()\n"
            "print(library.view.total(), 'pydantic' in sys.modules)\n"
            "library.close()",
            str(root),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=private_env(tmp_path),
        timeout=60,
        check=True,
    )
    assert opened.stdout.split() == ["4", "False"]


def lightness(image: QImage) -> float:
    """The mean lightness of ``image``, 0 (black) to 255 (white), from a grid of points."""
    points = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 20)
        for y in range(0, image.height(), 20)
    ]
    return sum(points) / len(points)


def test_screenshots_of_browsing_and_statistics_light_and_dark(run, tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    shots = {}
    for scheme in ("light", "dark"):
        for view in ("--browse", "--statistics"):
            out = tmp_path / f"{view[2:]}-{scheme}.png"
            process = run("--screenshot", out, view, "--color-scheme", scheme, root)
            assert process.returncode == 0, process.stderr
            shots[view, scheme] = QImage(str(out))
    assert lightness(shots["--browse", "dark"]) < 100 < lightness(shots["--browse", "light"])
    assert (
        lightness(shots["--statistics", "dark"]) < 100 < lightness(shots["--statistics", "light"])
    )
    # The statistics window is pictured, not the main one: no menu bar at its top.
    statistics = shots["--statistics", "light"]
    assert statistics.size() == shots["--browse", "light"].size()
    browse = shots["--browse", "light"]
    assert statistics.pixelColor(15, 8) != browse.pixelColor(15, 8) or lightness(
        statistics
    ) != lightness(browse)


def test_browse_and_statistics_pictures_need_a_library(run, tmp_path: Path) -> None:
    film = tmp_path / "film.json"
    film.write_text(film_json("Film"), encoding="utf-8")
    out = tmp_path / "film.png"
    for option in ("--browse", "--statistics"):
        process = run("--screenshot", out, option, film)
        assert process.returncode == 2
        assert "--browse and --statistics need a library folder" in process.stderr
        assert not out.exists()
