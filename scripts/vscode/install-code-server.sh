#!/bin/sh
# Installs what the VS Code tests need, offline (only the Debian and npm registries):
#   - Debian packages: chromium (drives code-server's workbench), ripgrep (stands in for
#     @vscode/ripgrep's GitHub download), libkrb5-dev (code-server's kerberos module builds from source);
#   - code-server 4.100.3 (= VS Code 1.100.3, last line that runs on Node 20) into a cache dir,
#     outside the project's dependency tree.
# Idempotent: returns in well under a second when everything is already there.
# Prints the code-server executable's path on the last line of stdout.
set -eu

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE_DIR="${MSGLINT_CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
PREFIX="$CACHE_DIR/$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"

log() { echo "[install-code-server] $*" >&2; }

# 1. Debian packages, only when a binary/header is missing.
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v rg >/dev/null 2>&1 || need="$need ripgrep"
[ -f /usr/include/gssapi/gssapi.h ] || need="$need libkrb5-dev"
if [ ! -x "$BIN" ]; then
  # node-gyp needs a compiler, make and python3 for node-pty and kerberos.
  command -v g++ >/dev/null 2>&1 || need="$need g++"
  command -v make >/dev/null 2>&1 || need="$need make"
  command -v python3 >/dev/null 2>&1 || need="$need python3"
fi
# shellcheck disable=SC2086 # $need is a list of package names
[ -z "$need" ] || sh "$ROOT/scripts/apt-install.sh" $need

# 2. code-server into the cache dir.
if [ -x "$BIN" ] && [ -f "$PREFIX/.complete" ]; then
  echo "$BIN"
  exit 0
fi

# One installer at a time (CI stages or helpers may start in parallel); re-check once we hold the lock.
mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR/.install.lock"
flock 9
if [ -x "$BIN" ] && [ -f "$PREFIX/.complete" ]; then
  echo "$BIN"
  exit 0
fi

log "installing code-server@$CODE_SERVER_VERSION into $PREFIX (about 60 s)"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this tarball in its cache
# ($TMPDIR/vscode-ripgrep-cache-<version>/); give it Debian's rg (13.0.0) instead.
RG_CACHE="$TMP/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE/stage"
cp "$(command -v rg)" "$RG_CACHE/stage/rg"
for target in x86_64-unknown-linux-musl aarch64-unknown-linux-musl aarch64-unknown-linux-gnu; do
  tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-$target.tar.gz" -C "$RG_CACHE/stage" rg
done

echo '{"name":"msglint-code-server","private":true}' > "$PREFIX/package.json"
(
  cd "$PREFIX"
  # unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's postinstall runs `npx node-gyp`.
  TMPDIR="$TMP" npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false \
    npm install --no-save --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
)
[ -x "$BIN" ] || { log "code-server binary missing after install"; exit 1; }
touch "$PREFIX/.complete"
log "done"
echo "$BIN"
