"""The first schema, frozen as SQL so that every later release can migrate from it."""

SCHEMA_V1: tuple[str, ...] = (
    """CREATE TABLE place (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        parent_id INTEGER REFERENCES place(id),
        country_code TEXT NOT NULL DEFAULT '',
        iso_code TEXT NOT NULL DEFAULT '',
        latitude REAL,
        longitude REAL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX ix_place_parent ON place(parent_id)",
    "CREATE INDEX ix_place_name_key ON place(name_key)",
    """CREATE TABLE place_alias (
        id INTEGER PRIMARY KEY,
        place_id INTEGER NOT NULL REFERENCES place(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL
    )""",
    "CREATE INDEX ix_place_alias_key ON place_alias(alias_key)",
    "CREATE INDEX ix_place_alias_place ON place_alias(place_id)",
    """CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        reliability TEXT NOT NULL CHECK (reliability IN ('A','B','C','D','E','F')),
        url TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX ix_source_name_key ON source(name_key)",
    """CREATE TABLE category (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE
    )""",
    """CREATE TABLE incident (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        start_at TEXT NOT NULL,
        end_at TEXT,
        time_precision TEXT NOT NULL,
        place_id INTEGER REFERENCES place(id),
        locality TEXT NOT NULL DEFAULT '',
        latitude REAL,
        longitude REAL,
        geo_precision TEXT NOT NULL,
        category_id INTEGER NOT NULL REFERENCES category(id),
        narrative TEXT NOT NULL DEFAULT '',
        injuries INTEGER CHECK (injuries IS NULL OR injuries >= 0),
        fatalities INTEGER CHECK (fatalities IS NULL OR fatalities >= 0),
        response TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        external_id TEXT NOT NULL DEFAULT '',
        external_type TEXT NOT NULL DEFAULT '',
        damage_count INTEGER NOT NULL DEFAULT 0,
        best_grade TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX ix_incident_live_start ON incident(start_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_incident_place_start ON incident(place_id, start_at)",
    "CREATE INDEX ix_incident_category ON incident(category_id, start_at)",
    "CREATE INDEX ix_incident_deleted ON incident(deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX ix_incident_external ON incident(external_id) WHERE external_id != ''",
    """CREATE TABLE incident_tag (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        tag_key TEXT NOT NULL,
        UNIQUE (incident_id, tag_key)
    )""",
    "CREATE INDEX ix_incident_tag_key ON incident_tag(tag_key)",
    """CREATE TABLE incident_source (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES source(id),
        credibility INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),
        url TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX ix_incident_source_incident ON incident_source(incident_id)",
    "CREATE INDEX ix_incident_source_source ON incident_source(source_id, incident_id)",
    """CREATE TABLE damage_note (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
        object_kind TEXT NOT NULL,
        quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),
        severity TEXT NOT NULL,
        state TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX ix_damage_note_incident ON damage_note(incident_id)",
    """CREATE TABLE count_report (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES source(id),
        issued_at TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        subject TEXT NOT NULL,
        outcome TEXT NOT NULL,
        stated_total INTEGER CHECK (stated_total IS NULL OR stated_total >= 0),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX ix_count_report_period ON count_report(period_start, period_end)",
    """CREATE TABLE count_line (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES count_report(id) ON DELETE CASCADE,
        place_id INTEGER NOT NULL REFERENCES place(id),
        count INTEGER NOT NULL CHECK (count >= 0),
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX ix_count_line_report ON count_line(report_id)",
    "CREATE INDEX ix_count_line_place ON count_line(place_id)",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}',
        reason TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX ix_history_entity ON history(entity, entity_id, id)",
    """CREATE TABLE saved_search (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL
    )""",
    # The full-text index: one document per incident, kept in step by the services.
    """CREATE VIRTUAL TABLE incident_fts USING fts5(
        title, narrative, locality, response, damage, sources, places,
        tokenize='unicode61 remove_diacritics 2'
    )""",
)
