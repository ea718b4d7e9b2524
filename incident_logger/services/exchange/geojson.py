"""GeoJSON: incidents with coordinates as points, their fields as properties."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from incident_logger.domain.fields import INCIDENT_FIELDS
from incident_logger.services.exchange.dataset import Gazetteer, IncidentRecord
from incident_logger.services.exchange.field_values import json_values

# The coordinates are the point itself; every other exchange field is a property.
_IN_GEOMETRY = frozenset({"latitude", "longitude"})
_PROPERTIES = tuple(
    f.exchange for f in INCIDENT_FIELDS if f.exchange and f.exchange not in _IN_GEOMETRY
)


def feature(record: IncidentRecord, gaz: Gazetteer) -> dict[str, Any] | None:
    d = record.draft
    if d.latitude is None or d.longitude is None:
        return None
    sources = []
    for link in d.sources:
        source = gaz.sources.get(link.source_id)
        sources.append(
            {
                "name": source.draft.name if source else "",
                "grade": (source.draft.reliability.value if source else "F")
                + str(link.credibility),
                "url": link.url,
                "note": link.note,
            }
        )
    values = json_values(d, _IN_GEOMETRY)
    values["place"] = " › ".join(gaz.path(d.place_id))
    values["category"] = d.category
    values["tags"] = list(d.tags)
    values["sources"] = sources
    values["damage"] = [
        {
            "object_kind": n.object_kind,
            "quantity": n.quantity,
            "severity": n.severity.value,
            "state": n.state.value,
            "note": n.note,
        }
        for n in d.damage
    ]
    ref = f"INC-{record.id:06d}"
    return {
        "type": "Feature",
        "id": ref,
        "geometry": {"type": "Point", "coordinates": [d.longitude, d.latitude]},
        "properties": {
            "ref": ref,
            **{name: values[name] for name in _PROPERTIES},
            "deleted_at": record.times.deleted_at,
        },
    }


def write_geojson(out: IO[str], records: Iterable[IncidentRecord], gaz: Gazetteer) -> int:
    """Write a FeatureCollection, one feature per line; returns the number of points."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for record in records:
        item = feature(record, gaz)
        if item is None:
            continue
        out.write(("\n" if count == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
