"""Use cases over the store: records, search, tallies, import/export, backup (no Qt)."""
