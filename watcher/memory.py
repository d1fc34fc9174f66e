"""The daemon's hold on memory that Python itself does not manage.

glibc gives each thread that allocates its own heap ("arena"), up to 8 per core, and a
heap's free pages are rarely handed back. The daemon's store thread and the threads of
its follow-up each allocated item texts in heaps of their own: about 10 MB more peak
resident memory over a 1,000-feed pass (``bench/bench_poll.py``) than with one heap.
Under the GIL these threads seldom allocate at the same moment, and small blocks come
from per-thread caches without taking a heap's lock, so one heap costs them nothing
measurable.

A pass also leaves its heap full of holes: what it freed stays resident, because free
blocks sit between live ones and glibc returns only the heap's top. Between passes the
daemon hands those pages back (``malloc_trim``): after a 1,000-feed pass with 10,000
indicators it then idles at 136 MB instead of 144 MB.
"""

from __future__ import annotations

import ctypes
import os
import platform

__all__ = ["MALLOC_ARENAS", "cap_malloc_arenas", "release_free_memory"]

MALLOC_ARENAS = 1
_M_ARENA_MAX = -8  # <malloc.h>


def _glibc() -> ctypes.CDLL | None:
    """This process's C library, if it is glibc (whose malloc these calls tune)."""
    if platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def cap_malloc_arenas(limit: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's heaps at ``limit``, before the threads that would open more start.
    Returns whether the cap is in force: not on other C libraries, and not when
    ``MALLOC_ARENA_MAX`` is set (the operator's choice stands)."""
    libc = None if os.environ.get("MALLOC_ARENA_MAX") else _glibc()
    return libc is not None and bool(libc.mallopt(_M_ARENA_MAX, limit))


def release_free_memory() -> bool:
    """Hand the free pages inside glibc's heaps back to the system (``malloc_trim``),
    for a process about to idle. Returns whether it could: not on other C libraries."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
