"""Work off the GUI thread: results, errors and progress come back on it; a token calls it off."""

from __future__ import annotations

import threading

from filmviewer.controller.tasks import Tasks, Token


def test_work_runs_elsewhere_and_its_result_and_progress_come_back_here(qtbot) -> None:
    tasks = Tasks(threads=2)
    here = threading.current_thread()
    seen: list[object] = []
    threads: list[threading.Thread] = []

    def work(token: Token) -> int:
        threads.append(threading.current_thread())
        for step in range(3):
            token.report(step)
        return 42

    def done(result: int) -> None:
        seen.append(("done", result, threading.current_thread() is here))

    def progress(value: object) -> None:
        seen.append(("progress", value, threading.current_thread() is here))

    tasks.run(work, done=done, progress=progress)
    qtbot.waitUntil(lambda: any(item[0] == "done" for item in seen))
    assert threads[0] is not here
    assert seen == [
        ("progress", 0, True),
        ("progress", 1, True),
        ("progress", 2, True),
        ("done", 42, True),
    ]
    assert tasks.wait(5)
    assert tasks.idle


def test_an_error_goes_to_failed_and_work_called_off_reports_nothing(qtbot) -> None:
    tasks = Tasks(threads=1)
    failures: list[BaseException] = []
    results: list[object] = []
    started = threading.Event()
    release = threading.Event()

    def broken(_token: Token) -> None:
        raise ValueError("no such image")

    def slow(_token: Token) -> str:
        started.set()
        release.wait(5)
        return "too late"  # called off meanwhile: nobody is told

    ran: list[str] = []

    def never(_token: Token) -> str:
        ran.append("never")
        return "never"

    tasks.run(broken, done=results.append, failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValueError)
    token = tasks.run(slow, done=results.append, failed=failures.append)
    assert started.wait(5)
    token.cancel()
    release.set()
    assert token.wait(5)
    hold = threading.Event()
    blocker = tasks.run(lambda _token: hold.wait(5) and None)  # the one thread, held
    queued = tasks.run(never, done=results.append)
    queued.cancel()  # before it started: it never runs
    hold.set()
    assert blocker.wait(5)
    assert tasks.wait(5)
    qtbot.wait(50)  # anything queued to this thread is delivered
    assert results == []
    assert ran == []
    assert len(failures) == 1


def test_at_most_as_many_threads_as_allowed_run_at_once(qtbot) -> None:
    tasks = Tasks(threads=2)
    running = 0
    most = 0
    lock = threading.Lock()
    done: list[int] = []

    def work(_token: Token) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        threading.Event().wait(0.02)
        with lock:
            running -= 1
        return 1

    for _ in range(8):
        tasks.run(work, done=done.append)
    qtbot.waitUntil(lambda: len(done) == 8, timeout=5_000)
    assert most == 2


def test_work_under_way_is_waited_for_when_python_exits(tmp_path) -> None:
    # A thread still using Qt while Qt is torn down would crash the process on its way out.
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = tmp_path / "done"
    script = (
        "import sys, time; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from filmviewer.controller.tasks import Tasks\n"
        "app = QCoreApplication([])\n"
        "tasks = Tasks()\n"
        "started = __import__('threading').Event()\n"
        "def work(token):\n"
        "    started.set(); time.sleep(0.5); Path(sys.argv[1]).write_text('done')\n"
        "tasks.run(work)\n"
        "started.wait(5)\n"  # then the script ends, the work half done
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(done)], cwd=ROOT, capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert done.read_text() == "done"
