#!/usr/bin/env bash
# Builds the self-contained program and the .deb, then uses them as a person would:
#   the frozen program in dist/, then (as root, with apt-get) the installed package's
#   launcher /usr/bin/incident-logger, which is removed again at the end.
# Each run: --version; check, demo, search, briefing, export and import on temporary
# databases (one CSV large enough for import's worker processes); the GUI offscreen on a
# new database (the welcome opens) and on the demo database, closed cleanly.
#
# Usage: packaging/smoke.sh            build, then check both
#        SKIP_BUILD=1 packaging/smoke.sh   check what dist/ holds
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export QT_QPA_PLATFORM=offscreen
started=$(date +%s)

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    packaging/build.sh
fi
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' incident_logger/__init__.py)
BIG_CSV_INCIDENTS=${BIG_CSV_INCIDENTS:-13000}  # about 9 MB of CSV: import's workers start

fail() {
    echo "SMOKE FAILED: $*" >&2
    exit 1
}

# step NAME COMMAND...: runs it, keeps its output in $OUT, fails on an error or a traceback.
step() {
    local name=$1
    shift
    local t0 t1 rc=0
    t0=$(date +%s.%N)
    OUT=$(timeout 300 "$@" 2>"$WORK/stderr") || rc=$?  # a question nobody answers: no hang
    t1=$(date +%s.%N)
    if [[ $rc != 0 ]] || grep -q "Traceback" "$WORK/stderr"; then
        echo "$OUT"
        cat "$WORK/stderr" >&2
        fail "$name (exit $rc)"
    fi
    awk -v n="$name" -v a="$t0" -v b="$t1" 'BEGIN { printf "  %-36s %6.2f s\n", n, b - a }'
}

expect() {  # expect TEXT: the last step's output contains TEXT
    grep -qF -- "$1" <<<"$OUT" || { echo "$OUT"; fail "expected '$1'"; }
}

check_program() {
    local P=$1 label=$2
    WORK=$(mktemp -d)
    # Keep the user's own data, settings and backups out of it.
    export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" \
        XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
    unset INCIDENT_LOGGER_DB
    mkdir -p "$HOME"
    local DB="$WORK/night.sqlite3"
    echo "== $label: $P"
    step "--version" "$P" --version
    expect "incident-logger $VERSION"
    step "demo --incidents 200" "$P" --db "$DB" demo --incidents 200 --quiet
    expect "Added 200 incidents"
    step "check" "$P" --db "$DB" check
    expect "Incidents: 200"
    expect "Integrity: ok"
    step "search" "$P" --db "$DB" search --limit 5 fire
    expect "matching incidents shown"
    step "briefing" "$P" --db "$DB" briefing "$WORK/briefing.pdf"
    [[ $(head -c 5 "$WORK/briefing.pdf") == "%PDF-" ]] || fail "briefing is not a PDF"
    step "export JSON" "$P" --db "$DB" export "$WORK/all.json"
    expect "Exported 200 incidents"
    step "export CSV" "$P" --db "$DB" export "$WORK/all.csv"
    step "import JSON" "$P" --db "$WORK/from-json.sqlite3" import "$WORK/all.json"
    expect "imported 200 of 200 incidents"
    step "import CSV" "$P" --db "$WORK/from-csv.sqlite3" import "$WORK/all.csv"
    expect "imported 200 of 200 incidents"
    step "backup" "$P" --db "$DB" backup
    [[ -n $(ls "$WORK/night-backups/"night-*.sqlite3) ]] || fail "no backup beside the database"

    local BIG="$WORK/big.sqlite3" n=$BIG_CSV_INCIDENTS
    step "demo --incidents $n" "$P" --db "$BIG" demo --incidents "$n" --quiet
    step "export CSV ($n)" "$P" --db "$BIG" export "$WORK/big.csv"
    [[ $(stat -c %s "$WORK/big.csv") -ge $((8 * 1024 * 1024)) ]] || fail "big.csv under 8 MiB"
    step "import CSV ($n, worker processes)" "$P" --db "$WORK/big-copy.sqlite3" import "$WORK/big.csv"
    local thousands
    thousands=$(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$n")
    expect "imported $thousands of $thousands incidents"

    # The default database (in this run's XDG_DATA_HOME) is made on first use without asking;
    # a missing --db file would be made only after a question nobody answers here.
    step "GUI, new default database" env INCIDENT_LOGGER_SMOKE=1 "$P"
    expect "dialogs open: welcomeDialog"
    [[ -f "$XDG_DATA_HOME/incident-logger/incidents.sqlite3" ]] || fail "no default database"
    step "GUI, 200 incidents" env INCIDENT_LOGGER_SMOKE=1 "$P" --db "$DB"
    expect "200 rows shown"
    if command -v xvfb-run >/dev/null; then  # the X11 (xcb) platform plugin and its libraries
        step "GUI under Xvfb (X11)" env -u QT_QPA_PLATFORM INCIDENT_LOGGER_SMOKE=1 \
            xvfb-run -a "$P" --db "$DB"
        expect "200 rows shown"
    fi
    rm -rf "$WORK"
}

SIZE_MB=$(du -sm "$ROOT/dist/incident-logger" | cut -f1)
echo "== unpacked size: $SIZE_MB MB (limit 250 MB)"
[[ $SIZE_MB -lt 250 ]] || fail "the unpacked program is $SIZE_MB MB, over 250 MB"
check_program "$ROOT/dist/incident-logger/incident-logger" "self-contained folder"

DEB=$(ls "$ROOT"/dist/incident-logger_"$VERSION"-1_*.deb 2>/dev/null | head -1 || true)
if [[ -n "$DEB" && $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "== installing $DEB"
    # apt-get installs what the package depends on (dpkg -i alone would not); it needs the
    # package lists when some of them are missing.
    missing=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | awk '{print $1}' |
        while read -r dep; do dpkg -s "$dep" >/dev/null 2>&1 || echo "$dep"; done)
    if [[ -n "$missing" ]]; then
        echo "   (first fetching package lists for: $(echo $missing))"
        apt-get update -q >/dev/null
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$DEB" >"$ROOT/dist/apt.log" 2>&1 ||
        { cat "$ROOT/dist/apt.log"; fail "apt-get install $DEB"; }
    [[ -x /usr/bin/incident-logger ]] || fail "no launcher on the PATH"
    for f in /usr/share/applications/incident-logger.desktop \
        /usr/share/metainfo/io.github.incident_logger.IncidentLogger.metainfo.xml \
        /usr/share/icons/hicolor/256x256/apps/incident-logger.png \
        /usr/share/icons/hicolor/16x16/apps/incident-logger.png; do
        [[ -f $f ]] || fail "the package did not install $f"
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate /usr/share/applications/incident-logger.desktop
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net \
            /usr/share/metainfo/io.github.incident_logger.IncidentLogger.metainfo.xml
    fi
    check_program "$(command -v incident-logger)" "installed package"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q --purge incident-logger >/dev/null
    [[ ! -e /opt/incident-logger && ! -e /usr/bin/incident-logger ]] ||
        fail "files left after removing the package"
    echo "== package removed"
else
    echo "== .deb not installed (needs root, apt-get and a built .deb)"
fi
echo "smoke test passed in $(( $(date +%s) - started )) s"
