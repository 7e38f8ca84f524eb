// The shapes of the params this server reads, checked where messages enter (see protocolGate.ts), so
// no handler ever sees `"uri": 42` or `"line": -5`. Only the fields the server reads are checked;
// anything else a client adds passes through untouched.
import { z } from 'zod';

const uinteger = z.number().int().min(0);
const integer = z.number().int();
const position = z.object({ line: uinteger, character: uinteger });
const range = z.object({ start: position, end: position });
const document = z.object({ uri: z.string() });
const positionParams = z.object({ textDocument: document, position });

const contentChange = z.union([z.object({ range, rangeLength: uinteger.optional(), text: z.string() }), z.object({ text: z.string() })]);

/** Requests: a mismatch is answered with InvalidParams (-32602). */
export const REQUEST_PARAMS: Record<string, z.ZodType> = {
  initialize: z.object({
    processId: integer.nullable().optional(),
    capabilities: z.object({}).loose(),
    locale: z.string().optional(),
    rootUri: z.string().nullable().optional(),
    rootPath: z.string().nullable().optional(),
    workspaceFolders: z
      .array(z.object({ uri: z.string(), name: z.string() }))
      .nullable()
      .optional(),
  }),
  'textDocument/hover': positionParams,
  'textDocument/completion': positionParams.extend({
    context: z.object({ triggerKind: z.number().int().min(1).max(3), triggerCharacter: z.string().optional() }).optional(),
  }),
  'textDocument/codeAction': z.object({
    textDocument: document,
    range,
    // What the client echoes back is not read (actions come from the range), so any entries pass.
    context: z.object({ diagnostics: z.array(z.unknown()), only: z.array(z.string()).optional(), triggerKind: integer.optional() }),
  }),
  'textDocument/codeLens': z.object({ textDocument: document }),
  'textDocument/inlayHint': z.object({ textDocument: document, range }),
  'textDocument/diagnostic': z.object({
    textDocument: document,
    previousResultId: z.string().optional(),
    identifier: z.string().optional(),
  }),
  'workspace/executeCommand': z.object({ command: z.string(), arguments: z.array(z.unknown()).optional() }),
};

/** Notifications: a mismatch is logged (method and field, never the text) and the message dropped. */
export const NOTIFICATION_PARAMS: Record<string, z.ZodType> = {
  'textDocument/didOpen': z.object({
    textDocument: z.object({ uri: z.string(), languageId: z.string(), version: integer, text: z.string() }),
  }),
  'textDocument/didChange': z.object({
    textDocument: z.object({ uri: z.string(), version: integer }),
    contentChanges: z.array(contentChange),
  }),
  'textDocument/didClose': z.object({ textDocument: document }),
  'textDocument/didSave': z.object({ textDocument: document, text: z.string().optional() }),
  'workspace/didChangeConfiguration': z.object({ settings: z.unknown() }),
  'workspace/didChangeWatchedFiles': z.object({ changes: z.array(z.object({ uri: z.string(), type: z.number().int().min(1).max(3) })) }),
};

/** `undefined` when the params fit, else which field is wrong and how (no values quoted). */
export function paramsProblem(schema: z.ZodType, params: unknown): string | undefined {
  const result = schema.safeParse(params);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? `params.${issue.path.join('.')}` : 'params';
  return `${field}: ${describeIssue(issue)}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `must be ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.code.replace(/_/g, ' ');
  }
}
