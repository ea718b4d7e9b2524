"""Schema step for the built-in gazetteer: where each place came from, alias languages,
and the lemma keys that let names match in any grammatical form."""

SCHEMA_GAZETTEER: tuple[str, ...] = (
    # origin: '' for the user's own places, 'gazetteer' for places the app loaded.
    # origin_ref names the entry in the gazetteer ('iso:RU-KLU', 'geonames:553915', 'iso:RU');
    # origin_version is the gazetteer release it came from; user_edited is set on any edit,
    # so a later gazetteer release never overwrites what the user changed.
    "ALTER TABLE place ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE place ADD COLUMN origin_ref TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE place ADD COLUMN origin_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE place ADD COLUMN user_edited INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE place ADD COLUMN population INTEGER",
    "CREATE INDEX ix_place_origin_ref ON place(origin_ref) WHERE origin_ref != ''",
    # The language of an alias ('ru', 'uk', 'en', or '' when not known).
    "ALTER TABLE place_alias ADD COLUMN lang TEXT NOT NULL DEFAULT ''",
    # Lemma keys of every name and alias ("брянскии область"), rebuilt when missing.
    """CREATE TABLE place_lemma (
        key TEXT NOT NULL,
        place_id INTEGER NOT NULL REFERENCES place(id) ON DELETE CASCADE,
        PRIMARY KEY (key, place_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX ix_place_lemma_place ON place_lemma(place_id)",
    # Which gazetteer release and which lemma rules the stored places and keys follow.
    "CREATE TABLE gazetteer_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
