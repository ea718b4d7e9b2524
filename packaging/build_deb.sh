#!/usr/bin/env bash
# Packs a built folder (packaging/build.sh) as a Debian package with dpkg-deb:
#   /opt/incident-logger/                     the self-contained program
#   /usr/bin/incident-logger                  the launcher on the PATH
#   /usr/share/applications/incident-logger.desktop
#   /usr/share/icons/hicolor/NxN/apps/incident-logger.png   (16 to 256)
#   /usr/share/metainfo/<id>.metainfo.xml     AppStream
#   /usr/share/doc/incident-logger/           copyright, third-party licences
#
# Usage: packaging/build_deb.sh BUNDLE_DIR VERSION OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$1
VERSION=$2
OUT=$3
APP_ID=io.github.incident_logger.IncidentLogger
ARCH=$(dpkg --print-architecture)
DEB="$OUT/incident-logger_${VERSION}-1_${ARCH}.deb"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ROOTFS="$STAGE/root"
mkdir -p "$ROOTFS/DEBIAN" "$ROOTFS/opt" "$ROOTFS/usr/bin" "$ROOTFS/usr/share/applications" \
    "$ROOTFS/usr/share/metainfo" "$ROOTFS/usr/share/doc/incident-logger"

cp -a "$BUNDLE" "$ROOTFS/opt/incident-logger"

# A script, not a symlink: the program finds its _internal folder from its real path either
# way, but a script keeps /usr/bin free of a link into /opt that tools may resolve oddly.
cat > "$ROOTFS/usr/bin/incident-logger" <<'EOF'
#!/bin/sh
exec /opt/incident-logger/incident-logger "$@"
EOF
chmod 0755 "$ROOTFS/usr/bin/incident-logger"

install -m 0644 packaging/incident-logger.desktop "$ROOTFS/usr/share/applications/"
install -m 0644 "packaging/$APP_ID.metainfo.xml" "$ROOTFS/usr/share/metainfo/"
for size in 16 32 48 64 128 256; do
    dir="$ROOTFS/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    install -m 0644 "resources/icons/incident-logger-$size.png" "$dir/incident-logger.png"
done

DOC="$ROOTFS/usr/share/doc/incident-logger"
install -m 0644 resources/THIRD-PARTY.json "$DOC/"
install -m 0644 resources/fonts/OFL.txt "$DOC/fonts-OFL.txt"
cat > "$DOC/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Incident Logger
Comment: A self-contained build: /opt/incident-logger carries Python, Qt (LGPL-3.0,
 dynamically linked and replaceable) and the libraries and data listed, with their
 sources and licences, in /usr/share/doc/incident-logger/THIRD-PARTY.json (also shown
 in the app under Help > About). The fonts' licence is in fonts-OFL.txt.
EOF

SIZE_KB=$(du -sk "$ROOTFS" | cut -f1)
# Libraries the bundle does not carry: the C library, OpenGL/EGL and the X11 connection
# libraries that PyInstaller leaves to the system, and those Qt's xcb plugin loads.
cat > "$ROOTFS/DEBIAN/control" <<EOF
Package: incident-logger
Version: $VERSION-1
Section: utils
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE_KB
Maintainer: Incident Logger developers
Depends: libc6, libegl1, libgl1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libdrm2, libfontconfig1
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1
Description: record, search and brief incidents from official statements
 Incident Logger turns official statements and news into a clean local record:
 what happened, where and when, casualties stated or not, damage, per-region
 counts and the sources with their reliability grades. It finds any record in
 seconds among hundreds of thousands and writes PDF briefings of any period,
 region or search. Everything stays on the workstation.
 .
 This package carries its own Python and Qt under /opt/incident-logger.
EOF

mkdir -p "$OUT"
dpkg-deb --root-owner-group -Zgzip --build "$ROOTFS" "$DEB" >/dev/null
echo "packed $DEB ($(du -m "$DEB" | cut -f1) MB)"
