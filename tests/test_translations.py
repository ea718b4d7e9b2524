"""The interface's translations: complete, three plural forms, placeholders kept, .qm up to date."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?n|%\d")
FORMS = {"en": 2, "ru": 3, "uk": 3}


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _problems(path: Path, lang: str) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source[:60]}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(("unfinished", where))
            continue
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
            if len(texts) < FORMS[lang]:
                found.append((f"fewer than {FORMS[lang]} plural forms", where))
        else:
            texts = [translation.text or ""]
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if not text.strip():
                found.append(("empty", where))
            elif sorted(set(PLACEHOLDER.findall(text))) != wanted:
                found.append(("placeholders differ", where, text))
            elif source.count("&") - 2 * source.count("&&") > 0 and "&" not in text:
                found.append(("accelerator lost", where, text))
    return found


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_every_entry_is_finished_with_all_plural_forms(lang: str) -> None:
    path = I18N / f"incident_logger_{lang}.ts"
    assert _messages(path), f"{path.name} holds no messages"
    assert _problems(path, lang) == []


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ts"
    bad.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">
<context><name>X</name>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>Saved {0}</source><translation>Сохранено</translation></message>
<message><source>Empty</source><translation> </translation></message>
<message numerus="yes"><source>%Ln page(s)</source><translation>
<numerusform>%Ln страница</numerusform><numerusform>%Ln страницы</numerusform>
</translation></message>
<message><source>&amp;File</source><translation>Файл</translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    kinds = [p[0] for p in _problems(bad, "ru")]
    assert kinds == [
        "unfinished",
        "placeholders differ",
        "empty",
        "fewer than 3 plural forms",
        "accelerator lost",
    ]


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    """The .qm files the app loads are what lrelease makes of the committed .ts files."""
    made = _module().compile_ui(tmp_path)
    for fresh in made:
        shipped = I18N / fresh.name
        assert shipped.exists(), f"{shipped.name} is missing: run packaging/translations.py"
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is stale: run packaging/translations.py compile"
        )


def test_catalogs_hold_every_string_of_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extracting again changes nothing: every tr() of the code has its finished translation,
    the catalog holds no text the code no longer says, and a plural stays a plural (lupdate
    files a ``%Ln`` text as plural only when it reads a literal count)."""
    module = _module()
    copy = tmp_path / "i18n"
    shutil.copytree(I18N, copy)
    monkeypatch.setattr(module, "I18N", copy)
    module.update_ui()
    for lang in module.UI_LANGUAGES:
        before = _entries(I18N / f"incident_logger_{lang}.ts")
        after = _entries(copy / f"incident_logger_{lang}.ts")
        assert after - before == set(), f"new strings for {lang}: run packaging/translations.py"
        assert before - after == set(), f"stale strings for {lang}: run packaging/translations.py"
        assert _problems(copy / f"incident_logger_{lang}.ts", lang) == []


def _entries(path: Path) -> set[tuple[str, str, bool]]:
    """Each live entry's context, source text and whether it is a plural."""
    return {
        (c, m.findtext("source") or "", m.get("numerus") == "yes")
        for c, m in _messages(path)
        if (m.find("translation") is None or m.find("translation").get("type") != "vanished")  # type: ignore[union-attr]
    }


def test_a_built_wheel_carries_the_compiled_translations() -> None:
    """pyproject's data-files put every .qm and briefing .po where resources.py finds them."""
    import fnmatch
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["data-files"]
    globs = data.get("share/incident-logger/resources/i18n", [])
    shipped = sorted(p for p in I18N.iterdir() if p.suffix in (".qm", ".po"))
    assert shipped
    for path in shipped:
        rel = f"resources/i18n/{path.name}"
        assert any(fnmatch.fnmatch(rel, g) for g in globs), f"{rel} is not in the wheel"
