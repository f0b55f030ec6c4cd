"""Start-up: imports only what the first frame needs, survives a start that died, ends cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.films import worst_case, write
from tests.conftest import BUNDLED, ROOT
from tests.e2e.conftest import private_env


def imported_modules(run, *args) -> set[str]:
    process = run("-X", "importtime", ROOT / "main.py", *args, entry=(sys.executable,))
    assert process.returncode == 0, process.stderr
    return {
        line.split("|")[-1].strip()
        for line in process.stderr.splitlines()
        if line.startswith("import time:")
    }


def test_a_warm_start_skips_validation_and_a_single_film_never_loads_the_library(
    run, tmp_path
) -> None:
    shot = tmp_path / "shot.png"
    first = imported_modules(run, "--screenshot", shot)
    second = imported_modules(run, "--screenshot", shot)
    assert "pydantic" in first
    assert "filmviewer.ui.main_window" in second
    for unneeded in ("pydantic", "_hashlib", "filmviewer.ui.find_bar", "lxml"):
        assert unneeded not in second
    # A single film, cold or warm, never pays for the library.
    for modules in (first, second):
        for library_only in ("filmviewer.controller.library", "sqlite3", "_sqlite3"):
            assert library_only not in modules


def settings_text(home: Path) -> str:
    path = home / "config" / "filmviewer" / "filmviewer.conf"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for(check, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def start(home: Path, *args: str | Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        env=private_env(home, **env),
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_a_start_that_died_opening_a_film_is_not_repeated(tmp_path: Path) -> None:
    heavy = tmp_path / "heavy.json"
    write(worst_case(), heavy)  # takes long enough to open for the start to be killed
    first = start(tmp_path, heavy, FILMVIEWER_FIRST_FRAME="1")
    first.communicate(timeout=60)
    assert first.returncode == 0
    # Without a path, the film open last opens again; this start dies before showing it.
    app = start(tmp_path)
    wait_for(lambda: "opening=" in settings_text(tmp_path), "the start to record its film")
    app.kill()  # as if it had hung and the user killed it, or it crashed
    app.communicate(timeout=10)
    assert f"files={heavy}" in settings_text(tmp_path)
    again = start(tmp_path, FILMVIEWER_FIRST_FRAME="1")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert "film-shown" in out
    assert err.splitlines()[0] == (
        "filmviewer: Film Viewer did not finish opening “heavy.json” last time, "
        "so it opened the bundled film instead."
    )
    # This start showed its film: the next plain start is an ordinary one.
    assert "opening=" not in settings_text(tmp_path)
    assert str(BUNDLED) in settings_text(tmp_path)


def test_sigterm_closes_the_window_as_quit_does(tmp_path: Path) -> None:
    app = start(tmp_path, BUNDLED)
    wait_for(
        lambda: "recent" in settings_text(tmp_path) and "opening=" not in settings_text(tmp_path),
        "the film to be shown",
    )
    app.send_signal(signal.SIGTERM)
    _, err = app.communicate(timeout=20)
    assert app.returncode == 0, err
    assert "SIGTERM received: closing" in err
    assert "geometry" in settings_text(tmp_path)  # saved as on File > Quit


def test_a_native_crash_is_written_to_the_crash_log(tmp_path: Path) -> None:
    code = (
        "from filmviewer.crash import CrashLog; import faulthandler; "
        "assert CrashLog().open(); faulthandler._sigsegv()"
    )
    process = subprocess.run(
        [sys.executable, "-c", code],
        env=private_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert process.returncode == -signal.SIGSEGV
    log = (tmp_path / "state" / "filmviewer" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in log


def test_an_unexpected_error_in_a_headless_mode_is_a_report_and_status_1(
    monkeypatch, capsys, tmp_path
) -> None:
    from filmviewer import app
    from filmviewer.commands import check

    def broken(paths):
        raise RuntimeError("broken <b>check</b>")

    monkeypatch.setattr(check, "check", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert app.main(["--check", str(BUNDLED)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("filmviewer: unexpected error: RuntimeError: broken <b>check</b>\n")
    assert "Traceback" in err
    log = (tmp_path / "filmviewer" / "crash.log").read_text(encoding="utf-8")
    assert 'raise RuntimeError("broken <b>check</b>")' in log


def test_a_start_keeps_its_window_through_a_full_garbage_collection(tmp_path: Path) -> None:
    """Cold, then warm (from the cache): the film is shown, and the window outlives a full GC."""
    for _ in range(2):
        app = start(tmp_path, BUNDLED, FILMVIEWER_FIRST_FRAME="1")
        out, err = app.communicate(timeout=60)
        assert app.returncode == 0, err  # 3: the window was lost
        marks = [line.split()[0] for line in out.splitlines()]
        assert marks == ["first-frame", "film-shown"]
