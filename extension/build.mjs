// Builds the Manifest V3 extension into one folder that loads unpacked (chrome://extensions →
// Load unpacked). Called by scripts/build-web.mjs with the shared browser options and the plugin
// that embeds the built-in packs.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * `grantedHosts` adds install-time host permissions: only the tests use it, for their local
 * fixture server, since a headless browser cannot click the permission prompt a user would.
 */
export async function buildExtension({ outdir, browserOptions, plugins, grantedHosts = [] }) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entryPoints = {
    background: join(here, 'src/background.ts'),
    content: join(here, 'src/content/content.ts'),
    popup: join(here, 'src/popup.ts'),
  };
  // Classic scripts (content scripts cannot be modules); no source maps in the packaged extension.
  await build({ ...browserOptions, sourcemap: false, plugins, format: 'iife', entryPoints, outdir });
  cpSync(join(here, 'static/popup.html'), join(outdir, 'popup.html'));
  const manifest = JSON.parse(readFileSync(join(here, 'static/manifest.json'), 'utf8'));
  const version = JSON.parse(readFileSync(join(here, '../package.json'), 'utf8')).version;
  manifest.version = version;
  if (grantedHosts.length > 0) manifest.host_permissions = grantedHosts;
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
