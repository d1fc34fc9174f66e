"""Run the real ``watcher run`` daemon as a child process in tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path


def start_daemon(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """``watcher run --tick 1 ARGS`` with ``env`` over this process's environment;
    stderr (the log) is kept for :func:`stop_daemon` to return."""
    exe = Path(sys.executable).with_name("watcher")
    return subprocess.Popen(
        [str(exe), "run", "--tick", "1", *args],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop_daemon(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> str:
    """Send ``sig`` and wait (20 s at most, then SIGKILL); return what it logged."""
    try:
        if proc.poll() is None:
            proc.send_signal(sig)
        _, err = proc.communicate(timeout=20)
        return err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
