#!/usr/bin/env bash
# Installs the Debian 12 packages unxref builds and tests with. As root it runs apt-get;
# otherwise it prints the one apt-get line to run and fails.
set -euo pipefail
packages=(g++ cmake make pkg-config libboost-dev libfmt-dev libgraphviz-dev catch2 libcli11-dev
          nlohmann-json3-dev libpoppler-cpp-dev libzip-dev libxml2-dev python3 "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "unxref: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "unxref: missing Debian packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
