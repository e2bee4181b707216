// Browser timing benchmark of the customer list import (not a test: it
// asserts nothing, it measures). Serves the built dist/ on 127.0.0.1 and, in
// headless Chromium, drops a generated list of N accounts on the Accounts
// section's drop zone (a real File read from disk, as a person's drop), then
// measures:
// - drop to summary and plan updated: the drop event to the first paint
//   after the import summary says what was kept and the plan says its
//   customers per tier come from the list;
//   split into reading the file into a table, tiering it (rows, tiers,
//   totals, review) and putting the list and the plan on screen;
// - the review table (first run of each size): a scroll position to the
//   next paint with the rows there, and a sort by name and by ARR;
// - long tasks while it ran (PerformanceObserver 'longtask', every task over
//   50 ms): how many, how many over 100 ms, and the longest.
//
// The lists are the project's sample lists, written once by
// `cargo run --release --example accounts_csv -- N` into the git-ignored
// tests/bench/data/.
// Usage (after scripts/build-site.sh): node tests/bench/import-timing.mjs [rows...]
//   default rows: 100000 1000000
import { closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launchBrowser, openPage, waitForApp } from '../e2e/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const DATA = join(here, 'data');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rowsToRun = sizes.length ? sizes : [100_000, 1_000_000];

/** The list of `rows` accounts (the project's sample list), written once. */
function listOf(rows) {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, `accounts-${rows}.csv`);
  if (!existsSync(file)) {
    const out = openSync(file, 'w');
    try {
      execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'accounts_csv', '--', String(rows)], {
        cwd: ROOT,
        stdio: ['ignore', out, 'inherit'],
      });
    } finally {
      closeSync(out);
    }
  }
  return file;
}

/**
 * The review of the list on the page: scrolling the table (a scroll
 * position set, to the next paint after the rows changed), and sorting it
 * by name and by ARR (a heading clicked, to the next paint after the table
 * changed).
 */
async function reviewTimes(page) {
  return page.evaluate(async () => {
    const paint = () =>
      new Promise((ok) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => ok(performance.now());
        channel.port2.postMessage(0);
      }));
    // Resolves at the first change under `target` (or after 2 s: nothing changed).
    const changed = (target) =>
      new Promise((ok) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          ok();
        });
        observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          ok();
        }, 2000);
      });
    const scroller = document.querySelector('#accounts-review-scroll');
    const scroll = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      const change = changed(scroller);
      // Far from the last position each time, so other rows show.
      scroller.scrollTop = ((1 + i * 7919) % 997) / 997 * (scroller.scrollHeight - scroller.clientHeight);
      await change;
      scroll.push((await paint()) - t0);
    }
    const sort = async (label) => {
      const button = [...document.querySelectorAll('#accounts-review .review__sort')].find((b) => b.textContent.startsWith(label));
      const t0 = performance.now();
      const change = changed(document.querySelector('#accounts-review'));
      button.click();
      await change;
      return (await paint()) - t0;
    };
    return { scroll, byName: await sort('Account'), byArr: await sort('ARR') };
  });
}

async function dropAndWait(browser, url, file, review) {
  const { context, page } = await openPage(browser);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#bench-file', file);
  const result = await page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 500));
    window.__longTasks = [];
    const done = () => {
      const summary = document.querySelector('#accounts-summary')?.textContent ?? '';
      const status = document.querySelector('#accounts-status')?.textContent ?? '';
      return summary.includes('Kept ') && status.includes('come from this list');
    };
    const finished = new Promise((ok) => {
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          ok();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const file = document.querySelector('#bench-file').files[0];
    const data = new DataTransfer();
    data.items.add(file);
    const zone = document.querySelector('#accounts-drop');
    const t0 = performance.now();
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    await finished;
    const painted = await new Promise((ok) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => ok(performance.now());
      channel.port2.postMessage(0);
    }));
    await new Promise((r) => setTimeout(r, 200));
    const summary = document.querySelector('#accounts-summary').textContent;
    const at = (name) => performance.getEntriesByName(`tierplan:${name}`).at(-1)?.startTime ?? NaN;
    const phases = { read: at('import-read') - t0, tiered: at('import-tiered') - at('import-read'), plan: painted - at('import-tiered') };
    return { ms: painted - t0, long: window.__longTasks, summary, phases };
  });
  if (review) Object.assign(result, await reviewTimes(page));
  assertNoErrors(page);
  await context.close();
  return result;
}

function assertNoErrors(page) {
  if (page.errors.length) console.log(`  page errors: ${page.errors.join(' | ')}`);
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const rows of rowsToRun) {
    const file = listOf(rows);
    const mb = (statSync(file).size / 1e6).toFixed(1);
    const runs = rows >= 1_000_000 ? 2 : 5;
    for (let run = 1; run <= runs; run++) {
      const { ms, long, summary, phases, scroll, byName, byArr } = await dropAndWait(browser, server.url, file, run === 1);
      if (run === 1) console.log(`  ${summary.trim()}`);
      const over100 = long.filter((d) => d > 100);
      console.log(
        `${rows.toLocaleString('en-US')} rows (${mb} MB), run ${run}: drop to summary and plan ${ms.toFixed(0)} ms ` +
          `(read ${phases.read.toFixed(0)}, tier ${phases.tiered.toFixed(0)}, plan on screen ${phases.plan.toFixed(0)}); ` +
          `long tasks ${long.length} (over 100 ms: ${over100.length}), longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms`,
      );
      if (scroll) {
        const sorted = [...scroll].sort((a, b) => a - b);
        console.log(
          `  review: scroll to paint median ${sorted[sorted.length >> 1].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (n=${sorted.length}); ` +
            `sort by name ${byName.toFixed(0)} ms, by ARR ${byArr.toFixed(0)} ms`,
        );
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
