// Test-only rule packs from tests/fixtures/packs (independent of the built-in detection rules).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRulePack, type LoadedPack } from '../../server/src/engine/index.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const PACKS = join(FIXTURES, 'packs');

export function loadPack(name: string): LoadedPack {
  const path = join(PACKS, name);
  return loadRulePack(readFileSync(path, 'utf8'), path);
}
