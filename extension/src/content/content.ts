// The content script: finds the field being written in, has it linted by the background worker,
// underlines findings without touching the page's text, shows a card with the message and quick
// fixes, and applies a fix as the user's own (undoable) edit. Quiet while an IME is composing.
import type { RuleInfo } from '../../../web/engine/index.js';
import type { Finding, LintReply, Request } from '../messages.js';
import type { SiteSettings } from '../sites.js';
import { overlayRoot, setHighlights, TextareaMirror } from './overlay.js';
import { editableRoot, fieldText, isTextControl, offsetOf, rangeOf, readEditable, type Field } from './textModel.js';

const LINT_DELAY_MS = 200;

interface FieldState {
  field: Field;
  text: string;
  findings: Finding[];
  rules: Record<string, RuleInfo>;
  composing: boolean;
  timer?: ReturnType<typeof setTimeout>;
  mirror?: TextareaMirror;
  /** Model-driven editors (Lexical, Draft.js) cancel beforeinput and re-render: no input event follows. */
  observer?: MutationObserver;
}

const states = new Map<Field, FieldState>();
let site: SiteSettings | undefined;
const locale = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

/** The site's host; about:blank and srcdoc compose frames take their parent page's. */
function host(): string {
  if (location.hostname) return location.hostname;
  const origins = location.ancestorOrigins;
  return origins && origins.length > 0 ? new URL(origins[origins.length - 1]).hostname : '';
}

function send<T>(request: Request): Promise<T> {
  return chrome.runtime.sendMessage(request) as Promise<T>;
}

/** The extension was updated or removed under this page: stop quietly, leaving the page as it was. */
function extensionGone(): boolean {
  if (chrome.runtime?.id) return false;
  for (const state of states.values()) forget(state);
  site = undefined;
  return true;
}

async function loadSite(): Promise<void> {
  site = await send<SiteSettings>({ type: 'site', host: host() });
  if (!site.enabled) for (const state of states.values()) forget(state);
  else for (const state of states.values()) schedule(state, 0);
}

function stateOf(field: Field): FieldState {
  let state = states.get(field);
  if (!state) {
    const created: FieldState = { field, text: '', findings: [], rules: {}, composing: false };
    if (!isTextControl(field)) {
      created.observer = new MutationObserver(() => schedule(created));
      created.observer.observe(field, { childList: true, subtree: true, characterData: true });
    }
    state = created;
    states.set(field, state);
  }
  return state;
}

function setStatus(field: Field, status: 'composing' | 'checking' | 'checked'): void {
  field.setAttribute('data-msglint-state', status);
}

function schedule(state: FieldState, delay = LINT_DELAY_MS): void {
  clearTimeout(state.timer);
  if (state.composing || !site?.enabled) return;
  setStatus(state.field, 'checking');
  state.timer = setTimeout(() => void check(state), delay);
}

async function check(state: FieldState): Promise<void> {
  if (state.composing || !site?.enabled) return;
  const text = fieldText(state.field);
  if (text === state.text && state.field.getAttribute('data-msglint-findings') !== null) {
    draw(state); // same text, new nodes (the editor re-rendered): only the underlines move
    setStatus(state.field, 'checked');
    return;
  }
  if (extensionGone()) return;
  const reply = await send<LintReply>({ type: 'lint', text, channel: site.channel, locale }).catch(() => undefined);
  if (!reply) return;
  // The field changed while this was checked: a newer check is already scheduled.
  if (state.composing || fieldText(state.field) !== text) return;
  state.text = text;
  state.findings = reply.findings;
  state.rules = reply.rules;
  draw(state);
  state.field.setAttribute('data-msglint-findings', reply.findings.map((f) => f.ruleId).join(' '));
  setStatus(state.field, 'checked');
}

function draw(state: FieldState): void {
  const { field } = state;
  if (isTextControl(field)) {
    state.mirror ??= new TextareaMirror(field);
    state.mirror.render(state.text, state.findings);
    return;
  }
  const model = readEditable(field);
  const ranges = state.findings.flatMap((f) => {
    const range = rangeOf(model, f.start, f.end);
    return range ? [{ range, severity: f.severity }] : [];
  });
  setHighlights(field, ranges);
}

function forget(state: FieldState): void {
  clearTimeout(state.timer);
  state.observer?.disconnect();
  state.mirror?.remove();
  if (!isTextControl(state.field)) setHighlights(state.field, []);
  state.field.removeAttribute('data-msglint-findings');
  state.field.removeAttribute('data-msglint-state');
  states.delete(state.field);
  hideCard();
}

// ---- the finding card ----

let card: HTMLDivElement | undefined;

function hideCard(): void {
  card?.remove();
  card = undefined;
}

function showCard(state: FieldState, finding: Finding, x: number, y: number): void {
  hideCard();
  card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.dataset.ruleId = finding.ruleId;
  const line = (cls: string, text: string | undefined) => {
    if (!text) return;
    const p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    card!.append(p);
  };
  const rule = state.rules[finding.ruleId];
  line('message', finding.message);
  line('why', rule?.rationale);
  line('why', rule?.good && `${locale === 'zh' ? '更好的写法' : 'Better'}: ${rule.good}`);
  line('rule', finding.ruleId);
  if (finding.fix) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fix';
    button.textContent = finding.fix.title;
    // Keep the focus (and the editor's selection) in the field while clicking.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      applyFix(state, finding);
      hideCard();
    });
    card.append(button);
  }
  card.style.left = `${x + scrollX}px`;
  card.style.top = `${y + scrollY + 14}px`;
  overlayRoot().append(card);
}

/** Applies a fix through the browser's editing commands: the page sees the user's own input, and undo works. */
function applyFix(state: FieldState, finding: Finding): void {
  const { field } = state;
  if (!finding.fix || fieldText(field) !== state.text) return;
  field.focus();
  for (const edit of [...finding.fix.edits].sort((a, b) => b.start - a.start)) {
    if (isTextControl(field)) {
      field.setSelectionRange(edit.start, edit.end);
    } else {
      const range = rangeOf(readEditable(field), edit.start, edit.end);
      const selection = getSelection();
      if (!range || !selection) return;
      selection.removeAllRanges();
      selection.addRange(range);
    }
    if (edit.newText) document.execCommand('insertText', false, edit.newText);
    else document.execCommand('delete');
  }
}

function findingAt(state: FieldState, offset: number): Finding | undefined {
  return state.findings.find((f) => f.start <= offset && offset <= f.end);
}

/** The text offset under a point of the page, if it is in the field's text. */
function offsetAtPoint(state: FieldState, x: number, y: number): number | undefined {
  if (state.mirror) return state.mirror.startAt(x, y);
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret || !state.field.contains(caret.startContainer)) return undefined;
  return offsetOf(readEditable(state.field), caret.startContainer, caret.startOffset);
}

// ---- events ----

function fieldState(event: Event): FieldState | undefined {
  if (!site?.enabled) return undefined;
  const field = editableRoot(event.composedPath()[0] ?? event.target);
  return field && stateOf(field);
}

function start(): void {
  document.addEventListener(
    'focusin',
    (event) => {
      const state = fieldState(event);
      if (state && !state.field.hasAttribute('data-msglint-state')) schedule(state, 0);
    },
    true,
  );

  document.addEventListener(
    'input',
    (event) => {
      const state = fieldState(event);
      if (!state) return;
      hideCard();
      if ((event as InputEvent).isComposing) return;
      schedule(state);
    },
    true,
  );

  document.addEventListener(
    'compositionstart',
    (event) => {
      const state = fieldState(event);
      if (!state) return;
      state.composing = true;
      clearTimeout(state.timer);
      setStatus(state.field, 'composing');
    },
    true,
  );

  document.addEventListener(
    'compositionend',
    (event) => {
      const state = fieldState(event);
      if (!state) return;
      state.composing = false;
      schedule(state);
    },
    true,
  );

  document.addEventListener(
    'click',
    (event) => {
      const state = fieldState(event);
      if (!state) {
        if (!(event.composedPath()[0] instanceof Node && card?.contains(event.composedPath()[0] as Node))) hideCard();
        return;
      }
      let offset = offsetAtPoint(state, event.clientX, event.clientY);
      if (offset === undefined && isTextControl(state.field)) offset = state.field.selectionStart ?? undefined;
      const finding = offset === undefined ? undefined : findingAt(state, offset);
      if (finding) showCard(state, finding, event.clientX, event.clientY);
      else hideCard();
    },
    true,
  );

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener(
    'mousemove',
    (event) => {
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => {
        const field = editableRoot(event.target);
        const state = field && states.get(field);
        if (!state || card) return;
        const offset = offsetAtPoint(state, event.clientX, event.clientY);
        const finding = offset === undefined ? undefined : findingAt(state, offset);
        if (finding) showCard(state, finding, event.clientX, event.clientY);
      }, 300);
    },
    true,
  );

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') hideCard();
    },
    true,
  );

  const replace = () => {
    for (const state of states.values()) state.mirror?.place();
  };
  addEventListener('scroll', replace, true);
  addEventListener('resize', replace);

  chrome.storage.onChanged.addListener((changes) => {
    if (changes.sites) void loadSite();
  });
  void loadSite();
}

// The popup injects this script into the open tab when a site is switched on; the registered
// content script may then arrive too. One instance per frame.
const loaded = globalThis as { msglintContentLoaded?: boolean };
if (!loaded.msglintContentLoaded) {
  loaded.msglintContentLoaded = true;
  start();
}
