// The VS Code manifest's settings and the JSON Schemas of .msglintrc.yaml and rule packs are generated
// from the zod schemas; this fails when a committed copy is stale (fix: npm run generate:schemas).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles, MANIFEST } from '../../scripts/generate-schemas.js';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/shared/settings.js';

describe('generated schemas', () => {
  for (const [path, content] of generatedFiles()) {
    it(`${path.replace(/^.*?\/(client|schemas)\//, '$1/')} is current`, () => {
      expect(readFileSync(path, 'utf8')).toBe(content);
    });
  }

  it('the manifest declares every server setting with the server default', () => {
    const properties = JSON.parse(readFileSync(MANIFEST, 'utf8')).contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(properties[`msglint.${key}`]?.default, key).toEqual(value);
    }
  });
});

describe('settings parsing', () => {
  it('keeps valid fields and defaults each invalid one on its own', () => {
    const parsed = parseSettings({
      enable: false,
      debounceMs: 'soon',
      maxLength: 0.5,
      severity: { quote: 'off', 'Bad Key': 'off', im: 'loud' },
      defaultChannel: 'fax',
    });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, enable: false, severity: { quote: 'off' } });
  });

  it('reads any non-object as the defaults', () => {
    for (const raw of [undefined, null, 42, 'x', [1]]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});
