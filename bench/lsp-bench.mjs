// Language server benchmark: a minimal LSP client over stdio (no library, so the client costs nothing
// measurable), speaking to `node dist/server.cjs --stdio` with `msglint.debounceMs` set to 0.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generateDraft } from './generator.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;

export const BENCH_SETTINGS = {
  enable: true,
  run: 'onType',
  debounceMs: 0,
  severity: {},
  defaultChannel: null,
  locale: 'en',
};

class LspClient {
  constructor(serverPath) {
    this.spawnedAt = now();
    // MSGLINT_BENCH_SERVER_NODE_ARGS: extra node options for the server (e.g. --cpu-prof to profile it).
    const nodeArgs = (process.env.MSGLINT_BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    this.proc = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.exited = null;
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk) => {
      if (this.stderr.length < 20000) this.stderr += chunk;
    });
    this.proc.on('exit', (code, signal) => {
      this.exited = { code, signal };
      for (const w of this.waiters.splice(0)) w.reject(new Error(`server exited (${code ?? signal}): ${this.stderr.slice(-2000)}`));
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code ?? signal})`));
    });
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body), now());
    }
  }

  onMessage(msg, at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      // A request from the server: answer it like VS Code would.
      let result = null;
      if (msg.method === 'workspace/configuration') {
        result = (msg.params?.items ?? []).map((item) =>
          !item.section || item.section === 'msglint'
            ? BENCH_SETTINGS
            : item.section.startsWith('msglint.')
              ? BENCH_SETTINGS[item.section.slice(8)]
              : null,
        );
      } else if (msg.method === 'workspace/workspaceFolders') {
        result = [];
      }
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    for (let i = 0; i < this.waiters.length; i++) {
      const w = this.waiters[i];
      if (w.match(msg)) {
        this.waiters.splice(i, 1);
        w.resolve({ msg, at });
        return;
      }
    }
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  waitFor(match, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve, reject };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for a server message`));
      }, timeoutMs);
      waiter.resolve = (v) => {
        clearTimeout(timer);
        resolve(v);
      };
      waiter.reject = (e) => {
        clearTimeout(timer);
        reject(e);
      };
      this.waiters.push(waiter);
    });
  }

  diagnosticsFor(uri, version) {
    return this.waitFor(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        m.params.uri === uri &&
        (version === undefined || m.params.version === undefined || m.params.version === version),
    );
  }

  async start(rootUri) {
    const result = await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'msglint-bench' },
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
        window: { workDoneProgress: false },
      },
      initializationOptions: { workspaceTrusted: true, displayLanguage: 'en' },
    });
    const sync = result?.capabilities?.textDocumentSync;
    this.syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { msglint: BENCH_SETTINGS } });
    return result;
  }

  rss() {
    try {
      const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
    } catch {
      return { rssMB: NaN, peakMB: NaN };
    }
  }

  async stop() {
    if (this.exited) return;
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      /* already gone */
    }
    await new Promise((r) => {
      if (this.exited) return r();
      const timer = setTimeout(() => {
        this.proc.kill('SIGKILL');
        r();
      }, 3000);
      this.proc.on('exit', () => {
        clearTimeout(timer);
        r();
      });
    });
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const uriFor = (name) => pathToFileURL(`/tmp/msglint-bench/${name}`).href;

/** Time from spawning the server to the first publishDiagnostics for a draft opened right after `initialize`. */
export async function firstDiagnostics(serverPath, runs = 5) {
  const times = [];
  const cpu = [];
  const text = generateDraft(7, 3).text;
  for (let i = 0; i < runs; i++) {
    const client = new LspClient(serverPath);
    try {
      await client.start(null);
      const uri = uriFor(`first-${i}.msg.md`);
      const waiting = client.diagnosticsFor(uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'msglint-draft', version: 1, text } });
      const { at } = await waiting;
      times.push(at - client.spawnedAt);
      cpu.push(processCpuMs(client.proc.pid));
    } finally {
      await client.stop();
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { medianMs: times[times.length >> 1], minMs: times[0], maxMs: times[times.length - 1], cpuMedianMs: cpu[cpu.length >> 1], runs };
}

/** User + system CPU time of a process so far (Linux /proc, 10 ms ticks; NaN elsewhere): steadier than wall time on a busy machine. */
function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** didChange → publishDiagnostics latency, one keystroke at a time, for drafts of the given sizes (KB). */
export async function keystrokeLatency(serverPath, sizesKB = [1, 10, 100], iterations = { 1: 300, 10: 300, 100: 100 }) {
  const client = new LspClient(serverPath);
  const out = {};
  try {
    await client.start(null);
    for (const kb of sizesKB) {
      let text = generateDraft(4242, kb, { size: kb * 1024, violationRate: 0.08 }).text;
      const uri = uriFor(`keystroke-${kb}kb.msg.md`);
      let version = 1;
      const opened = client.diagnosticsFor(uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'msglint-draft', version, text } });
      await opened;
      // Type in the middle of the draft, at the end of a line, like a rep editing a paragraph.
      const lines = text.split('\n');
      const line = Math.floor(lines.length / 2);
      let character = lines[line].length;
      const samples = [];
      const n = iterations[kb] ?? 100;
      const warm = 20;
      for (let i = 0; i < n + warm; i++) {
        const ch = 'typing a message '[i % 17];
        version++;
        const change = client.syncKind === 2 ? { range: { start: { line, character }, end: { line, character } }, text: ch } : null;
        lines[line] = lines[line] + ch;
        character++;
        if (!change) text = lines.join('\n');
        const waiting = client.diagnosticsFor(uri, version);
        const t0 = now();
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change ?? { text }] });
        const { at } = await waiting;
        if (i >= warm) samples.push(at - t0);
      }
      samples.sort((a, b) => a - b);
      out[`${kb}KB`] = { p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples[samples.length - 1], n: samples.length };
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await client.stop();
  }
  return { syncKind: client.syncKind, latency: out };
}

/** Resident memory of the server with `count` corpus drafts open (all diagnosed). */
export async function memoryWithOpenDrafts(serverPath, files, count = 500) {
  const client = new LspClient(serverPath);
  try {
    await client.start(null);
    const afterStart = client.rss();
    const chosen = files.slice(0, count);
    let bytes = 0;
    const batch = 50;
    for (let i = 0; i < chosen.length; i += batch) {
      const waits = [];
      for (const file of chosen.slice(i, i + batch)) {
        const text = readFileSync(file, 'utf8');
        bytes += Buffer.byteLength(text);
        const uri = pathToFileURL(file).href;
        waits.push(client.diagnosticsFor(uri));
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'msglint-draft', version: 1, text } });
      }
      await Promise.all(waits);
    }
    await new Promise((r) => setTimeout(r, 1000));
    return { open: chosen.length, draftMB: bytes / 1048576, startMB: afterStart.rssMB, ...client.rss() };
  } finally {
    await client.stop();
  }
}
