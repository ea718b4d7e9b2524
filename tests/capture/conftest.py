"""A small gazetteer for capture tests, made through the places service like a user's."""

from dataclasses import dataclass

import pytest

from incident_logger.domain.enums import PlaceKind, Reliability, SourceKind
from incident_logger.domain.models import PlaceDraft, SourceDraft
from incident_logger.services.places import create_place
from incident_logger.services.sources import create_source
from incident_logger.store.engine import Database

GOVERNOR_POST = (
    "Силами ПВО уничтожены 18 беспилотников над районами области и городом Обнинском. "
    "Обломки одного из БПЛА упали у пруда на окраине Калуги и повредили три припаркованных "
    "автомобиля. Пострадавших нет. На месте работают экстренные службы. Администрация города "
    "окажет помощь владельцам машин."
)
MINISTRY_TALLY = (
    "За прошедшую ночь дежурными средствами ПВО перехвачены и уничтожены 221 украинский "
    "беспилотный летательный аппарат: 85 – над территорией Брянской области, 42 – над "
    "территорией Смоленской области, 28 – над территорией Ленинградской области, остальные "
    "66 – над другими регионами."
)
PUMP_STATION = (
    "Ранее в Ленинградской области в результате атаки беспилотников загорелась насосная "
    "станция. Пожар потушен, пострадавших нет."
)


@dataclass(frozen=True)
class Gazetteer:
    kaluga_region: int
    kaluga: int
    obninsk: int
    bryansk_region: int
    smolensk_region: int
    leningrad_region: int
    governor: int
    ministry: int


@pytest.fixture
def gazetteer(db: Database) -> Gazetteer:
    russia = create_place(db, PlaceDraft("Россия", PlaceKind.COUNTRY, country_code="RU")).id

    def region(name: str, iso: str, *aliases: str) -> int:
        draft = PlaceDraft(name, PlaceKind.REGION, russia, "RU", iso, aliases=aliases)
        return create_place(db, draft).id

    kaluga_region = region("Калужская область", "RU-KLU", "Калужская", "Kaluga region")
    bryansk = region("Брянская область", "RU-BRY", "Брянская", "Bryansk region")
    smolensk = region("Смоленская область", "RU-SMO", "Смоленская", "Smolensk region")
    leningrad = region("Ленинградская область", "RU-LEN", "Ленинградская", "Leningrad region")
    kaluga = create_place(
        db, PlaceDraft("Калуга", PlaceKind.CITY, kaluga_region, "RU", aliases=("Kaluga",))
    ).id
    obninsk = create_place(
        db, PlaceDraft("Обнинск", PlaceKind.CITY, kaluga_region, "RU", aliases=("Obninsk",))
    ).id
    governor = create_source(
        db,
        SourceDraft(
            "Губернатор Калужской области",
            SourceKind.OFFICIAL,
            Reliability.B,
            url="https://t.me/kaluga_governor_post",
        ),
    ).id
    ministry = create_source(
        db, SourceDraft("Минобороны России", SourceKind.MINISTRY, Reliability.B)
    ).id
    return Gazetteer(
        kaluga_region, kaluga, obninsk, bryansk, smolensk, leningrad, governor, ministry
    )
