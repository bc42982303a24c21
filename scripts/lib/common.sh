# Shared by scripts/run and scripts/test: install what Lectern needs from Debian, then build.
# Sourced, not executed.

LECTERN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LECTERN_BUILD_DIR=${LECTERN_BUILD_DIR:-$LECTERN_ROOT/build}

# Everything needed to build and run Lectern, its server and its tests on Debian 12.
LECTERN_PACKAGES=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # Qt 6 and friends
    qt6-base-dev qt6-multimedia-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libsqlite3-dev
    # audio: decoding through Qt Multimedia's GStreamer backend, resampling, Ogg Opus encoding
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    libsoxr-dev libopusenc-dev
    # sync server
    postgresql libsodium-dev
    # tests, benchmarks and packaging
    libgtest-dev libgmock-dev libbenchmark-dev sqlite3 openssl
    dpkg-dev file fakeroot desktop-file-utils appstream
    xvfb xauth dbus gnome-keyring libsecret-1-0
    espeak-ng sox libsox-fmt-mp3 ffmpeg poppler-utils
    nodejs node-ws
)

lectern_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs whatever is missing; does nothing (and needs no network) when all is there.
lectern_ensure_packages() {
    local missing=() pkg
    for pkg in "${LECTERN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    lectern_log "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
}

# Configures once, then builds incrementally: the targets named, or everything.
lectern_build() {
    local targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    local extra=()
    [ "${CI:-}" = "true" ] && extra+=(-DLECTERN_WERROR=ON)
    if [ ! -f "$LECTERN_BUILD_DIR/build.ninja" ] || [ ${#extra[@]} -gt 0 ]; then
        lectern_log "Configuring in $LECTERN_BUILD_DIR"
        cmake -S "$LECTERN_ROOT" -B "$LECTERN_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE="${LECTERN_BUILD_TYPE:-RelWithDebInfo}" "${extra[@]}" >/dev/null
    fi
    lectern_log "Building"
    cmake --build "$LECTERN_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}"
}
