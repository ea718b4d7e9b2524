"""Worker processes that prepare pieces of a file, in file order, a few pieces ahead.

Workers never outlive the import: they ignore Ctrl+C (the main process rolls back and
stops them), and they exit when the process that started them dies, even by SIGKILL
(Linux: PR_SET_PDEATHSIG; elsewhere a thread that watches the parent's pid). When the
workers are gone, multiprocessing's resource tracker sees its pipe close and exits too.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from typing import Any

# Workers run at the priority of the app: lowered, they starved when other programs kept
# the processor busy (measured: 1.5-2x slower imports on a loaded 2-core machine).
WORKER_NICENESS = 0
_PR_SET_PDEATHSIG = 1

Task = tuple[int, Callable[..., Any], tuple[Any, ...]]  # (size, function, arguments)


def _exit_with(parent: int) -> None:
    """Make this process end when ``parent`` does."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def worker_start(parent: int, setup: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    """Worker start-up: die with the parent, leave Ctrl+C to it, then the caller's setup."""
    _exit_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker lives for one import and makes no reference cycles worth collecting: the
    # collector's passes over each piece's results (and the tasks unpickled) only cost time.
    gc.disable()
    if WORKER_NICENESS:
        with contextlib.suppress(AttributeError, OSError):  # no nice() on Windows
            os.nice(WORKER_NICENESS)
    if setup is not None:
        setup(*args)


def worker_count() -> int:
    """One core is left to the main process, which matches ids and writes every row."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def in_order(
    tasks: Iterator[Task],
    *,
    parallel: bool,
    setup: Callable[..., None] | None = None,
    setup_args: tuple[Any, ...] = (),
) -> Iterator[tuple[int, Any]]:
    """(size, result) for each task, in order. In parallel, the first task runs here while
    the workers start, and a few tasks run ahead of the one being used."""
    if setup is not None:
        setup(*setup_args)
    if not parallel:
        for size, function, args in tasks:
            yield size, function(*args)
        return
    workers = worker_count()
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=worker_start,
        initargs=(os.getpid(), setup, setup_args),
    ) as pool:
        first = next(tasks, None)
        queue: deque[tuple[int, Future[Any]]] = deque(
            (size, pool.submit(function, *args)) for size, function, args in islice(tasks, workers)
        )
        try:
            if first is not None:
                yield first[0], first[1](*first[2])
            while queue:
                size, future = queue.popleft()
                result = future.result()
                for next_size, function, args in islice(tasks, 1):
                    queue.append((next_size, pool.submit(function, *args)))
                yield size, result
        finally:
            for _, future in queue:
                future.cancel()
