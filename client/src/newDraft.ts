// "msglint: New draft…": pick a channel and a template, create `<name>.msg.md` with front matter, open it.
import * as vscode from 'vscode';

import { CHANNELS, CHAT_CHANNELS, MARKETPLACE_CHANNELS, type Channel } from '../../server/src/engine/types.js';

export { CHANNELS, type Channel };

/** Arguments for scripted use (tests, keybindings): every one that is given skips its prompt. */
export interface NewDraftArgs {
  channel?: Channel;
  template?: string;
  /** Where to create the draft; without it a save dialog asks. */
  uri?: vscode.Uri | string;
  /** Open the new draft in an editor (default true). */
  open?: boolean;
}

interface Template {
  id: string;
  label: () => string;
  detail: () => string;
  stage: string | null;
  lang: 'en' | 'zh';
  /** Only offered for these channels (all when absent). */
  channels?: readonly Channel[];
  /** Body as a snippet: $1… are placeholders the user tabs through. */
  body: (channel: Channel) => string;
}

const CHAT: readonly Channel[] = [...CHAT_CHANNELS, ...MARKETPLACE_CHANNELS];

const TEMPLATES: Template[] = [
  {
    id: 'blank',
    label: () => vscode.l10n.t('Blank draft'),
    detail: () => vscode.l10n.t('Front matter only.'),
    stage: null,
    lang: 'en',
    body: () => '$0\n',
  },
  {
    id: 'inquiry-reply',
    label: () => vscode.l10n.t('Reply to an inquiry'),
    detail: () => vscode.l10n.t('Thank the buyer, answer, ask one clear question.'),
    stage: 'inquiry',
    lang: 'en',
    body: (channel) =>
      channel === 'email'
        ? 'Dear ${1:name},\n\nThank you for your inquiry about ${2:product}. ${3:Answer}\n\n${4:One question that moves the deal forward?}\n\nBest regards,\n${5:Your name}\n'
        : 'Hi ${1:name}, thank you for your inquiry about ${2:product}. ${3:Answer} ${0}\n',
  },
  {
    id: 'quotation',
    label: () => vscode.l10n.t('Quotation'),
    detail: () => vscode.l10n.t('Price, currency, Incoterm, MOQ, lead time, payment terms, validity.'),
    stage: 'negotiation',
    lang: 'en',
    body: () =>
      'Dear ${1:name},\n\nPlease find our quotation for ${2:product}:\n\n' +
      '- Unit price: ${3:price} ${4|USD,EUR,CNY|} ${5|FOB,CIF,EXW,DDP|} ${6:port}\n' +
      '- MOQ: ${7:quantity}\n- Lead time: ${8:days} days after deposit\n' +
      '- Payment terms: ${9:30% T/T deposit, 70% before shipment}\n- Valid until: ${10:date}\n\n' +
      'Best regards,\n${11:Your name}\n',
  },
  {
    id: 'follow-up',
    label: () => vscode.l10n.t('Follow-up'),
    detail: () => vscode.l10n.t('Remind the buyer of an open question without pressure.'),
    stage: 'negotiation',
    lang: 'en',
    body: () => 'Hi ${1:name},\n\nFollowing up on ${2:our quotation of date}. ${3:What is new or useful for the buyer.}\n\n${0}\n',
  },
  {
    id: 'call-prep',
    label: () => vscode.l10n.t('Call preparation'),
    detail: () => vscode.l10n.t('Goal, agenda, questions and next step for a call.'),
    stage: 'negotiation',
    lang: 'en',
    channels: ['phone'],
    body: () =>
      '## Goal\n\n${1:What must be decided on this call}\n\n## Agenda\n\n1. ${2:topic}\n\n## Questions\n\n- ${3:question}\n\n## Next step\n\n${0}\n',
  },
  {
    id: 'inquiry-reply-zh',
    label: () => vscode.l10n.t('Reply to an inquiry (Chinese)'),
    detail: () => vscode.l10n.t('For buyers who write in Chinese.'),
    stage: 'inquiry',
    lang: 'zh',
    channels: CHAT.concat(['email']),
    body: () => '${1:称呼}您好，感谢您对${2:产品}的询价。${3:回答}\n\n${0}\n',
  },
];

function templatesFor(channel: Channel): Template[] {
  return TEMPLATES.filter((t) => !t.channels || t.channels.includes(channel));
}

export function frontMatter(channel: Channel, template: Template): string {
  const lines = ['---', `channel: ${channel}`];
  if (template.stage) lines.push(`stage: ${template.stage}`);
  lines.push(`lang: ${template.lang}`);
  lines.push('---', '');
  return lines.join('\n');
}

/** Creates the draft; returns its URI (undefined when the user cancelled). */
export async function newDraft(args: NewDraftArgs = {}): Promise<vscode.Uri | undefined> {
  let channel = args.channel;
  if (!channel) {
    const configured = vscode.workspace.getConfiguration('msglint').get<string | null>('defaultChannel');
    const items = CHANNELS.map((c) => ({ label: c, picked: c === configured }));
    if (configured) items.sort((a, b) => Number(b.picked) - Number(a.picked));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('New draft: channel'),
      placeHolder: vscode.l10n.t('Where will this message be sent?'),
    });
    if (!picked) return undefined;
    channel = picked.label;
  }

  let template = args.template ? TEMPLATES.find((t) => t.id === args.template) : undefined;
  if (args.template && !template) throw new Error(`msglint: unknown draft template "${args.template}"`);
  if (!template) {
    const picked = await vscode.window.showQuickPick(
      templatesFor(channel).map((t) => ({ label: t.label(), detail: t.detail(), template: t })),
      { title: vscode.l10n.t('New draft: template'), placeHolder: vscode.l10n.t('Start from…') },
    );
    if (!picked) return undefined;
    template = picked.template;
  }

  let uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
  if (!uri) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${template.id === 'blank' ? 'draft' : template.id}-${channel}.msg.md`;
    uri = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('New draft'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      // Not ['msg.md']: save dialogs compare the last extension only and would append ".msg.md" again.
      filters: { [vscode.l10n.t('Sales drafts')]: ['md'] },
    });
    if (!uri) return undefined;
  }
  if (!uri.path.endsWith('.msg.md')) uri = uri.with({ path: uri.path.replace(/(\.md)?$/, '.msg.md') });

  if (args.open === false) {
    const text = frontMatter(channel, template) + snippetToText(template.body(channel));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }
  const body = template.body(channel);
  const plain = snippetToText(body);
  // A body without placeholders is written with the file (which stays saved); one with placeholders is
  // inserted as a snippet so the user can tab through them.
  const tabStops = plain !== body.replace(/\$0/g, '');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(frontMatter(channel, template) + (tabStops ? '' : plain)));
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  if (tabStops) await editor.insertSnippet(new vscode.SnippetString(body), end);
  else editor.selection = new vscode.Selection(end, end);
  return uri;
}

/** A snippet body with every placeholder replaced by its default text. */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}
