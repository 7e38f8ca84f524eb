// A throw-away project folder with a `.msglintrc.yaml` and a rule pack of its own, so the tests do
// not depend on the built-in rules (which keep growing).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const HOUSE_PACK = `description: Test pack.
rules:
  - id: house/kindly-revert
    kind: substitution
    swap: { 'kindly revert': 'please reply' }
    severity: warning
    safe: true
    message:
      en: 'Write “{replacement}” instead of “{match}”.'
      zh: '请用“{replacement}”代替“{match}”。'
    rationale:
      en: Buyers outside South Asia read revert as go back.
      zh: 南亚以外的买家会把 revert 理解为“退回”。
    good:
      en: Please reply by Friday.
      zh: 请在周五前回复。
    examples:
      fail: ['Kindly revert soon.']
      pass: ['Please reply soon.']
`;

export interface Workspace {
  root: string;
  uri(relative: string): string;
  path(relative: string): string;
  write(relative: string, text: string): string;
}

export function makeWorkspace(files: Record<string, string> = {}): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'msglint-lsp-'));
  const ws: Workspace = {
    root,
    path: (relative) => join(root, relative),
    uri: (relative) => pathToFileURL(join(root, relative)).href,
    write(relative, text) {
      const path = join(root, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return pathToFileURL(path).href;
    },
  };
  for (const [relative, text] of Object.entries(files)) ws.write(relative, text);
  return ws;
}

/** Where the house pack documents its rules, when a test gives it a `link:`. */
export const HOUSE_LINK = 'https://wiki.example.com/style/house';

/** A project using the house pack (with `link` set, the pack says where its rules are documented). */
export function houseWorkspace(options: { link?: string } = {}): Workspace {
  const pack = options.link ? `link: ${options.link}\n${HOUSE_PACK}` : HOUSE_PACK;
  return makeWorkspace({ '.msglintrc.yaml': 'rulePacks: [packs/house.yaml]\n', 'packs/house.yaml': pack });
}
