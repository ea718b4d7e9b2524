"""SQLModel table classes mirroring the schema (the migrations own the DDL)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class PlaceRow(SQLModel, table=True):
    __tablename__ = "place"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str
    kind: str
    parent_id: int | None = Field(default=None, foreign_key="place.id")
    country_code: str = ""
    iso_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    origin: str = ""  # '' = the user's; 'gazetteer' = loaded by the app
    origin_ref: str = ""
    origin_version: int = 0
    user_edited: int = 0
    population: int | None = None
    version: int = 1  # every saved change adds one (services.versions)


class PlaceAliasRow(SQLModel, table=True):
    __tablename__ = "place_alias"
    id: int | None = Field(default=None, primary_key=True)
    place_id: int = Field(foreign_key="place.id")
    alias: str
    alias_key: str
    lang: str = ""


class SourceRow(SQLModel, table=True):
    __tablename__ = "source"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str
    kind: str
    reliability: str
    url: str = ""
    note: str = ""
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    version: int = 1


class CategoryRow(SQLModel, table=True):
    __tablename__ = "category"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str


class IncidentRow(SQLModel, table=True):
    __tablename__ = "incident"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    start_at: str
    end_at: str | None = None
    time_precision: str
    place_id: int | None = Field(default=None, foreign_key="place.id")
    locality: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str
    category_id: int = Field(foreign_key="category.id")
    narrative: str = ""
    injuries: int | None = None
    fatalities: int | None = None
    response: str = ""
    status: str
    external_id: str = ""
    external_type: str = ""
    means: str | None = None  # the weapon or cause (domain.enums.Means); None: not recorded
    damage_count: int = 0  # sum of stated quantities (or 1 per note without one)
    best_grade: str = ""  # the best source grade, e.g. "B2", kept for display and sorting
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    # Sort keys: the folded name of the place ('' without one) and of the category. Left
    # None, a trigger fills them; triggers keep them in step (store/sort_keys.py).
    place_key: str | None = None
    category_key: str | None = None
    version: int = 1


class IncidentTagRow(SQLModel, table=True):
    __tablename__ = "incident_tag"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id")
    tag: str
    tag_key: str


class IncidentSourceRow(SQLModel, table=True):
    __tablename__ = "incident_source"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id")
    source_id: int = Field(foreign_key="source.id")
    credibility: int
    url: str = ""
    note: str = ""
    position: int = 0


class DamageNoteRow(SQLModel, table=True):
    __tablename__ = "damage_note"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id")
    object_kind: str
    quantity: int | None = None
    severity: str
    state: str
    note: str = ""
    position: int = 0


class CountReportRow(SQLModel, table=True):
    __tablename__ = "count_report"
    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id")
    issued_at: str
    period_start: str
    period_end: str
    subject: str
    outcome: str
    stated_total: int | None = None
    total_approximate: bool = False
    note: str = ""
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    version: int = 1


class CountLineRow(SQLModel, table=True):
    __tablename__ = "count_line"
    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="count_report.id")
    place_id: int = Field(foreign_key="place.id")
    count: int
    note: str = ""
    position: int = 0
    approximate: bool = False


class HistoryRow(SQLModel, table=True):
    __tablename__ = "history"
    id: int | None = Field(default=None, primary_key=True)
    at: str
    actor: str = ""
    entity: str
    entity_id: int
    action: str
    changes: str = "{}"
    reason: str = ""


class SavedSearchRow(SQLModel, table=True):
    __tablename__ = "saved_search"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    query: str
