import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixDraft, LineIndex, type Position, type Range } from '../engine/index.js';
import { runWithinBudget, switchedOff } from '../node/ruleBudget.js';
import { COMMANDS, FIX_ALL_KIND } from '../shared/protocol.js';
import { readData } from './diagnostics.js';
import type { LintEntry } from './linting.js';
import { t } from './locale.js';

export interface EditCapabilities {
  /** The client takes `documentChanges` (versioned edits). */
  documentChanges: boolean;
}

const TITLES = {
  disableLine: { en: 'Disable {rule} for this line', zh: '在此行停用 {rule}' },
  disableFile: { en: 'Disable {rule} for this file', zh: '在此文件中停用 {rule}' },
  fixAll: { en: 'Fix all safe msglint problems', zh: '修复所有可安全修复的 msglint 问题' },
};

/** A workspace edit pinned to the document version it was computed for. */
export function versionedEdit(doc: TextDocument, edits: TextEdit[], caps: EditCapabilities): WorkspaceEdit {
  if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * Code actions for the request's range: every finding of the server's own lint of this document
 * version that overlaps the range gets its rule's fix (one action per distinct edit, however many
 * findings offer it), "disable for this line/file", and `source.fixAll.msglint`. What the client
 * echoes in `context.diagnostics` is not read: clients drop `source`, `data` or the whole list
 * (Vim + ALE, Neovim 0.7, a cursor with no diagnostic selected), and the range is the spec's
 * primary parameter.
 */
export function codeActions(doc: TextDocument, entry: LintEntry, params: CodeActionParams, caps: EditCapabilities): CodeAction[] {
  const only = params.context.only;
  const locale = entry.locale;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const findings = entry.diagnostics.filter((d) => overlaps(d.range, params.range));
    const byEdit = new Map<string, CodeAction>();
    const disables: CodeAction[] = [];
    const disabled = new Set<string>();
    for (const diagnostic of findings) {
      const data = readData(diagnostic.data);
      if (!data || data.version !== doc.version) continue;
      if (data.fix) {
        const key = JSON.stringify(data.fix.edits);
        const same = byEdit.get(key);
        if (same) {
          same.diagnostics!.push(diagnostic);
          same.isPreferred ||= data.fix.safe;
        } else {
          byEdit.set(key, {
            title: data.fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: data.fix.safe,
            edit: versionedEdit(doc, data.fix.edits, caps),
          });
        }
      }
      if (data.ruleId.startsWith('msglint/') || data.inFrontMatter || disabled.has(data.ruleId)) continue;
      disabled.add(data.ruleId);
      disables.push(
        {
          title: t(locale, TITLES.disableLine, { rule: data.ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: versionedEdit(doc, [disableLineEdit(doc, diagnostic.range.start.line, data.ruleId)], caps),
        },
        {
          title: t(locale, TITLES.disableFile, { rule: data.ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: versionedEdit(doc, [disableFileEdit(doc, entry.result.draft.bodyStart, data.ruleId)], caps),
        },
      );
    }
    actions.push(...byEdit.values(), ...disables);
  }
  if (only?.length && wants(only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(doc, entry);
    if (edits.length > 0) {
      actions.push({ title: t(locale, TITLES.fixAll), kind: FIX_ALL_KIND, edit: versionedEdit(doc, edits, caps) });
    }
  } else if (!only?.length && actions.length > 0) {
    // Offered next to the quick fixes in the light bulb, as ESLint does, when there is more than one safe fix.
    const edits = fixAllEdits(doc, entry);
    if (entry.result.diagnostics.filter((d) => d.fix?.safe).length > 1 && edits.length > 0) {
      actions.push({ title: t(locale, TITLES.fixAll), kind: FIX_ALL_KIND, edit: versionedEdit(doc, edits, caps) });
    }
  }
  return actions;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Whether a finding lies in the requested range. A cursor (empty range) touches a finding from its
 * first to its last character inclusive; a selection must share at least one character with it.
 */
export function overlaps(finding: Range, request: Range): boolean {
  if (compare(request.start, request.end) === 0 || compare(finding.start, finding.end) === 0) {
    return compare(finding.start, request.end) <= 0 && compare(request.start, finding.end) <= 0;
  }
  return compare(finding.start, request.end) < 0 && compare(request.start, finding.end) < 0;
}

const LINE_DIRECTIVE = /<!--\s*msglint-disable-line\b([^]*?)-->\s*$/;
const FILE_DIRECTIVE = /^<!--\s*msglint-disable\b([^]*?)-->[ \t]*$/;

/** Appends `<!-- msglint-disable-line rule -->` to the line, or adds the rule to one already there. */
export function disableLineEdit(doc: TextDocument, line: number, ruleId: string): TextEdit {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const existing = LINE_DIRECTIVE.exec(text);
  if (existing) {
    const names = existing[1].trim();
    const start = existing.index;
    const newText = `<!-- msglint-disable-line ${names ? `${names} ` : ''}${ruleId} -->`;
    return { range: { start: { line, character: start }, end: { line, character: text.length } }, newText };
  }
  const sep = text.length === 0 || /\s$/.test(text) ? '' : ' ';
  return {
    range: { start: { line, character: text.length }, end: { line, character: text.length } },
    newText: `${sep}<!-- msglint-disable-line ${ruleId} -->`,
  };
}

/** Puts `<!-- msglint-disable rule -->` on the first line of the body (after the front matter), or extends the one there. */
export function disableFileEdit(doc: TextDocument, bodyStart: number, ruleId: string): TextEdit {
  const text = doc.getText();
  const start = doc.positionAt(bodyStart);
  const lineText = doc.getText({ start, end: { line: start.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const existing = FILE_DIRECTIVE.exec(lineText);
  if (existing && start.character === 0) {
    const names = existing[1].trim();
    return {
      range: { start, end: { line: start.line, character: lineText.length } },
      newText: `<!-- msglint-disable ${names ? `${names} ` : ''}${ruleId} -->`,
    };
  }
  // The draft's own line break (the engine's rule for fix text): CRLF if any, a lone CR if only CRs.
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  return { range: { start, end: start }, newText: `<!-- msglint-disable ${ruleId} -->${eol}` };
}

/**
 * Fix all: the engine's `fixDraft`, the very function `msglint --fix` runs (same passes, same
 * re-lints), so the editor's result always equals the CLI's. One edit spans what changed.
 */
export function fixAllEdits(doc: TextDocument, entry: LintEntry): TextEdit[] {
  const text = doc.getText();
  if (!entry.fixWith || !entry.result.diagnostics.some((d) => d.fix?.safe)) return [];
  const { rules, options, budgetMs } = entry.fixWith;
  // The passes lint fixed text the budgeted lint never saw: they run within the budget too.
  let fixed = text;
  runWithinBudget(
    [
      {
        run: (onRuleStart, off) =>
          off.length === 0
            ? fixDraft(text, rules, { ...options, onRuleStart }, entry.result).text
            : fixDraft(text, rules, { ...options, severity: switchedOff(options.severity ?? {}, off), onRuleStart }).text,
        ruleId: (i) => rules[i].definition.id,
      },
    ],
    budgetMs,
    (_, result) => {
      fixed = result;
    },
  );
  if (fixed === text) return [];
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let end = 0;
  while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
  // Never split a \r\n or a surrogate pair at either end of the edit.
  while (start > 0 && (isLowSurrogate(text.charCodeAt(start)) || (text[start - 1] === '\r' && text[start] === '\n'))) start--;
  while (
    end > 0 &&
    (isLowSurrogate(text.charCodeAt(text.length - end)) || (text[text.length - end - 1] === '\r' && text[text.length - end] === '\n'))
  )
    end--;
  const lines = new LineIndex(text);
  return [{ range: lines.rangeOf(start, text.length - end), newText: fixed.slice(start, fixed.length - end) }];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export const FIX_ALL_COMMAND = COMMANDS.fixAll;
