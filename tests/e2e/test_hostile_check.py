"""--check on the battery of bad files: one readable line per problem, exit 1, no traceback."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile import CASES, make_each


def test_check_explains_every_bad_file(run, tmp_path: Path) -> None:
    paths = make_each((case.make for case in CASES), tmp_path)
    process = run("--check", *paths)
    assert process.returncode == 1
    assert "Traceback" not in process.stderr
    lines = process.stdout.splitlines()
    for case, path in zip(CASES, paths, strict=True):
        mine = [line for line in lines if line.startswith(f"{path}: ")]
        assert mine, case.name
        assert mine[0] == f"{path}: {case.checked or case.first}", case.name
    assert all(": ok" not in line for line in lines)


def test_check_a_file_it_may_not_read(run, tmp_path: Path) -> None:
    path = tmp_path / "secret.json"
    path.write_text('{"title": "x"}', encoding="utf-8")
    path.chmod(0)
    command = (sys.executable, str(ROOT / "main.py"))
    if os.geteuid() == 0:
        # Root reads any file: run it without the capabilities that let it.
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test this as root"
        command = (setpriv, "--bounding-set=-dac_override,-dac_read_search", *command)
    process = run("--check", path, entry=command)
    assert process.returncode == 1
    assert (
        process.stdout == f"{path}: file: permission denied: Film Viewer may not read this file\n"
    )


@pytest.mark.parametrize("mode", ["--screenshot", "--export"])
def test_other_modes_explain_a_bad_file_too(run, tmp_path: Path, mode: str) -> None:
    for index, case in enumerate(CASES[:3]):
        folder = tmp_path / str(index)
        folder.mkdir()
        path = case.make(folder)
        target = tmp_path / "shot.png" if mode == "--screenshot" else "all"
        process = run(mode, target, path)
        assert process.returncode == 1
        assert process.stderr.splitlines()[1] == case.first
        assert "Traceback" not in process.stderr
