"""Keeps the translations in step with the code.

Usage: ``python packaging/translations.py [update|compile]``.

``update`` (the default) extracts the text to translate and merges it into the catalogs that
translators edit, keeping what is translated:
  - the interface: ``pyside6-lupdate`` over ``incident_logger/`` (every ``tr()`` and
    ``QCoreApplication.translate()``) into ``resources/i18n/incident_logger_<lang>.ts``;
  - the briefing: Babel's extractor over ``reports/`` and the briefing service (``_``, ``n_``,
    ``p_``, ``N_``, ``NP_``) into ``resources/i18n/briefing.pot`` and ``briefing_<lang>.po``.
then compiles. ``compile`` only runs ``pyside6-lrelease`` on each ``.ts`` into the ``.qm`` the app
loads (committed beside it; ``tests/test_translations.py`` fails when one is stale). The briefing
catalogs need no compiling: the app reads the ``.po`` files.

Adding a language: add its code to LANGUAGES here, to ``reports/i18n.py`` and to
``ui/i18n.py``, run this script, translate the new ``.ts`` (Qt Linguist: ``pyside6-linguist``) and
``.po`` (any PO editor), and run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "uk")  # English is the source language
# English needs a catalog for plurals only: "%Ln incident(s)" becomes "1 incident", "3 incidents".
UI_LANGUAGES = ("en", *LANGUAGES)
BRIEFING_SOURCES = (
    "incident_logger/reports",
    "incident_logger/services/briefing.py",
    "incident_logger/domain/vocabulary.py",  # the enum words, shared with the interface
)
KEYWORDS = {
    "_": None,
    "N_": None,
    "n_": (1, 2),
    "p_": ((1, "c"), 2),
    "NP_": ((1, "c"), 2),
    "QT_TRANSLATE_NOOP": ((1, "c"), 2),  # domain/vocabulary.py: context "Words", as Qt reads it
}


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (a venv's bin/) or on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_path(lang: str) -> Path:
    return I18N / f"incident_logger_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"incident_logger_{lang}.qm"


def ui_sources() -> list[str]:
    files = sorted((ROOT / "incident_logger" / "ui").rglob("*.py"))
    files.append(ROOT / "incident_logger" / "app.py")
    # The domain's message table: its English texts are the source texts (context "Messages").
    files.append(ROOT / "incident_logger" / "domain" / "messages.py")
    # The incident fields' labels (context "Fields"), as the field registry declares them.
    files.append(ROOT / "incident_logger" / "domain" / "fields.py")
    # The enum words (context "Words"), which the briefing's catalogs translate too.
    files.append(ROOT / "incident_logger" / "domain" / "vocabulary.py")
    return [str(f.relative_to(ROOT)) for f in files]


def update_ui() -> None:
    for lang in UI_LANGUAGES:
        only = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *only,
             *ui_sources(), "-source-language", "en", "-target-language", lang,
             "-ts", str(ts_path(lang))],
            cwd=ROOT,
            check=True,
        )


def compile_ui(target: Path | None = None) -> list[Path]:
    """``.ts`` -> ``.qm`` into ``target`` (resources/i18n by default); the files written."""
    out = []
    for lang in UI_LANGUAGES:
        qm = (target or I18N) / qm_path(lang).name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm)], check=True
        )
        out.append(qm)
    return out


def briefing_template() -> Catalog:
    template = Catalog(project="Incident Logger", domain="briefing", fuzzy=False)
    for source in BRIEFING_SOURCES:
        path = ROOT / source
        found = (
            extract_from_dir(path, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",))
            if path.is_dir()
            else _extract_file(path)
        )
        for filename, lineno, message, comments, context in found:
            where = str((path if path.is_file() else path / filename).relative_to(ROOT))
            template.add(
                message, None, [(where, lineno)], auto_comments=comments, context=context
            )
    return template


def _extract_file(path: Path):  # type: ignore[no-untyped-def]
    from babel.messages.extract import extract

    with path.open("rb") as f:
        for lineno, message, comments, context in extract(
            "python", f, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
        ):
            yield path.name, lineno, message, comments, context


_NOISE = (b'"Report-Msgid-Bugs-To', b'"PO-Revision-Date', b'"Last-Translator', b'"Language-Team')


def _write(path: Path, catalog: Catalog) -> None:
    """Write ``catalog`` without the template's placeholder header lines, and only when more
    than its creation date changed (so running the script twice changes nothing)."""
    import io

    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, include_previous=False)
    lines = [line for line in out.getvalue().splitlines(True) if not line.startswith(_NOISE)]
    text = b"".join(lines)

    def _stable(data: bytes) -> list[bytes]:
        return [x for x in data.splitlines() if not x.startswith(b'"POT-Creation-Date')]

    if path.exists() and _stable(path.read_bytes()) == _stable(text):
        return
    path.write_bytes(text)


def update_briefing() -> None:
    template = briefing_template()
    _write(I18N / "briefing.pot", template)
    for lang in LANGUAGES:
        po = I18N / f"briefing_{lang}.po"
        if po.exists():
            with po.open("rb") as f:
                catalog = read_po(f, locale=lang, domain="briefing")
        else:
            catalog = Catalog(locale=lang, domain="briefing", project="Incident Logger")
        catalog.update(template, update_header_comment=False)
        catalog.obsolete.clear()
        _write(po, catalog)


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else "update"
    I18N.mkdir(parents=True, exist_ok=True)
    if what == "update":
        update_briefing()
        update_ui()
        compile_ui()
    elif what == "compile":
        compile_ui()
    else:
        raise SystemExit(f"usage: {argv[0]} [update|compile]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
