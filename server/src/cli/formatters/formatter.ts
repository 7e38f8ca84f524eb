import type { Locale, RuleDefinition } from '../../engine/index.js';
import type { FileResult } from '../lintFiles.js';

export type LintedFile = Extract<FileResult, { kind: 'linted' }>;

export interface FormatterInput {
  files: LintedFile[];
  /** Rule definitions by id, for formats that describe rules (SARIF; `link` is the rule's docs). */
  rule(ruleId: string): RuleDefinition | undefined;
  color: boolean;
  version: string;
  /** Language of the formatter's own words (the stylish summary); findings carry their own. */
  locale?: Locale;
  /** --fix-dry-run: `diagnostics` are what remains after the fixes; formats that can also list the fixes. */
  fixDryRun?: boolean;
}

/** A formatter turns results into the text printed on standard output. One file per format. */
export type Formatter = (input: FormatterInput) => string;
