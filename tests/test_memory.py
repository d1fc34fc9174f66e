"""The daemon's hold on glibc's heaps (watcher.memory): threads share one, and what a
pass freed goes back to the system."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    platform.libc_ver()[0] != "glibc", reason="the heap cap is glibc's (mallopt)"
)

# Threads that allocate blocks too big for Python's own allocator, then glibc's report
# of its heaps (malloc_info writes one <heap nr=...> element per arena).
PROGRAM = """
import ctypes, sys, tempfile, threading
from watcher.memory import cap_malloc_arenas
capped = cap_malloc_arenas(1) if sys.argv[1] == "cap" else False
def work():
    keep = [bytes(2048) for _ in range(2000)]
    del keep
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
with tempfile.NamedTemporaryFile("r") as out:
    fp = libc.fopen(out.name.encode(), b"w")
    libc.malloc_info(0, ctypes.c_void_p(fp))
    libc.fclose(ctypes.c_void_p(fp))
    print(capped, out.read().count("<heap nr="))
"""


def heaps(mode: str) -> tuple[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM, mode], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    return out[0], int(out[1])


def test_capped_threads_share_one_heap() -> None:
    assert heaps("cap") == ("True", 1)


def test_uncapped_threads_open_heaps_of_their_own() -> None:
    # The check above means something only if threads otherwise do open more heaps.
    capped, n = heaps("none")
    assert capped == "False" and n > 1


def test_an_operators_setting_stands() -> None:
    env = {**os.environ, "MALLOC_ARENA_MAX": "4"}
    out = subprocess.run(
        [sys.executable, "-c", "from watcher.memory import cap_malloc_arenas as c; print(c())"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    assert out == "False"


# Blocks glibc serves from its heap (above Python's 512-byte allocator, below the
# 128 KB at which malloc maps memory of its own), every other one freed: the holes
# stay resident, since only the heap's top is returned on free.
HOLES = """
import sys
from watcher.memory import release_free_memory
def rss_kb():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
blocks = [bytearray(64 * 1024) for _ in range(400)]
del blocks[::2]
before = rss_kb()
released = release_free_memory()
print(released, before - rss_kb())
"""


def test_free_memory_inside_the_heap_goes_back_to_the_system() -> None:
    out = subprocess.run(
        [sys.executable, "-c", HOLES], capture_output=True, text=True, check=True
    ).stdout.split()
    released, freed_kb = out[0], int(out[1])
    assert released == "True"
    assert freed_kb > 8 * 1024  # of the 12.5 MB of holes
