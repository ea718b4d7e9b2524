"""Layer contracts: Qt stays in ui/ and the start-up module; layers point one way."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def test_no_module_outside_ui_names_qt() -> None:
    offenders = []
    for path in (ROOT / "incident_logger").rglob("*.py"):
        rel = path.relative_to(ROOT / "incident_logger").as_posix()
        if rel.startswith("ui/") or rel in {"app.py"}:
            continue
        text = path.read_text(encoding="utf-8")
        if "PySide6" in text or "qtawesome" in text:
            offenders.append(rel)
    assert offenders == []
