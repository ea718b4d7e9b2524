"""GeoJSON: incidents with coordinates as points, their fields as properties."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from incident_logger.services.exchange.dataset import Gazetteer, IncidentRecord


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
    return {
        "type": "Feature",
        "id": f"INC-{record.id:06d}",
        "geometry": {"type": "Point", "coordinates": [d.longitude, d.latitude]},
        "properties": {
            "ref": f"INC-{record.id:06d}",
            "title": d.title,
            "start_at": d.start_at,
            "end_at": d.end_at,
            "time_precision": d.time_precision.value,
            "place": " › ".join(gaz.path(d.place_id)),
            "locality": d.locality,
            "geo_precision": d.geo_precision.value,
            "category": d.category,
            "narrative": d.narrative,
            "injuries": d.injuries,
            "fatalities": d.fatalities,
            "response": d.response,
            "status": d.status.value,
            "tags": list(d.tags),
            "sources": sources,
            "damage": [
                {
                    "object_kind": n.object_kind,
                    "quantity": n.quantity,
                    "severity": n.severity.value,
                    "state": n.state.value,
                    "note": n.note,
                }
                for n in d.damage
            ],
            "external_id": d.external_id,
            "external_type": d.external_type,
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
