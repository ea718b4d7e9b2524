"""Desktop and AppStream metadata pass their validators; the frozen entry script behaves.

The validators come from Debian's desktop-file-utils and appstream packages (.ci/run installs
them). Without them these tests skip, except under CI, where they must be there.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from incident_logger import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "incident-logger.desktop"
APP_ID = "io.github.incident_logger.IncidentLogger"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing: .ci/run must apt-get install {package}")
    pytest.skip(f"{name} is not installed (apt-get install {package})")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    result = _run(_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no error, warning or hint


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = _run(_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Validation was successful" in output
    for level in ("E:", "W:", "I:"):  # pedantic notes (P:) are allowed
        assert level not in output, output


def test_the_metainfo_matches_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "incident-logger"
    assert root.find("content_rating") is not None
    assert root.findtext("description/p")
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == __version__, "add a <release> for this version"
    images = [i.text or "" for i in root.iter("image")]
    assert images
    for url in images:
        assert (ROOT / "resources" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


def test_the_desktop_entry_starts_the_launcher_with_its_icon() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entry["Exec"].split()[0] == "incident-logger"
    assert entry["Icon"] == "incident-logger"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_an_icon_for_every_hicolor_size(size: int) -> None:
    png = ROOT / "resources" / "icons" / f"incident-logger-{size}.png"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (size, size)


def test_the_deb_script_installs_every_size_and_the_metadata() -> None:
    script = (PACKAGING / "build_deb.sh").read_text()
    assert f"for size in {' '.join(map(str, ICON_SIZES))}; do" in script
    assert "usr/share/metainfo" in script and "usr/bin/incident-logger" in script


def test_the_frozen_entry_script_runs_the_app_and_only_its_own_modules() -> None:
    launcher = str(PACKAGING / "launcher.py")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, launcher, *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )

    assert run("--version").stdout.strip() == f"incident-logger {__version__}"
    via_m = run("-m", "incident_logger", "--version")
    assert via_m.stdout.strip() == f"incident-logger {__version__}"
    refused = run("-m", "http.server")
    assert refused.returncode == 2 and "own modules only" in refused.stderr
