"""--check and --export on .nfo files, as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.hostile import make_each
from tests.hostile_nfo import CASES, SECRET

NFO = Path(__file__).resolve().parent.parent / "data" / "nfo"


def test_check_prints_ok_with_each_warning_and_still_succeeds(run, tmp_path: Path) -> None:
    folder = tmp_path / "film"
    shutil.copytree(NFO / "kodi-v16", folder)
    path = next(folder.glob("*.nfo"))
    process = run("--check", path)
    assert process.returncode == 0
    assert process.stdout.splitlines() == [
        f"{path}: ok, 1 warning",
        f"{path}: warning: file: not shown, as films have no field for them: <playcount>, "
        "<lastplayed>, <trailer>",
    ]
    assert process.stderr == ""


def test_check_runs_the_hostile_battery_without_a_traceback(run, tmp_path: Path) -> None:
    paths = make_each((case.make for case in CASES), tmp_path)
    process = run("--check", *paths)
    assert process.returncode == 1  # some cases are no film at all
    assert "Traceback" not in process.stderr
    assert SECRET not in process.stdout
    lines = process.stdout.splitlines()
    for case, path in zip(CASES, paths, strict=True):
        mine = [line[len(f"{path}: ") :] for line in lines if line.startswith(f"{path}: ")]
        assert tuple(mine) == case.lines, case.name


def test_an_nfo_exports_as_a_version_2_film_that_checks(run, tmp_path: Path) -> None:
    folder = tmp_path / "film"
    shutil.copytree(NFO / "kodi-v19", folder)
    source = next(folder.glob("*.nfo"))
    exported = run("--export", "all", "--format", "json", source)
    assert exported.returncode == 0
    film = json.loads(exported.stdout)
    assert film["format_version"] == 2
    assert film["title"] == "Glass Garden"
    assert [member["name"] for member in film["people"]["cast"]] == [
        "Miriam Sayed",
        "Jonas Brandt",
    ]
    assert film["media"]["video"]["hdr"] == "dolbyvision"
    copy = folder / "Glass Garden.json"
    copy.write_text(exported.stdout, encoding="utf-8")
    assert run("--check", copy).stdout == f"{copy}: ok\n"
    # The JSON copy is the same film: the same text for every tab.
    for tab in ("details", "cast", "tech-specs", "synopsis"):
        from_nfo = run("--export", tab, "--format", "text", source).stdout
        from_json = run("--export", tab, "--format", "text", copy).stdout
        assert from_nfo == from_json, tab
        assert from_nfo.strip()
