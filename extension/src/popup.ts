// The toolbar popup: turns checking on or off for the current site (asking for access to that site
// only, on the user's click) and sets the site's channel.
import { CHANNELS, type Channel } from '../../server/src/engine/types.js';
import type { Request } from './messages.js';
import { sitePatterns, type SiteSettings } from './sites.js';

const zh = navigator.language.toLowerCase().startsWith('zh');
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const enabled = $<HTMLInputElement>('enabled');
const channel = $<HTMLSelectElement>('channel');

if (zh) {
  $('enableLabel').textContent = '在此网站检查草稿';
  $('channelLabel').textContent = '渠道';
  $('note').textContent = '只在本机检查，不会发送任何内容。';
}

async function main(): Promise<void> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : undefined;
  if (!tab?.id || !url || !/^https?:$/.test(url.protocol)) {
    $('host').textContent = zh ? '此页面不能检查。' : 'This page cannot be checked.';
    enabled.disabled = channel.disabled = true;
    return;
  }
  const settings = (await chrome.runtime.sendMessage({ type: 'site', host: url.hostname } satisfies Request)) as SiteSettings & {
    site: string;
  };
  $('host').textContent = settings.site;
  channel.replaceChildren(...CHANNELS.map((c) => new Option(c, c)));
  channel.value = settings.channel;
  enabled.checked = settings.enabled;

  const save = async (next: SiteSettings) => {
    await chrome.runtime.sendMessage({ type: 'setSite', host: settings.site, settings: next } satisfies Request);
  };
  enabled.addEventListener('change', async () => {
    if (enabled.checked) {
      // Access to this one site, asked for now because the user just asked for it.
      const granted = await chrome.permissions.request({ origins: sitePatterns(settings.site) });
      if (!granted) {
        enabled.checked = false;
        return;
      }
      await save({ enabled: true, channel: channel.value as Channel });
      await chrome.scripting.executeScript({ target: { tabId: tab.id!, allFrames: true }, files: ['content.js'] }).catch(() => undefined);
    } else {
      await save({ enabled: false, channel: channel.value as Channel });
    }
  });
  channel.addEventListener('change', () => void save({ enabled: enabled.checked, channel: channel.value as Channel }));
}

void main();
