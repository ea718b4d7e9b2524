"""The command line: one module per command under ``cli/commands`` (no Qt imported)."""
