#!/usr/bin/env bash
# THE cpgeo test command:   bash tests/run.sh [--long]
#   1. checks the Debian packages and tools the suite needs; as root installs what is
#      missing (apt-get), otherwise prints the one apt-get line to run and exits 1;
#   2. runs  cmake --workflow --preset test   (or --preset long: 100x property cases)
#      from the repository root, and exits with its status.
set -euo pipefail

preset=test
for arg in "$@"; do
  case "$arg" in
    --long) preset=long ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "tests/run.sh: unknown argument '$arg' (usage: bash tests/run.sh [--long])" >&2; exit 2 ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
# Libraries (headers + CMake packages) come from these Debian packages; the docs site's
# theme (mkdocs-material) and Google Benchmark's header (the benchmarks' compile check) too;
# the printed notebook's LaTeX (pdflatex, Latin Modern) and poppler (pdftotext, pdftoppm).
for pkg in libboost-dev librapidcheck-dev libgtest-dev libgmp-dev libbenchmark-dev mkdocs-material \
           texlive-latex-base lmodern poppler-utils; do
  have_pkg "$pkg" || missing+=("$pkg")
done
# Tools: whatever provides them on PATH is fine; the package is named if one is absent.
for tool_pkg in cmake:cmake g++:g++ clang++:clang clang-format:clang-format python3:python3 \
                mkdocs:mkdocs chromium:chromium; do
  command -v "${tool_pkg%%:*}" >/dev/null 2>&1 || missing+=("${tool_pkg#*:}")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "tests/run.sh: installing missing packages: ${missing[*]}" >&2
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  else
    # One line, copy-pasteable as is (the reason is a shell comment).
    echo "sudo apt-get install -y ${missing[*]}  # cpgeo tests need these; not root, so not installed" >&2
    exit 1
  fi
fi

# Workflow presets need CMake >= 3.25.
cmake_version=$(cmake --version | sed -n '1s/^cmake version \([0-9][0-9.]*\).*/\1/p')
if ! printf '3.25\n%s\n' "$cmake_version" | sort -V -C; then
  echo "tests/run.sh: CMake $cmake_version is too old; cmake --workflow needs 3.25 or newer" >&2
  exit 1
fi

status=0
cmake --workflow --preset "$preset" || status=$?
exit "$status"
