import type { Diagnostic } from '../../engine/index.js';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from './formatter.js';
import { findingFingerprints } from './fingerprints.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, for code-scanning dashboards. Columns are UTF-16 code units, as the run declares. */
export const formatSarif: Formatter = ({ files, rule, version }) => {
  const ruleIds = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'msglint',
            version,
            informationUri: 'https://github.com/msglint/msglint',
            rules: ruleIds.map((id) => {
              const definition = rule(id);
              const helpUri = definition?.link;
              return {
                id,
                ...(definition
                  ? {
                      shortDescription: { text: definition.message.en.replace(/\{\w+\}/g, '…') },
                      fullDescription: { text: definition.rationale.en },
                      defaultConfiguration: { level: definition.severity === 'off' ? 'none' : LEVEL[definition.severity] },
                    }
                  : {}),
                ...(helpUri ? { helpUri } : {}),
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((file) => {
          const fingerprints = findingFingerprints(file);
          return file.diagnostics.map((d, i) => result(file.path, d, ruleIndex.get(d.ruleId)!, fingerprints[i]));
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(path: string, d: Diagnostic, ruleIndex: number, fingerprint: string) {
  const uri = toUri(path);
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(d.range) } }],
    // Code scanning matches a finding across commits by this, not by its line.
    partialFingerprints: { 'msglintFinding/v1': fingerprint },
    ...(d.fix
      ? {
          fixes: [
            {
              description: { text: d.fix.title },
              artifactChanges: [
                {
                  artifactLocation: { uri },
                  replacements: d.fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/**
 * SARIF locations are URI references: a relative path stays relative (with `/` and each segment
 * percent-encoded, so spaces, `#` and `%` in file names survive), an absolute one becomes a file URI.
 */
function toUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function region(range: Diagnostic['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
