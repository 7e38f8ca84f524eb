/// <reference lib="dom" />
// The Manifest V3 extension loaded unpacked in headless Chromium, on local fixture pages shaped
// like the compose boxes reps use: a textarea, a contenteditable, a Lexical-style editor and an
// iframe compose box. Findings are read from the field's data-msglint-findings attribute.
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, NO_CHROMIUM, serveStatic, type StaticServer } from './browser.js';
import { buildExtensionBundle } from './harness.js';

if (!hasChromium) console.warn(`[tests/web] extension tests skipped: ${NO_CHROMIUM}`);

const RISKY_EN = 'Hi Tom, please send me your Alibaba password so I can fix the listing.';
const RISKY_ZH = '您好，请把您的阿里巴巴登录密码发给我，我帮您改一下。';

describe.skipIf(!hasChromium)('browser extension in headless Chromium', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let background: Worker;
  let profile: string;
  const requests: string[] = [];

  beforeAll(async () => {
    const extension = await buildExtensionBundle(['*://127.0.0.1/*']);
    server = await serveStatic(join(import.meta.dirname, 'fixtures'));
    profile = mkdtempSync(join(tmpdir(), 'msglint-chromium-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    });
    context.on('request', (request) => requests.push(request.url()));
    background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await setSite({ enabled: true, channel: 'alibaba' });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function setSite(settings: { enabled: boolean; channel: string }): Promise<void> {
    const matches = await background.evaluate(async (s) => {
      const api = (
        globalThis as unknown as { msglint: { setSite(site: string, s: unknown): Promise<void>; syncContentScripts(): Promise<string[]> } }
      ).msglint;
      await api.setSite('127.0.0.1', s);
      return api.syncContentScripts();
    }, settings);
    expect(matches.length > 0).toBe(settings.enabled);
  }

  async function open(fixture: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.origin}/${fixture}`);
    return page;
  }

  const findings = async (field: Locator) => ((await field.getAttribute('data-msglint-findings')) ?? '').split(' ').filter(Boolean);
  const categories = async (field: Locator) => (await findings(field)).map((id) => id.split('/')[0]);

  it('flags a risky ask typed into a textarea, underlining it without changing the text', async () => {
    const page = await open('textarea.html');
    const field = page.locator('#draft');
    await field.click();
    await page.keyboard.type(RISKY_EN);
    await expect.poll(() => categories(field)).toContain('risky-ask');
    expect(await field.inputValue()).toBe(RISKY_EN);
    expect(await page.locator('msglint-overlay .mirror mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('flags a risky ask typed into a contenteditable, with highlights and no change to its DOM', async () => {
    const page = await open('contenteditable.html');
    const field = page.locator('#draft');
    await field.click();
    await page.keyboard.type(RISKY_ZH);
    await expect.poll(() => categories(field)).toContain('risky-ask');
    expect(await field.evaluate((e) => e.innerHTML)).toBe(RISKY_ZH);
    expect(
      await page.evaluate(() => (CSS.highlights as unknown as Map<string, Set<unknown>>).get('msglint-error')?.size ?? 0),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it('flags a risky ask in a Lexical-style editor that re-renders its own DOM', async () => {
    const page = await open('lexical.html');
    const field = page.locator('#draft');
    await field.click();
    await page.keyboard.type(RISKY_EN);
    await expect.poll(() => categories(field)).toContain('risky-ask');
    expect(await page.evaluate(() => (window as unknown as { lexicalText(): string }).lexicalText())).toBe(RISKY_EN);
    expect(await field.locator('p > span[data-lexical-text]').count()).toBe(1);
    await page.close();
  });

  it('flags a risky ask in an iframe compose box', async () => {
    const page = await open('iframe.html');
    const body = page.frameLocator('#compose').locator('body');
    await body.click();
    await page.keyboard.type(RISKY_EN);
    await expect.poll(() => categories(body)).toContain('risky-ask');
    await page.close();
  });

  describe('quick fixes', () => {
    beforeAll(() => setSite({ enabled: true, channel: 'whatsapp' }));
    afterAll(() => setSite({ enabled: true, channel: 'alibaba' }));

    async function fixShorthand(page: Page, field: Locator, read: () => Promise<string>): Promise<void> {
      await field.click();
      await page.keyboard.type('Hi Anna, pls check the catalog.');
      await expect.poll(() => findings(field)).toContain('im-style/shorthand');
      const mark = await field.evaluate((e) => {
        // The finding's place on screen: the textarea mirror's mark, or the highlighted text.
        const overlay = document.querySelector('msglint-overlay')?.shadowRoot;
        const rect =
          (e instanceof HTMLTextAreaElement ? overlay?.querySelector('mark') : null)?.getBoundingClientRect() ??
          (() => {
            const range = document.createRange();
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            let node = walker.nextNode()!;
            while (!node.textContent!.includes('pls')) node = walker.nextNode()!;
            const start = node.textContent!.indexOf('pls');
            range.setStart(node, start);
            range.setEnd(node, start + 3);
            return range.getBoundingClientRect();
          })();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.click(mark.x, mark.y);
      const fix = page.locator('msglint-overlay .card[data-rule-id="im-style/shorthand"] button.fix');
      await fix.click();
      await expect.poll(read).toBe('Hi Anna, please check the catalog.');
      await expect.poll(() => findings(field)).not.toContain('im-style/shorthand');
      await page.keyboard.press('Control+Z');
      await expect.poll(read).toBe('Hi Anna, pls check the catalog.');
      await expect.poll(() => findings(field)).toContain('im-style/shorthand');
    }

    it('applies a fix in a textarea as an undoable edit', async () => {
      const page = await open('textarea.html');
      const field = page.locator('#draft');
      await fixShorthand(page, field, () => field.inputValue());
      await page.close();
    });

    it('applies a fix in a contenteditable as an undoable edit', async () => {
      const page = await open('contenteditable.html');
      const field = page.locator('#draft');
      await fixShorthand(page, field, () => field.innerText());
      await page.close();
    });

    it('applies a fix in a Lexical-style editor through its own input handling', async () => {
      const page = await open('lexical.html');
      const field = page.locator('#draft');
      await fixShorthand(page, field, () => page.evaluate(() => (window as unknown as { lexicalText(): string }).lexicalText()));
      await page.close();
    });
  });

  it('waits for an IME composition to end before checking', async () => {
    const page = await open('contenteditable.html');
    const field = page.locator('#draft');
    await field.click();
    await page.keyboard.type('您好，请把您的阿里巴巴登录');
    await expect.poll(() => field.getAttribute('data-msglint-state')).toBe('checked');
    const before = await findings(field);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '密码', selectionStart: 2, selectionEnd: 2 });
    // Composing: the field is not checked (a check would mark it "checking" on this very input).
    expect(await field.getAttribute('data-msglint-state')).toBe('composing');
    expect(await findings(field)).toEqual(before);
    await cdp.send('Input.insertText', { text: '密码发给我。' });
    await expect.poll(() => categories(field)).toContain('risky-ask');
    await page.close();
  });

  it('stops when the site is switched off', async () => {
    const page = await open('textarea.html');
    const field = page.locator('#draft');
    await field.click();
    await page.keyboard.type(RISKY_EN);
    await expect.poll(() => categories(field)).toContain('risky-ask');
    await setSite({ enabled: false, channel: 'alibaba' });
    await expect.poll(() => field.getAttribute('data-msglint-findings')).toBeNull();
    await setSite({ enabled: true, channel: 'alibaba' });
    await page.close();
  });

  it('sends nothing anywhere: every request goes to the local fixture server or the extension itself', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('chrome-extension://') && !url.startsWith('about:')),
    ).toEqual([]);
  });
});
