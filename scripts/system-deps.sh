#!/usr/bin/env bash
# Installs the Debian libraries Qt needs, only those missing: a machine that has them pays nothing
# (one dpkg-query, no apt-get). Offscreen rendering and fonts always; the X11 window libraries too
# unless CHRONIK_WINDOW_DEPS=0 (test.sh sets it: the tests run offscreen).
# Needs root (or sudo) to install; otherwise says in one line what is missing and goes on.
set -u
pkgs=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libx11-6 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
if [ "${CHRONIK_WINDOW_DEPS:-1}" != 0 ]; then
  # without libxcb-icccm4 and libxcb-keysyms1 Qt aborts asking, misleadingly, for xcb-cursor0
  pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
         libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can check
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Chronik needs these system packages: ${missing[*]} (install them with apt-get)" >&2; exit 0; fi
echo "installing system libraries for Qt: ${missing[*]}" >&2
$SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "could not install ${missing[*]}; install them with apt-get" >&2
exit 0
