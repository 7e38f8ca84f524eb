'use strict';
// Runs a bundle (dist/cli.cjs, dist/server.cjs) with a V8 code cache, so a new process (and each
// --jobs worker) skips most of compiling the 1.4 MB bundle. Node 20 has no module.enableCompileCache.
//
// The cache holds compiled code of the bundle only (V8's code cache of this one script, created
// after the run so lazily compiled functions are in it), never draft text. It lives in a per-user
// folder (MSGLINT_CODE_CACHE_DIR, else $XDG_CACHE_HOME/msglint or ~/.cache/msglint, mode 0700) and
// is keyed by the bundle's path, size and mtime and the Node version; V8 rejects a cache from another
// V8 build or flags, and then it is rewritten. A read-only, missing or foreign folder just means no
// cache. MSGLINT_CODE_CACHE=off disables it. Writing one removes the oldest others of that bundle
// beyond four, so upgrades and rebuilds do not pile up.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { isMainThread } = require('node:worker_threads');

const LOADER = Symbol.for('msglint.codeCacheLoader');
/** Written after this long if the process is still running (the language server). */
const SERVER_WRITE_DELAY_MS = 5000;
/**
 * Caches kept per bundle name. Every install, upgrade or build of a bundle (and every Node version
 * that runs it) has its own key, so without a limit the folder only grows (1.5 MB a cache). A few
 * stay, so installs in use side by side (a global one, a project's, the editor's) keep theirs.
 */
const KEEP_PER_BUNDLE = 4;

function cacheDir(env) {
  if (env.MSGLINT_CODE_CACHE === 'off') return null;
  if (env.MSGLINT_CODE_CACHE_DIR) return env.MSGLINT_CODE_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  return base ? path.join(base, 'msglint') : null;
}

/** The cache file for this bundle, or null when no usable per-user folder exists. */
function cacheFileFor(bundle, stat, env, create) {
  const dir = cacheDir(env);
  if (!dir) return null;
  try {
    if (create) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const own = fs.statSync(dir);
    // Code from a folder someone else can write to would run as this user: never use it.
    if (!own.isDirectory() || (typeof process.getuid === 'function' && own.uid !== process.getuid()) || (own.mode & 0o022) !== 0) return null;
  } catch {
    return null;
  }
  const key = createHash('sha256').update(`${bundle}\0${stat.size}\0${stat.mtimeMs}\0${process.version}\0${process.arch}`).digest('hex').slice(0, 20);
  return path.join(dir, `${path.basename(bundle)}-${key}.v8cache`);
}

/** Runs `bundle` as the CommonJS module it is, with the code cache when there is one. */
function runBundle(bundle, env = process.env) {
  bundle = path.resolve(bundle);
  const stat = fs.statSync(bundle);
  let source = fs.readFileSync(bundle, 'utf8');
  // A hashbang is only valid at the very start of a script, not inside the module wrapper.
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const file = cacheFileFor(bundle, stat, env, false);
  let cachedData;
  try {
    cachedData = file ? fs.readFileSync(file) : undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (isMainThread && (!cachedData || script.cachedDataRejected)) scheduleWrite(script, bundle, stat, env);
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  mod.loaded = true;
  globalThis[LOADER] = { script: __filename, args: [bundle] };
  script.runInThisContext({ displayErrors: true })(mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  return mod.exports;
}

function scheduleWrite(script, bundle, stat, env) {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    const file = cacheFileFor(bundle, stat, env, true);
    if (!file) return;
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, file);
      pruneOlderCaches(file, path.basename(bundle));
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        /* nothing to clean */
      }
    }
  };
  process.once('exit', write);
  setTimeout(write, SERVER_WRITE_DELAY_MS).unref();
}

/** Removes the oldest other caches of `bundleName` (by when they were written) beyond KEEP_PER_BUNDLE with `file`, just written. */
function pruneOlderCaches(file, bundleName) {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const ours = (entry) => entry.startsWith(`${bundleName}-`) && /^[0-9a-f]{20}\.v8cache$/.test(entry.slice(bundleName.length + 1));
  const caches = [];
  for (const entry of fs.readdirSync(dir)) {
    if (entry === name || !ours(entry)) continue;
    try {
      caches.push({ entry, written: fs.lstatSync(path.join(dir, entry)).mtimeMs });
    } catch {
      /* removed meanwhile */
    }
  }
  caches.sort((a, b) => b.written - a.written);
  for (const { entry } of caches.slice(KEEP_PER_BUNDLE - 1)) {
    try {
      fs.rmSync(path.join(dir, entry), { force: true });
    } catch {
      /* another process's to remove */
    }
  }
}

module.exports = { runBundle, cacheDir };

// A --jobs worker started on this file: `argv` names the bundle.
if (!isMainThread && require.main === module) runBundle(process.argv[2]);
