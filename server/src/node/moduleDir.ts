import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the running module, in the TypeScript sources and in the CommonJS bundles alike. */
export function moduleDir(): string {
  return dirname(fileURLToPath(import.meta.url));
}
