// Shared end-to-end harness: serves dist/ from a sub-path on 127.0.0.1 and opens
// Debian's Chromium through playwright-core (which never downloads a browser).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
/** The built site: dist/, or the folder in TIERPLAN_DIST (to compare two builds). */
export const DIST = resolve(process.env.TIERPLAN_DIST ?? resolve(here, '../../dist'));
export const SCREENSHOTS = resolve(here, 'screenshots');
/** The site is served from a sub-path, as a real deployment might be. */
export const BASE_PATH = '/tools/tierplan/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Starts a static server for dist/ (or `dist`) under BASE_PATH on an ephemeral 127.0.0.1 port. */
export async function serveDist(dist = DIST) {
  // Long enough for the longest link a test sends (the codec refuses past 16 KiB).
  const server = createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(BASE_PATH)) {
      res.writeHead(404).end('not under the base path');
      return;
    }
    let rel = url.pathname.slice(BASE_PATH.length) || 'index.html';
    const file = normalize(join(dist, rel));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${BASE_PATH}`, close: () => server.close() };
}

/** Launches headless Chromium with the flags this closed network needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser profile (context) with a page that records every request, so a
 * test can check that nothing left 127.0.0.1, and every console error.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  // TIERPLAN_CPU_SLOWDOWN=4 runs every page with its CPU slowed 4 times,
  // to find the tests that only pass on a fast machine.
  const slowdown = Number(process.env.TIERPLAN_CPU_SLOWDOWN || 1);
  if (slowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  return { context, page };
}

/**
 * Saves a full-page screenshot into the git-ignored screenshots folder. The
 * window is made as tall as the page first: input sections off screen are
 * not painted (content-visibility: auto) and would show empty otherwise.
 */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (viewport && height > viewport.height) await page.setViewportSize(viewport);
}

/** Waits until the app has rendered its first result. */
export async function waitForApp(page) {
  await page.waitForSelector('#capacity-proactive-hours', { timeout: 15000 });
}

/**
 * Registers the suite's before/after hooks: the built site served on
 * 127.0.0.1 and one headless Chromium, shared by the file's tests.
 * Returns an object whose `server` and `browser` are set once the hooks ran.
 */
export function useSite(hooks) {
  const site = { server: undefined, browser: undefined };
  hooks.before(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  hooks.after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/**
 * Runs `check` until it passes, for up to `timeout` ms, and returns its
 * value: for what a click redraws, which the page may draw a frame later
 * on a slow machine (Yew yields to the browser after 16 ms of work).
 * The last failure is thrown if it never passes.
 */
export async function eventually(check, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

/** The command-line binary, if it was built (`cargo build`): the tests
 * that check the CLI prints the page's numbers run it. */
export function cli() {
  const dirs = [process.env.CARGO_TARGET_DIR, resolve(here, '../../target')].filter(Boolean);
  for (const dir of dirs) {
    for (const profile of ['debug', 'release']) {
      const path = resolve(dir, profile, 'tierplan');
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}
