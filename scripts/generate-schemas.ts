// Writes what is generated from the zod schemas, so each setting and each file format has one source:
//   client/package.json  contributes.configuration   from server/src/shared/settings.ts
//   schemas/msglintrc.schema.json                     from server/src/engine/config/configSchema.ts
//   schemas/rule-pack.schema.json                     from server/src/engine/rules/ruleSchema.ts
//
//   npm run generate:schemas            write them
//   npm run generate:schemas -- --check exit 1 when a committed file is stale (tests/schemas runs this check)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { configSchema } from '../server/src/engine/config/configSchema.js';
import { rulePackSchema } from '../server/src/engine/rules/ruleSchema.js';
import { CLIENT_ONLY_SETTINGS, DEFAULT_SETTINGS, settingsSchema } from '../server/src/shared/settings.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = join(root, 'client', 'package.json');
export const SCHEMA_DIR = join(root, 'schemas');
const SCHEMA_BASE = 'https://raw.githubusercontent.com/msglint/msglint/main/schemas';

type Json = Record<string, unknown>;

/** One manifest property per setting: its JSON Schema, with the VS Code-only metadata merged in. */
export function manifestProperties(): Json {
  const properties: Json = {};
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const {
      $schema: _,
      vscode,
      ...schema
    } = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as unknown as Json & { vscode: Json };
    // VS Code's settings editor shows a nullable enum only as `type: [T, "null"]` with null among the values.
    if (Array.isArray(schema.anyOf)) {
      const [values, nullType] = schema.anyOf as Json[];
      if (nullType?.type === 'null' && Array.isArray(values?.enum)) {
        delete schema.anyOf;
        Object.assign(schema, { type: [values.type, 'null'], enum: [null, ...values.enum] });
      }
    }
    if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
    // VS Code reads a key pattern's error message inside `propertyNames`.
    const { patternErrorMessage, ...editorMeta } = vscode;
    if (patternErrorMessage && schema.propertyNames) schema.propertyNames = { ...(schema.propertyNames as Json), patternErrorMessage };
    properties[`msglint.${key}`] = { ...schema, default: DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS], ...editorMeta };
  }
  for (const [key, schema] of Object.entries(CLIENT_ONLY_SETTINGS)) properties[`msglint.${key}`] = schema;
  return properties;
}

function fileSchema(schema: z.ZodType, name: string, title: string): Json {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }) as Json;
  return { $schema: json.$schema, $id: `${SCHEMA_BASE}/${name}`, title, ...json };
}

/** Every generated file: path → content. */
export function generatedFiles(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  manifest.contributes.configuration = { ...manifest.contributes.configuration, properties: manifestProperties() };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    [MANIFEST, json(manifest)],
    [
      join(SCHEMA_DIR, 'msglintrc.schema.json'),
      json(fileSchema(configSchema, 'msglintrc.schema.json', 'msglint configuration (.msglintrc.yaml)')),
    ],
    [
      join(SCHEMA_DIR, 'rule-pack.schema.json'),
      json(fileSchema(rulePackSchema, 'rule-pack.schema.json', 'msglint rule pack (rules/*.yaml)')),
    ],
  ]);
}

/** Paths whose committed content differs from what the schemas generate. */
export function staleFiles(): string[] {
  const stale: string[] = [];
  for (const [path, content] of generatedFiles()) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== content) stale.push(path);
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    for (const path of stale) console.error(`stale: ${path} (run npm run generate:schemas)`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [path, content] of generatedFiles()) writeFileSync(path, content);
}
