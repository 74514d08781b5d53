#!/usr/bin/env bash
# Installs every build and test dependency of citecheck from Debian 12 packages.
# Idempotent: when everything is present it only checks and returns in about a second.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build clang-format
  libcurl4-openssl-dev libssl-dev zlib1g-dev
  libpugixml-dev libboost-dev nlohmann-json3-dev doctest-dev
  libsqlite3-dev libcli11-dev libgumbo-dev libcpp-httplib-dev
  libpoppler-cpp-dev libpoppler-glib-dev libmimalloc-dev libzip-dev libtomlplusplus-dev libmd4c-dev libpsl-dev
  python3 curl qpdf
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (${missing[*]}); run as root or install them" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
