// How long the range analysis takes to reach the screen once typing pauses
// (not a test: it asserts nothing). Opens the 6-tier 20-touch plan, types a
// range into eleven of its numbers (the hours of each tier's first touch
// and the five numbers of the team's time), waits for How sure, then
// changes one range again and again: each time, from the input event to the frame after How sure shows
// the new answer (`aria-busy` false), less the pause the page waits for
// (state::ranges::ANALYSIS_PAUSE_MS, 300 ms). Target: at most 150 ms.
// Usage (after scripts/build-site.sh): node tests/bench/range-timing.mjs [runs]
// TIERPLAN_DIST=folder measures another build.
import { readFileSync } from 'node:fs';
import { serveDist, launchBrowser, openPage } from '../e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 20);
const PAUSE_MS = 300;
const fullQuery = readFileSync(new URL('./six-tiers-twenty-touches.query', import.meta.url), 'utf8').trim();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const server = await serveDist();
const browser = await launchBrowser();
try {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}?${fullQuery}`);
  await page.waitForSelector('#capacity-team-hours-per-week');
  await page.waitForTimeout(500);
  const ranged = await page.evaluate(async () => {
    const fields = [
      ...[0, 1, 2, 3, 4, 5].map((t) => `edit-tiers-${t}-touches-0-hours`),
      'capacity-team-hours-per-week',
      'capacity-team-working-weeks-per-year',
      'capacity-team-reactive-pct',
      'capacity-team-collateral-pct',
      'capacity-team-overhead-pct',
    ];
    const done = [];
    for (const id of fields) {
      const input = document.getElementById(id);
      if (!input) continue;
      const v = Number(input.value);
      input.value = `${Math.max(0, Math.round(v * 0.85))}-${Math.round(v * 1.2) + 1}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 50));
      done.push(id);
    }
    return done;
  });
  await page.waitForFunction(() => document.querySelector('#how-sure')?.getAttribute('aria-busy') === 'false', null, { timeout: 30000 });
  const caption = await page.textContent('#how-sure-caption');
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate(async ([i, pause]) => {
        const input = document.getElementById('capacity-team-hours-per-week');
        const section = document.getElementById('how-sure');
        const settled = new Promise((done) => {
          const observer = new MutationObserver(() => {
            if (section.getAttribute('aria-busy') === 'false' && performance.now() - t0 >= pause) {
              observer.disconnect();
              done();
            }
          });
          observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const t0 = performance.now();
        input.value = i % 2 ? '34-46' : '35-45';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settled;
        const painted = await new Promise((done) => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now());
          channel.port2.postMessage(0);
        }));
        return painted - t0 - pause;
      }, [i, PAUSE_MS]),
    );
    await page.waitForTimeout(200);
  }
  console.log(`ranges on ${ranged.length} inputs; ${caption.trim()}`);
  console.log(
    `range analysis on screen after typing pauses: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (n=${runs})`,
  );
  await context.close();
} finally {
  await browser.close();
  server.close();
}
