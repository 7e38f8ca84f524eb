#!/bin/sh
# Installs what the editor tests need beyond npm packages, from Debian's packages and the npm
# registry only: Neovim, Vim + ALE (driven in tmux) and Emacs+eglot (real third-party LSP clients),
# pre-commit (the hook test, tests/package/preCommit.test.ts), attr and acl (setfattr, setfacl: the
# --fix metadata test), Chromium (tests/web), and, through
# scripts/vscode/install-code-server.sh, Chromium and code-server (a real VS Code).
# Idempotent and quick when everything is there. Needs root or sudo for apt-get.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
log() { echo "[install-test-deps] $*" >&2; }

need=""
command -v nvim >/dev/null 2>&1 || need="$need neovim"
command -v emacs >/dev/null 2>&1 || need="$need emacs-nox"
command -v vim >/dev/null 2>&1 || need="$need vim"
[ -d /usr/share/vim/vimfiles/pack/dist-bundle/opt/ale ] || need="$need vim-ale"
command -v tmux >/dev/null 2>&1 || need="$need tmux"
[ -x /usr/bin/chromium ] || need="$need chromium" # tests/web: playground and browser extension
command -v pre-commit >/dev/null 2>&1 || need="$need pre-commit"
# tests/hardening/fixKeepsFileMetadata.test.ts: --fix keeps extended attributes and ACLs
command -v setfattr >/dev/null 2>&1 || need="$need attr"
command -v setfacl >/dev/null 2>&1 || need="$need acl"
[ -d /usr/share/emacs/site-lisp/elpa-src ] && ls /usr/share/emacs/site-lisp/elpa-src 2>/dev/null | grep -q '^eglot' || need="$need elpa-eglot"
# shellcheck disable=SC2086 # $need is a list of package names
[ -z "$need" ] || sh "$ROOT/scripts/apt-install.sh" $need

if [ -x "$ROOT/scripts/vscode/install-code-server.sh" ] || [ -f "$ROOT/scripts/vscode/install-code-server.sh" ]; then
  sh "$ROOT/scripts/vscode/install-code-server.sh" >/dev/null
fi
log "ready"
