// The end-to-end UI test, like a person would do it: the packaged .vsix is installed into code-server
// with --install-extension; in the browser we open a draft from the Explorer, see the squiggle and the
// Problems count, put the cursor on the finding, press Ctrl+. and Enter for the quick fix, and see
// the text change. Screenshots go to test-results/vscode/ (git-ignored).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installExtension, launchBrowser, log, resultsDir, scratch, startCodeServer, workbenchUrl } from './lib.mjs';

const DRAFT = 'ui-draft.msg.md';
const NBSP = /\u00a0/g;

export async function runUiTest(bin, vsix, { timeoutMs = 180000 } = {}) {
  const s = scratch('ui');
  mkdirSync(resultsDir, { recursive: true });
  const steps = [];
  const step = (name) => {
    steps.push(name);
    log(`ui: ${name}`);
  };
  let browser;
  let server;
  let page;
  let passed = false;
  const deadline = setTimeout(() => {
    log(`ui: timed out after ${timeoutMs} ms`);
    void browser?.close();
  }, timeoutMs);
  try {
    step('install the .vsix with code-server --install-extension');
    const installOut = installExtension(bin, s, vsix);
    if (!/was successfully installed/.test(installOut)) throw new Error(`--install-extension said: ${installOut}`);

    server = await startCodeServer(bin, s, { logName: 'ui-code-server' });
    browser = await launchBrowser(s);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(30000);
    await page.goto(workbenchUrl(server, s.workspace));
    await page.locator('.monaco-workbench').waitFor();

    step('open the draft from the Explorer');
    const row = page.getByRole('treeitem', { name: DRAFT });
    await row.waitFor();
    await row.dblclick();
    const tab = page.locator('.tabs-container .tab', { hasText: DRAFT });
    await tab.waitFor();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'emial' }).waitFor();

    step('the language mode says it is a sales draft');
    await page.locator('#status\\.editor\\.mode', { hasText: /Sales draft/ }).waitFor();

    step('the draft is highlighted as Markdown with YAML front matter');
    // Token spans carry classes mtk<N> (colour) and mtkb (bold): the front matter key and value are
    // coloured differently, and **booth** is bold.
    const frontMatterLine = editor.locator('.view-line', { hasText: /^stage:/ }).first();
    await frontMatterLine.waitFor();
    await waitFor(async () => {
      const classes = await frontMatterLine.locator('span > span').evaluateAll((spans) => spans.map((x) => x.className));
      return new Set(classes).size >= 2;
    }, 'the front matter line to be tokenized');
    await editor.locator('.view-line span.mtkb', { hasText: 'booth' }).first().waitFor();

    step('see the error squiggle and the Problems count');
    const squiggle = editor.locator('.squiggly-error');
    await squiggle.first().waitFor({ timeout: 60000 });
    const problems = page.locator('#status\\.problems');
    const before = Number(
      errorCount(
        await waitForText(problems, (label) => Number(errorCount(label)) >= 1, 'the Problems item to count an error', 'aria-label'),
      ),
    );
    log(`ui: the Problems item counts ${before} error(s)`);
    const statusItem = page.locator('.statusbar-item', { hasText: 'inquiry' });
    await statusItem.first().waitFor();
    await page.screenshot({ path: join(resultsDir, 'ui-1-squiggle.png') });

    step('put the cursor on the finding and press Ctrl+. for the quick fix');
    await editor
      .locator('.view-line span', { hasText: /^emial$/ })
      .first()
      .click();
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    const fixItem = menu.locator('.action-widget-action-label, .monaco-list-row', { hasText: /email/ }).first();
    await fixItem.waitFor();
    await page.screenshot({ path: join(resultsDir, 'ui-2-quick-fix-menu.png') });
    // Move the keyboard selection onto the "email" fix, then accept it.
    for (let i = 0; i < 10; i++) {
      const focused = await menu
        .locator('.monaco-list-row.focused')
        .first()
        .textContent()
        .catch(() => '');
      if (/email/.test(focused ?? '')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');

    step('see the text change and the finding go away');
    await editor
      .locator('.view-line', { hasText: /channel:\s+email$/ })
      .first()
      .waitFor();
    const lines = (await editor.locator('.view-lines').innerText()).replace(NBSP, ' ');
    if (/emial/.test(lines)) throw new Error(`the draft still says "emial":\n${lines}`);
    await waitForText(
      problems,
      (label) => Number(errorCount(label)) === before - 1,
      `the Problems item to count ${before - 1} error(s)`,
      'aria-label',
    );
    if (before === 1) await squiggle.first().waitFor({ state: 'detached', timeout: 30000 });
    log(`ui: the Problems item now reads "${await problems.getAttribute('aria-label')}"`);
    await page.locator('.statusbar-item', { hasText: 'email' }).first().waitFor();
    // The server's one-line summary above the front matter (a code lens) follows the fix too.
    const lens = editor.locator('.codelens-decoration');
    if ((await lens.count()) > 0) {
      await waitForText(
        lens.first(),
        (t) => /email/.test(t) && !/emial/.test(t),
        'the summary code lens to show the fixed channel',
        undefined,
        15000,
      );
    }
    await page.screenshot({ path: join(resultsDir, 'ui-3-fixed.png') });

    step('save with Ctrl+S; the file on disk has the fix');
    await page.keyboard.press('Control+S');
    await waitFor(() => /^channel: email$/m.test(readFileSync(join(s.workspace, DRAFT), 'utf8')), 'the saved file to contain the fix');

    step('"msglint: New draft…" from the Command Palette: channel, template, file name');
    await page.keyboard.press('F1');
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.locator('input').waitFor();
    await page.keyboard.type('msglint: New draft');
    await quickInput.locator('.monaco-list-row', { hasText: 'New draft' }).first().waitFor();
    await page.keyboard.press('Enter');
    await quickInput.locator('.quick-input-title', { hasText: 'New draft: channel' }).waitFor();
    await page.keyboard.type('whatsapp');
    await quickInput.locator('.monaco-list-row.focused', { hasText: 'whatsapp' }).waitFor();
    await page.keyboard.press('Enter');
    await quickInput.locator('.quick-input-title', { hasText: 'New draft: template' }).waitFor();
    await page.keyboard.type('Blank');
    await quickInput.locator('.monaco-list-row.focused', { hasText: 'Blank draft' }).waitFor();
    await page.keyboard.press('Enter');
    // code-server's save dialog is a quick input holding the proposed path.
    await waitForInputValue(quickInput.locator('input'), /draft-whatsapp\.msg\.md$/);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'draft-whatsapp.msg.md' }).waitFor();
    await editor
      .locator('.view-line', { hasText: /channel:\s+whatsapp/ })
      .first()
      .waitFor();
    await page.locator('.statusbar-item', { hasText: 'whatsapp' }).first().waitFor();
    await page.screenshot({ path: join(resultsDir, 'ui-4-new-draft.png') });
    if ((await page.locator('.tabs-container .tab.dirty', { hasText: 'draft-whatsapp.msg.md' }).count()) > 0) {
      throw new Error('a blank new draft should be saved as created, not left dirty');
    }
    await waitFor(() => {
      try {
        return /^channel: whatsapp$/m.test(readFileSync(join(s.workspace, 'draft-whatsapp.msg.md'), 'utf8'));
      } catch {
        return false;
      }
    }, 'draft-whatsapp.msg.md on disk');

    passed = true;
    log('ui: passed');
  } catch (err) {
    log(`ui: FAILED at "${steps.at(-1)}": ${err instanceof Error ? err.message : String(err)}`);
    await page?.screenshot({ path: join(resultsDir, 'ui-failure.png') }).catch(() => {});
  } finally {
    clearTimeout(deadline);
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!process.env.MSGLINT_KEEP_SCRATCH) s.cleanup();
  }
  return { passed, steps };
}

/** The Problems status item's aria-label reads like "Errors: 1, Warnings: 0" ("No Problems" when empty). */
function errorCount(label) {
  const m = /Errors?:\s*(\d+)/i.exec(label ?? '');
  if (m) return m[1];
  return /no problems/i.test(label ?? '') ? '0' : 'NaN';
}

async function waitForText(locator, predicate, what, attribute, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    last = (attribute ? await locator.getAttribute(attribute).catch(() => '') : await locator.textContent().catch(() => '')) ?? '';
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

async function waitForInputValue(locator, pattern, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    last = await locator.inputValue().catch(() => '');
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for the input to match ${pattern} (last: ${JSON.stringify(last)})`);
}

async function waitFor(predicate, what, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
