#!/usr/bin/env bash
# Builds the Debian packages, unpacks them into a scratch root and checks what an installation
# would give a student and an admin: binaries that run, valid desktop integration, the server's
# systemd unit and configuration file, and dependencies apt can resolve.
# usage: check-packages.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d -t lectern-packages.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@" >"$work/check.log" 2>&1; then
        echo "ok:   $what"
    else
        echo "FAIL: $what"; sed 's/^/      /' "$work/check.log"; failures=$((failures + 1))
    fi
}
prints() { # prints EXPECTED COMMAND...: COMMAND succeeds and its output contains EXPECTED
    local expected=$1; shift
    local out; out=$("$@" 2>&1) || { echo "$out"; return 1; }
    grep -qF -- "$expected" <<<"$out" || { echo "expected '$expected' in: $out"; return 1; }
}

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "FAIL: cpack could not build the packages"; exit 1; }
client=$(ls "$work"/out/lectern_"$version"_*.deb)
server=$(ls "$work"/out/lectern-server_"$version"_*.deb)
root=$work/root
for deb in "$client" "$server"; do dpkg-deb -x "$deb" "$root"; done

check "lectern-cli --version from the package" prints "$version" "$root/usr/bin/lectern-cli" --version
check "lectern-server --version from the package" prints "$version" "$root/usr/bin/lectern-server" --version
check "lectern --version from the package" prints "$version" env QT_QPA_PLATFORM=offscreen "$root/usr/bin/lectern" --version
check "desktop entry is valid" desktop-file-validate "$root/usr/share/applications/org.example.Lectern.desktop"
check "AppStream metainfo is valid" appstreamcli validate --no-net "$root/usr/share/metainfo/org.example.Lectern.metainfo.xml"
check "icon is installed" test -s "$root/usr/share/icons/hicolor/scalable/apps/org.example.Lectern.svg"
check "systemd unit is installed" grep -q "ExecStart=/usr/bin/lectern-server" "$root/lib/systemd/system/lectern-server.service"
check "server configuration is a conffile" prints "/etc/lectern-server/lectern-server.conf" dpkg-deb -I "$server" conffiles
# The shipped configuration must parse: without its database role the server gets as far as
# connecting (exit 3, database), not stopping at the configuration (exit 2).
exits_with() { local code=$1; shift; "$@"; [ $? -eq "$code" ]; }
check "shipped server configuration is accepted" exits_with 3 \
    "$root/usr/bin/lectern-server" --config "$root/etc/lectern-server/lectern-server.conf"
check "nginx sample is shipped" test -s "$root/usr/share/doc/lectern-server/examples/nginx-lectern-server.conf"
check "client depends on Qt Widgets and the SQLite driver" prints "libqt6sql6-sqlite" dpkg-deb -f "$client" Depends
check "server depends on the PostgreSQL driver" prints "libqt6sql6-psql" dpkg-deb -f "$server" Depends
check "server does not pull in Widgets or Multimedia" bash -c "! dpkg-deb -f '$server' Depends | grep -Eq 'libqt6(widgets|multimedia)'"
check "apt can resolve both packages' dependencies" apt-get install --simulate -q "$client" "$server"

[ "$failures" -eq 0 ] || { echo "$failures packaging check(s) failed"; exit 1; }
echo "all packaging checks passed"
