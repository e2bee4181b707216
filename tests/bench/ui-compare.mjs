// Compares two builds of the site under the same machine load (not a test: it
// asserts nothing). Both are open side by side in one headless Chromium and a
// digit is typed into each in turn, so every pair of keystrokes shares the
// load of that moment; on a busy machine this is steadier than two runs of
// ui-timing.mjs one after the other. Each keystroke is timed as in
// ui-timing.mjs: input event, DOM mutation, next frame. The time to the DOM
// mutation (the script's share: Yew's render, done in one task) is shown in
// brackets.
// With `first` instead of a number of keystrokes it compares first renders:
// each build is loaded in turn in a fresh profile, as in ui-timing.mjs.
// Usage: node tests/bench/ui-compare.mjs DIR_A DIR_B [keystrokes|first] [height]
// TIERPLAN_HISTORY=N first makes N edits on each page, alternating between two
// fields so that each is an undo step, and then times the keystrokes with
// that undo history behind them (the benchmark otherwise starts fresh).
// (DIR_A and DIR_B are folders written by scripts/build-site.sh; height is
// the window's, 4000 by default so the results and charts are on screen).
// The third case types in a comparison of four 6 x 20 scenarios, the last
// one edited (skipped when build A has no comparison).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist, launchBrowser, openPage } from '../e2e/harness.mjs';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
const firstMode = process.argv[4] === 'first';
const runs = firstMode ? 12 : Number(process.argv[4] ?? 60);
const height = Number(process.argv[5] ?? 4000);
const history = Number(process.env.TIERPLAN_HISTORY ?? 0);
const fullQuery = readFileSync(new URL('./six-tiers-twenty-touches.query', import.meta.url), 'utf8').trim();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Types one digit into `page`; resolves with [ms to the DOM change, ms to the next frame after it]. */
const keystroke = (page, i) =>
  page.evaluate(async (i) => {
    const input = document.querySelector('#capacity-team-hours-per-week');
    const changed = new Promise((done) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        done(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const t0 = performance.now();
    input.value = i % 2 ? '40' : '41';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = (await changed) - t0;
    const t2 = await new Promise((done) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    }));
    return [t1, t2 - t0];
  }, i);

if (!dirA || !dirB) {
  console.error('usage: node tests/bench/ui-compare.mjs DIR_A DIR_B [keystrokes] [height]');
  process.exit(2);
}
/** Loads `url` in a fresh profile; resolves with [first render, every section built] in ms. */
async function load(url) {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height } });
  await page.goto('about:blank');
  await page.waitForTimeout(1500);
  await page.goto(url);
  await page.waitForSelector('#capacity-team-hours-per-week');
  await page.waitForTimeout(50);
  const marks = await page.evaluate(() =>
    ['tierplan:first-render', 'tierplan:complete'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
  );
  await context.close();
  return marks;
}

const servers = [await serveDist(dirA), await serveDist(dirB)];
const browser = await launchBrowser();
try {
  for (const [name, query] of firstMode ? [['default', ''], ['6 x 20', `?${fullQuery}`]] : []) {
    const times = [[], []];
    for (let i = 0; i < runs; i++) {
      for (const k of i % 2 ? [1, 0] : [0, 1]) times[k].push(await load(servers[k].url + query));
    }
    const show = (k, j) => (times[k].some((t) => Number.isNaN(t[j])) ? 'not marked' : `${median(times[k].map((t) => t[j])).toFixed(1)} ms`);
    console.log(
      `${name.padEnd(8)} first render A ${show(0, 0)}, B ${show(1, 0)}; ` +
        `every section built A ${show(0, 1)}, B ${show(1, 1)} (n=${runs} loads each)`,
    );
  }
  const cases = [['default', ''], ['6 x 20', `?${fullQuery}`], ['4 x 6x20', `?${fullQuery}`, true]];
  for (const [name, query, four] of firstMode ? [] : cases) {
    const pages = [];
    for (const server of servers) {
      const { page } = await openPage(browser, { viewport: { width: 1280, height } });
      await page.goto(server.url + query);
      await page.waitForSelector('#figure-headcount');
      await page.waitForSelector('#capacity-team-working-weeks-per-year');
      // Four scenarios compared, the last one edited (builds before the
      // comparison have no scenario bar and skip this case).
      if (four && (await page.locator('#scenario-add').count())) {
        for (let k = 0; k < 3; k++) {
          await page.click('#scenario-add summary');
          await page.click('#scenario-add-copy');
        }
        await page.waitForFunction(() => document.querySelectorAll('.scenarios__tab').length === 4);
        await page.waitForTimeout(300);
      }
      await page.evaluate(async (n) => {
        const fields = ['#capacity-team-hours-per-week', '#capacity-team-working-weeks-per-year'];
        for (let i = 0; i < n; i++) {
          const input = document.querySelector(fields[i % 2]);
          input.value = String(i % 2 ? 40 + (i % 5) : 35 + (i % 7));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
      }, history);
      pages.push(page);
    }
    if (four && (await pages[0].locator('#scenario-add').count()) === 0) {
      for (const page of pages) await page.context().close();
      continue;
    }
    const times = [[], []];
    for (let i = 0; i < runs; i++) {
      // Alternate which build goes first, so neither always follows the other.
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        times[k].push(await keystroke(pages[k], i));
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    const total = (k) => times[k].map((t) => t[1]);
    const script = (k) => median(times[k].map((t) => t[0])).toFixed(1);
    const diffs = total(0).map((a, i) => total(1)[i] - a);
    console.log(
      `${name.padEnd(8)} A ${median(total(0)).toFixed(1)} ms (script ${script(0)}), ` +
        `B ${median(total(1)).toFixed(1)} ms (script ${script(1)}), ` +
        `median of B - A per pair ${median(diffs).toFixed(1)} ms (n=${runs}, window 1280 x ${height}${history ? `, after ${history} edits` : ''})`,
    );
    for (const page of pages) await page.context().close();
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
