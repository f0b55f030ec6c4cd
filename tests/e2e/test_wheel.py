"""pip install . gives a working filmviewer, with the film and every resource inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.conftest import private_env


def pip(*args: str | Path, python: str = sys.executable) -> None:
    subprocess.run(
        [python, "-m", "pip", "--disable-pip-version-check", "-q", *map(str, args)],
        check=True,
        cwd=ROOT,
        timeout=900,
    )


@pytest.mark.slow
def test_the_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    pip("wheel", "--no-deps", "-c", ROOT / "constraints.txt", "-w", dist, ROOT)
    (wheel,) = dist.glob("filmviewer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for inside in (
        "filmviewer/data/stalin-1992.json",
        "filmviewer/resources/filmviewer.svg",
        "filmviewer/resources/filmviewer.desktop",
        "filmviewer/resources/translations/filmviewer_de.qm",
    ):
        assert inside in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = str(venv / "bin" / "python")
    pip("install", "-c", ROOT / "constraints.txt", wheel, python=python)

    env = private_env(tmp_path)
    filmviewer = str(venv / "bin" / "filmviewer")

    def run(*args: str | Path) -> subprocess.CompletedProcess:
        # Run away from the checkout, so nothing can come from it.
        return subprocess.run(
            [filmviewer, *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    located = subprocess.run(
        [python, "-c", "from filmviewer import bundle; print(bundle.data_path())"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert located.startswith(str(venv))
    check = run("--check", located)
    assert (check.returncode, check.stdout) == (0, f"{located}: ok\n")
    shot = tmp_path / "shot.png"
    assert run("--screenshot", shot, "--tab", "details").returncode == 0
    assert shot.stat().st_size > 10_000
    german = subprocess.run(
        [filmviewer, "--export", "details"],
        capture_output=True,
        text=True,
        env={**env, "LC_ALL": "de_DE.UTF-8"},
        cwd=tmp_path,
        check=True,
    ).stdout
    assert "Erscheinungsdatum:" in german
