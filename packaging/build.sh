#!/usr/bin/env bash
# Builds the self-contained program (PyInstaller, one folder) and packs it:
#   dist/incident-logger/                                   the folder (run ./incident-logger)
#   dist/incident-logger-VERSION-linux-ARCH.tar.gz          the folder, packed
#   dist/incident-logger_VERSION-1_ARCH.deb                 the Debian package (with dpkg-deb)
#
# Usage: packaging/build.sh [--no-deb]
# Environment: PYTHON (default .venv/bin/python, made if missing), BUILD_DIR (default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-.venv/bin/python}
BUILD_DIR=${BUILD_DIR:-build}
DIST=${DIST:-dist}
MAKE_DEB=1
[[ "${1:-}" == "--no-deb" ]] && MAKE_DEB=0

if [[ ! -x "$PYTHON" ]]; then
    python3 -m venv .venv
    PYTHON=.venv/bin/python
fi
"$PYTHON" -m pip install --quiet -e '.[package]'

VERSION=$("$PYTHON" -c 'import incident_logger; print(incident_logger.__version__)')
ARCH=$(uname -m)
started=$(date +%s)

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD_DIR/pyinstaller" packaging/incident-logger.spec

BUNDLE="$DIST/incident-logger"
TARBALL="$DIST/incident-logger-$VERSION-linux-$ARCH.tar.gz"
tar -C "$DIST" -czf "$TARBALL" incident-logger
echo "built $BUNDLE ($(du -sm "$BUNDLE" | cut -f1) MB unpacked) in $(( $(date +%s) - started )) s"
echo "packed $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"

if [[ $MAKE_DEB == 1 ]]; then
    if command -v dpkg-deb >/dev/null; then
        packaging/build_deb.sh "$BUNDLE" "$VERSION" "$DIST"
    else
        echo "dpkg-deb not found: no .deb built" >&2
    fi
fi
