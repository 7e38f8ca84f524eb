// The extension's service worker: lints drafts for content scripts with the built-in packs, keeps
// the per-site table (on/off, channel) and registers the content script only on enabled sites the
// user granted access to. Nothing here touches the network, and draft text is never stored.
import { builtinRules, describeRule, lint, type RuleInfo } from '../../web/engine/index.js';
import type { Finding, LintReply, Request } from './messages.js';
import { defaultChannel, siteKey, sitePatterns, type SiteSettings, type SiteTable } from './sites.js';

const SCRIPT_ID = 'msglint-content';

async function siteTable(): Promise<SiteTable> {
  return ((await chrome.storage.local.get('sites')).sites as SiteTable | undefined) ?? {};
}

/** A host's settings: its own or its parent domain's entry, else off with the site's usual channel. */
export async function siteSettings(host: string): Promise<SiteSettings & { site: string }> {
  const table = await siteTable();
  const key = siteKey(host, table);
  return key ? { ...table[key], site: key } : { enabled: false, channel: defaultChannel(host), site: host };
}

/**
 * Turns a site on or off and sets its channel. Turning on needs the host permission, which the
 * popup requests first (on the user's click); without it the site stays off.
 */
export async function setSite(site: string, settings: SiteSettings): Promise<void> {
  const table = await siteTable();
  table[site] = settings;
  await chrome.storage.local.set({ sites: table });
  await syncContentScripts();
}

/** Registers the content script on exactly the enabled sites whose permission is granted. */
export async function syncContentScripts(): Promise<string[]> {
  const table = await siteTable();
  const matches: string[] = [];
  for (const [site, settings] of Object.entries(table)) {
    if (!settings.enabled) continue;
    const patterns = sitePatterns(site);
    if (await chrome.permissions.contains({ origins: patterns })) matches.push(...patterns);
  }
  await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (matches.length > 0) {
    await chrome.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches,
        js: ['content.js'],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return matches;
}

function lintReply(text: string, request: Extract<Request, { type: 'lint' }>): LintReply {
  const diagnostics = lint(text, { channel: request.channel, locale: request.locale });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
  const rules: Record<string, RuleInfo> = {};
  const findings: Finding[] = diagnostics.map((d) => {
    rules[d.ruleId] ??= describeRule(d.ruleId, request.locale ?? 'en') ?? { id: d.ruleId, rationale: '' };
    return {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      start: d.offsets.start,
      end: d.offsets.end,
      fix: d.fix && {
        title: d.fix.title,
        safe: d.fix.safe,
        edits: d.fix.edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })),
      },
    };
  });
  return { findings, rules };
}

chrome.runtime.onMessage.addListener((request: Request, _sender, reply) => {
  if (request.type === 'lint') {
    reply(lintReply(request.text, request));
    return false;
  }
  const answer =
    request.type === 'site' ? siteSettings(request.host) : setSite(request.host, request.settings).then(() => siteSettings(request.host));
  answer.then(reply, (error: Error) => reply({ error: error.message }));
  return true; // answered asynchronously
});

chrome.runtime.onInstalled.addListener(() => void syncContentScripts());
chrome.runtime.onStartup.addListener(() => void syncContentScripts());
chrome.permissions.onRemoved.addListener(() => void syncContentScripts());
builtinRules(); // compile the packs now, not on the first keystroke

// For the popup's "enable" flow and for the tests (which drive the worker directly).
Object.assign(globalThis, { msglint: { setSite, siteSettings, syncContentScripts } });
