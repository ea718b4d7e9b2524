"""The PostgreSQL fixtures (``pg_server``, ``pg_url``, ``pg_db``...) live in
``tests/pg_fixtures.py``, a plugin of the whole suite, so that tests outside this folder can
run on both engines (``tests/engines/``)."""
