# Shared shell helpers for scripts/*: sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
# Both cores (the machine has 2); Ninja would pick this too, but be explicit for emcc.
JOBS="$(nproc 2>/dev/null || echo 2)"
export JOBS
# Debian's emscripten JS optimizer needs Debian's acorn (../shared/notes/toolchain.md item 1).
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

say() { printf '\033[1m[pith]\033[0m %s\n' "$*" >&2; }
die() { printf '[pith] error: %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise (and say so).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then say "using sudo for: $*"; sudo "$@"
  else die "need root to run '$*' (not root and no sudo)"; fi
}
