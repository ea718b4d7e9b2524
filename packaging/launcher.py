"""Entry script of the frozen program (PyInstaller): the same ``main`` as ``incident-logger``.

Two kinds of helper process are this same executable started again:
- CSV import's workers use multiprocessing with the "spawn" method; ``freeze_support`` (with
  PyInstaller's runtime hook) turns such a start into the worker;
- the demo generator starts ``sys.executable -m incident_logger.demo.rows``, as it
  would with a Python interpreter. ``-m`` is honoured here for the app's own modules only.
"""

import multiprocessing
import runpy
import sys


def _run_module(argv):
    """``PROGRAM -m incident_logger.x ARGS``: run that module as ``__main__``, like Python."""
    name = argv[2] if len(argv) > 2 else ""
    if not (name == "incident_logger" or name.startswith("incident_logger.")):
        print(f"incident-logger: -m runs the app's own modules only, not '{name}'", file=sys.stderr)
        return 2
    sys.argv = [name, *argv[3:]]
    runpy.run_module(name, run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    multiprocessing.freeze_support()
    if len(sys.argv) > 1 and sys.argv[1] == "-m":
        sys.exit(_run_module(sys.argv))
    from incident_logger.__main__ import main

    sys.exit(main())
