"""Command modules; each defines ``NAME``, ``HELP``, ``configure(parser)`` and ``run(args)``."""
