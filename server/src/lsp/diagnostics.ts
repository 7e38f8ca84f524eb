import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import { LineIndex, type Diagnostic, type Fix, type Severity, type SourceError } from '../engine/index.js';

export const SOURCE = 'msglint';

/** What travels in `Diagnostic.data`: enough to answer a code action without linting again. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the finding (and its fix's ranges) belongs to. */
  version: number;
  fix?: Fix;
  /** True when the finding lies in the front matter (suppression comments cannot go there). */
  inFrontMatter?: boolean;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic, version: number, bodyStart: number): LspDiagnostic {
  const data: DiagnosticData = { ruleId: d.ruleId, version };
  if (d.fix) data.fix = d.fix;
  if (d.offsets.start < bodyStart) data.inFrontMatter = true;
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(d.link ? { codeDescription: { href: d.link } } : {}),
    source: SOURCE,
    message: d.message,
    data,
  };
}

/** Problems in `.msglintrc.yaml` or a rule pack, shown in that file. */
export function sourceErrorToLsp(error: SourceError, text: string | undefined, code: string): LspDiagnostic {
  const range =
    text === undefined
      ? { start: { line: error.line - 1, character: error.column - 1 }, end: { line: error.line - 1, character: error.column } }
      : new LineIndex(text).rangeOf(error.start, error.end);
  return { range, severity: DiagnosticSeverity.Error, code, source: SOURCE, message: error.message };
}

export function readData(data: unknown): DiagnosticData | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Partial<DiagnosticData>;
  if (typeof d.ruleId !== 'string' || typeof d.version !== 'number') return undefined;
  return d as DiagnosticData;
}
