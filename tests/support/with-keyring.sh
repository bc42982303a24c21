#!/bin/sh
# Runs a command with a keychain of its own: a private D-Bus session with an unlocked
# gnome-keyring in it, and HOME, XDG_RUNTIME_DIR and the XDG config and data dirs in a temporary
# directory, so tests use the real Secret Service backend of QtKeychain without touching the
# user's keyring, settings or library. Without a session bus QtKeychain cannot reach any keychain,
# and a keyring that is not unlocked waits for a password prompt no one answers.
#
#   with-keyring.sh <program> [arguments...]
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (install dbus and gnome-keyring)" >&2
        exit 1
    fi
done

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/lectern-keyring.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT INT TERM
mkdir -p "$sandbox/home" "$sandbox/runtime" "$sandbox/config" "$sandbox/data"
chmod 700 "$sandbox/runtime"
export HOME="$sandbox/home"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export XDG_CONFIG_HOME="$sandbox/config"
export XDG_DATA_HOME="$sandbox/data"

export LECTERN_TEST_KEYRING=1

# The daemon reads the new keyring's password from stdin and creates the login collection
# unlocked; it leaves with the session bus when the command is done.
dbus-run-session -- sh -c '
    printf "%s" lectern-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
