// The playground: a CodeMirror editor whose draft is checked by the engine in a worker, with
// underlines, a findings list, each rule's reasoning, quick fixes and channel/stage pickers.
/// <reference path="../examples.d.ts" />
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { lintGutter, setDiagnostics, type Action, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import examples from 'msglint:examples';
import { FRONT_MATTER_VALUE_DOCS } from '../../server/src/engine/draft/frontMatterDocs.js';
import { CHANNELS, STAGES, type Channel, type Diagnostic, type Locale, type Stage } from '../../server/src/engine/types.js';
import { EngineClient } from '../engine/client.js';
import type { RuleInfo } from '../engine/index.js';
import { t, type StringId } from './strings.js';

const DEFAULT_CHANNEL: Channel = 'alibaba';
const LINT_DELAY_MS = 120;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const channelPicker = $<HTMLSelectElement>('channel');
const stagePicker = $<HTMLSelectElement>('stage');
const localePicker = $<HTMLSelectElement>('locale');
const examplePicker = $<HTMLSelectElement>('example');
const findingsList = $<HTMLOListElement>('findings');
const status = $<HTMLSpanElement>('status');

const engine = new EngineClient(new Worker(new URL('./worker.js', import.meta.url)));
let docVersion = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

const locale = (): Locale => (localePicker.value === 'zh' ? 'zh' : 'en');

const view = new EditorView({
  parent: $('editor'),
  state: EditorState.create({
    doc: '',
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      markdown(),
      lintGutter(),
      EditorView.lineWrapping,
      placeholder('Hi, please send me the code you just received…'),
      EditorView.contentAttributes.of({ 'data-testid': 'draft', 'aria-label': 'Draft', spellcheck: 'false' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        docVersion++;
        scheduleLint();
      }),
    ],
  }),
});

function scheduleLint(delay = LINT_DELAY_MS): void {
  clearTimeout(timer);
  status.textContent = t('checking', locale());
  timer = setTimeout(() => void lintNow(), delay);
}

async function lintNow(): Promise<void> {
  const version = docVersion;
  const doc = view.state.doc;
  const options = {
    channel: channelPicker.value as Channel,
    stage: (stagePicker.value || undefined) as Stage | undefined,
    locale: locale(),
  };
  const response = await engine.lint(doc.toString(), options);
  // A newer request (or edit) supersedes this answer; its own answer will come.
  if (!response || version !== docVersion) return;
  show(doc, response.diagnostics, response.rules);
  status.textContent = t('checked', locale(), { count: response.diagnostics.length, ms: response.millis.toFixed(1) });
}

function offsetOf(doc: Text, line: number, character: number): number {
  return Math.min(doc.line(Math.min(line + 1, doc.lines)).from + character, doc.length);
}

/** Applies a fix as one undoable edit (Ctrl+Z takes it back). */
function applyFix(fix: NonNullable<Diagnostic['fix']>, doc: Text): void {
  if (view.state.doc !== doc) return; // the text moved on since this fix was computed
  const changes = fix.edits.map((e) => ({
    from: offsetOf(doc, e.range.start.line, e.range.start.character),
    to: offsetOf(doc, e.range.end.line, e.range.end.character),
    insert: e.newText,
  }));
  view.dispatch({ changes, userEvent: 'input.fix', scrollIntoView: true });
  view.focus();
}

function explanation(_d: Diagnostic, rule: RuleInfo | undefined): HTMLElement {
  const box = document.createElement('dl');
  box.className = 'finding-more';
  const add = (label: StringId, text: string | undefined) => {
    if (!text) return;
    const dt = document.createElement('dt');
    dt.textContent = t(label, locale());
    const dd = document.createElement('dd');
    dd.textContent = text;
    box.append(dt, dd);
  };
  add('why', rule?.rationale);
  add('better', rule?.good);
  return box;
}

function show(doc: Text, diagnostics: Diagnostic[], rules: Record<string, RuleInfo>): void {
  const editorDiagnostics: EditorDiagnostic[] = diagnostics.map((d) => {
    const actions: Action[] = d.fix ? [{ name: d.fix.title, apply: () => applyFix(d.fix!, doc) }] : [];
    return {
      from: Math.min(d.offsets.start, doc.length),
      to: Math.min(d.offsets.end, doc.length),
      severity: d.severity,
      source: d.ruleId,
      message: d.message,
      renderMessage: () => {
        const tip = document.createElement('div');
        tip.className = 'cm-msglint-tip';
        const message = document.createElement('p');
        message.textContent = d.message;
        tip.append(message, explanation(d, rules[d.ruleId]));
        return tip;
      },
      actions,
    };
  });
  view.dispatch(setDiagnostics(view.state, editorDiagnostics));
  findingsList.replaceChildren(...diagnostics.map((d) => findingItem(d, rules[d.ruleId], doc)));
  if (diagnostics.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.dataset.empty = 'true';
    empty.textContent = t('none', locale());
    findingsList.append(empty);
  }
}

function findingItem(d: Diagnostic, rule: RuleInfo | undefined, doc: Text): HTMLLIElement {
  const item = document.createElement('li');
  item.className = d.severity;
  item.dataset.ruleId = d.ruleId;
  item.tabIndex = 0;
  const message = document.createElement('div');
  message.textContent = d.message;
  const where = document.createElement('div');
  where.className = 'finding-rule';
  where.textContent = `${d.ruleId} · ${d.severity} · ${t('line', locale(), { line: d.range.start.line + 1 })}`;
  item.append(message, where, explanation(d, rule));
  if (d.fix) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = d.fix.safe ? 'fix safe' : 'fix';
    button.textContent = d.fix.safe ? `${d.fix.title} (${t('safe', locale())})` : d.fix.title;
    const fix = d.fix;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      applyFix(fix, doc);
    });
    item.append(button);
  }
  const reveal = () => {
    if (view.state.doc !== doc) return;
    view.dispatch({ selection: { anchor: d.offsets.start, head: d.offsets.end }, scrollIntoView: true });
    view.focus();
  };
  item.addEventListener('click', reveal);
  item.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') reveal();
  });
  return item;
}

function fillPickers(): void {
  const l = locale();
  const option = (value: string, label: string) => new Option(label, value);
  // A channel or stage says what it means (the editors' completion and hover words, from the engine).
  const described = (value: Channel | Stage) => Object.assign(option(value, value), { title: FRONT_MATTER_VALUE_DOCS[value][l] });
  const channel = channelPicker.value || DEFAULT_CHANNEL;
  channelPicker.replaceChildren(...CHANNELS.map(described));
  channelPicker.value = channel;
  const stage = stagePicker.value;
  stagePicker.replaceChildren(option('', t('notSet', l)), ...STAGES.map(described));
  stagePicker.value = stage;
  const example = examplePicker.value;
  examplePicker.replaceChildren(option('', t('pickExample', l)), ...examples.map((e) => option(e.name, e.name.replace(/\.msg\.md$/, ''))));
  examplePicker.value = example;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n as StringId, l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}

channelPicker.addEventListener('change', () => scheduleLint(0));
stagePicker.addEventListener('change', () => scheduleLint(0));
localePicker.addEventListener('change', () => {
  fillPickers();
  scheduleLint(0);
});
examplePicker.addEventListener('change', () => {
  const example = examples.find((e) => e.name === examplePicker.value);
  if (!example) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: example.text }, userEvent: 'input.example' });
});

if (navigator.language.toLowerCase().startsWith('zh')) localePicker.value = 'zh';
fillPickers();
scheduleLint(0);
