"""Storage: SQLModel tables, the SQLite engine, migrations and the full-text index."""
