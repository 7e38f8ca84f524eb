// The playground built by `npm run build:web`, served statically and driven in headless Chromium
// through its test hooks, as the held-out check does: type a draft, read the findings.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, NO_CHROMIUM, serveStatic, type StaticServer } from './browser.js';
import { buildWebBundles } from './harness.js';

if (!hasChromium) console.warn(`[tests/web] playground tests skipped: ${NO_CHROMIUM}`);

const CONTACT_AND_PASSWORD =
  'Hi Tom, for the drawings add me on W-h-a-t-s-A-p-p: +86 one three eight 0013 8000. Also please send me your Alibaba password so I can fix the listing.';

describe.skipIf(!hasChromium)('playground in headless Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const { web } = await buildWebBundles();
    server = await serveStatic(web);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => requests.push(`page error: ${error.message}`));
    await page.goto(`${server.origin}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ruleIds = async () =>
    page.locator('[data-testid="findings"] [data-rule-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-rule-id')!));
  const categories = async () => (await ruleIds()).map((id) => id.split('/')[0]);
  const draft = () => page.locator('[data-testid="draft"]');

  async function typeDraft(text: string): Promise<void> {
    await draft().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('[data-testid="findings"] [data-empty]').count()).toBe(1);
    await page.keyboard.type(text);
  }

  it('flags a disguised contact and a password ask typed into the draft', async () => {
    await typeDraft(CONTACT_AND_PASSWORD);
    await expect.poll(categories).toEqual(expect.arrayContaining(['contact-drop', 'risky-ask']));
    // Underlines in the editor, one per finding.
    expect(await page.locator('.cm-lintRange').count()).toBeGreaterThanOrEqual(2);
  });

  it('also reads a draft set with fill() and explains a finding on hover', async () => {
    await draft().fill('');
    await expect.poll(() => page.locator('[data-testid="findings"] [data-empty]').count()).toBe(1);
    await draft().fill(CONTACT_AND_PASSWORD);
    await expect.poll(categories).toEqual(expect.arrayContaining(['contact-drop', 'risky-ask']));
    await page.locator('.cm-lintRange').last().hover();
    await expect.poll(() => page.locator('.cm-msglint-tip').first().innerText()).toMatch(/Why/);
  });

  it("the channel and stage pickers say what each value means, in the engine's words", async () => {
    expect(await page.locator('#channel option[value="whatsapp"]').getAttribute('title')).toBe(
      'WhatsApp chat: short messages, informal tone.',
    );
    expect(await page.locator('#stage option[value="order"]').getAttribute('title')).toMatch(/^Order placed/);
  });

  it('honours front matter typed into the draft over the channel picker', async () => {
    await typeDraft(`---\nchannel: email\n---\n${CONTACT_AND_PASSWORD}`);
    await expect.poll(categories).toContain('risky-ask');
    expect(await categories()).not.toContain('contact-drop');
  });

  it('follows the channel picker when the draft has no front matter', async () => {
    await typeDraft(CONTACT_AND_PASSWORD);
    await expect.poll(categories).toContain('contact-drop');
    await page.selectOption('#channel', 'email');
    await expect.poll(categories).not.toContain('contact-drop');
    await page.selectOption('#channel', 'alibaba');
    await expect.poll(categories).toContain('contact-drop');
  });

  it('shows messages and the rule reasoning in Chinese when asked', async () => {
    await page.selectOption('#locale', 'zh');
    await expect
      .poll(() => page.locator('[data-testid="findings"] [data-rule-id^="risky-ask"]').first().innerText())
      .toMatch(/[\u4e00-\u9fff]{4}/);
    await page.selectOption('#locale', 'en');
    await expect
      .poll(() => page.locator('[data-testid="findings"] [data-rule-id^="risky-ask"]').first().innerText())
      .not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('applies a quick fix as one edit that undo takes back, and re-checks the result', async () => {
    await typeDraft('---\nchannel: linkedin\n---\nHi Anna, pls check the catalog.');
    const shorthand = page.locator('[data-testid="findings"] [data-rule-id="im-style/shorthand"]');
    await expect.poll(() => shorthand.count()).toBe(1);
    const before = await draft().innerText();
    await shorthand.locator('button.fix').click();
    await expect.poll(() => draft().innerText()).toContain('Hi Anna, please check the catalog.');
    await expect.poll(() => shorthand.count()).toBe(0);
    await draft().click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => draft().innerText()).toBe(before);
    await expect.poll(() => shorthand.count()).toBe(1);
  });

  it('loads an example from the picker', async () => {
    await page.selectOption('#example', 'wechat-risky-password.zh.msg.md');
    await expect.poll(() => draft().innerText()).toContain('channel: wechat');
    await expect.poll(categories).toContain('risky-ask');
  });

  it('requests nothing but its own files from the local server', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
  });
});
