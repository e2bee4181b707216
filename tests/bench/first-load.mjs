// What a person waits for on a phone (not a test: it asserts nothing).
// Each page is loaded in a fresh browser profile under the mobile profile of
// Lighthouse, applied through the DevTools protocol: 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4 times, a 412 x 823 screen.
// The files are served from 127.0.0.1 compressed as a host would send them
// (the precompressed .br or .gz next to a file when there is one, else gzip -9
// made on the fly). The tierplan addresses and a bare Yew page built the same
// way are loaded in turn, one load of each per round, so each round shares
// the load of that moment on a busy machine.
//
// For each page: first paint with content (FCP); the plan readable (for
// the bare address the default plan's first screen written into
// index.html, so its FCP; for a link the `tierplan:preview` mark of the
// link preview, src/bin/preview.rs, or the calculator's mark if it came
// first); the calculator ready (its `tierplan:first-render` mark: the plan
// drawn by the calculator, whose inputs then respond; for the bare Yew page
// its FCP); and the bytes transferred by each (navigation and resources,
// from the page's own resource timing).
//
// Usage: node tests/bench/first-load.mjs SITE_DIR BARE_DIR [rounds]
// TIERPLAN_BEFORE=DIR adds the same three addresses of another build (the
// one before a change), loaded in the same rounds, to pair the two.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/harness.mjs';

const [siteDir, bareDir] = process.argv.slice(2, 4).map((d) => resolve(d));
const rounds = Number(process.argv[4] ?? 5);
const fullQuery = readFileSync(new URL('./six-tiers-twenty-touches.query', import.meta.url), 'utf8').trim();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 as a static host with compression would. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const accepts = req.headers['accept-encoding'] ?? '';
      let body;
      let encoding;
      for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!encoding && accepts.includes(name)) {
          try {
            await stat(file + ext);
            body = await readFile(file + ext);
            encoding = name;
          } catch {}
        }
      }
      if (!encoding) {
        body = gzipSync(await readFile(file), { level: 9 });
        encoding = 'gzip';
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-encoding': encoding,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** One load of `address` in a fresh profile under the mobile profile. */
async function load(browser, address, isTierplan) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(address, { waitUntil: 'commit' });
  const figures = await page.evaluate(async (tierplan) => {
    const waitFor = (find) =>
      new Promise((done) => {
        const look = () => {
          const found = find();
          if (found !== undefined) done(found);
          else setTimeout(look, 20);
        };
        look();
      });
    const fcp = await waitFor(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    // The plan readable: the default plan's first screen is in index.html
    // (painted at the first paint); a link's is drawn by the preview, or
    // by the calculator when it comes first.
    const snapshot =
      !document.documentElement.classList.contains('boot-link') &&
      document.querySelector('.boot__default .tiers') !== null;
    const readable =
      !tierplan || snapshot
        ? fcp
        : await waitFor(() => mark('tierplan:preview') ?? mark('tierplan:first-render'));
    const plan = tierplan ? await waitFor(() => mark('tierplan:first-render')) : fcp;
    const nav = performance.getEntriesByType('navigation')[0];
    const before = (t) => {
      let bytes = nav.transferSize;
      for (const r of performance.getEntriesByType('resource')) {
        if (r.responseEnd <= t) bytes += r.transferSize;
      }
      return bytes;
    };
    return { fcp, readable, readableBytes: before(readable), plan, bytes: before(plan) };
  }, isTierplan);
  await context.close();
  return figures;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const site = await serve(siteDir);
const bare = await serve(bareDir);
const addresses = (url, label) => [
  [`${label}, bare address`, url, true],
  [`${label}, 6-tier 20-touch link`, `${url}?${fullQuery}`, true],
  [`${label}, embed view of that link`, `${url}?${fullQuery}&embed=1`, true],
];
const beforeDir = process.env.TIERPLAN_BEFORE;
const before = beforeDir ? await serve(resolve(beforeDir)) : undefined;
const pages = [
  ...addresses(site.url, 'tierplan'),
  ...(before ? addresses(before.url, 'before') : []),
  ['bare Yew page, built the same way', bare.url, false],
];
const browser = await launchBrowser();
const results = pages.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [i, [, address, isTierplan]] of pages.entries()) {
    results[i].push(await load(browser, address, isTierplan));
  }
}
await browser.close();
site.close();
bare.close();
before?.close();

console.log(`Mobile profile: 150 ms RTT, 1.6 Mbit/s down, CPU x4; ${rounds} fresh loads each, medians.`);
const heads = ['first paint', 'plan readable', 'bytes by then', 'calculator', 'bytes by then'];
console.log(`${'page'.padEnd(36)} ${heads.map((h) => h.padStart(14)).join(' ')}`);
for (const [i, [name]] of pages.entries()) {
  const r = results[i];
  const ms = (key) => `${Math.round(median(r.map((x) => x[key])))} ms`;
  const kb = (key) => `${(median(r.map((x) => x[key])) / 1000).toFixed(1)} KB`;
  const cells = [ms('fcp'), ms('readable'), kb('readableBytes'), ms('plan'), kb('bytes')];
  console.log(`${name.padEnd(36)} ${cells.map((c) => c.padStart(14)).join(' ')}`);
}
