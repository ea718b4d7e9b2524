"""Entry script of the frozen program (PyInstaller): the same ``main`` as ``incident-logger``.

``freeze_support`` must run first: CSV import starts worker processes with the "spawn"
method, and a frozen child process is this same executable, told here to act as the worker.
"""

import multiprocessing
import sys

from incident_logger.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
