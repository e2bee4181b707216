// Where a keystroke's script time goes (not a test: it asserts nothing).
// Types 40 digits into the 6-tier 20-touch plan (or a comparison of four,
// with `four`) under the DevTools protocol's sampling profiler and prints,
// per keystroke, the self time and the inclusive time of each function.
// The release build strips function names; for Rust names, build the site,
// then replace its WebAssembly and glue with a named build:
//   wasm-bindgen --target web --keep-debug --out-dir /tmp/named \
//     $CARGO_TARGET_DIR/wasm32-unknown-unknown/release/tierplan.wasm
//   cp /tmp/named/tierplan_bg.wasm dist/tierplan-*_bg.wasm
//   cp /tmp/named/tierplan.js dist/tierplan-*.js
//   rm dist/*.br dist/*.gz; sed -i 's/ integrity=sha384-[A-Za-z0-9+\/=]*//g' dist/index.html
// Usage: node tests/bench/keystroke-profile.mjs [keystrokes] [four]
// FILTER=regex picks the inclusive rows (default: tierplan and yew), TOP=N
// how many; TIERPLAN_DIST=folder profiles another build.
import { readFileSync } from 'node:fs';
import { serveDist, launchBrowser, openPage } from '../e2e/harness.mjs';

const n = Number(process.argv[2] ?? 40);
const four = process.argv[3] === 'four';
const fullQuery = readFileSync(new URL('./six-tiers-twenty-touches.query', import.meta.url), 'utf8').trim();
const server = await serveDist();
const browser = await launchBrowser();
const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 4000 } });
await page.goto(`${server.url}?${fullQuery}`);
await page.waitForSelector('#capacity-team-hours-per-week');
if (four) {
  for (let k = 0; k < 3; k++) {
    await page.click('#scenario-add summary');
    await page.click('#scenario-add-copy');
  }
  await page.waitForFunction(() => document.querySelectorAll('.scenarios__tab').length === 4);
}
await page.waitForTimeout(1000);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async (n) => {
  const input = document.querySelector('#capacity-team-hours-per-week');
  for (let i = 0; i < n; i++) {
    input.value = i % 2 ? '40' : '41';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
  }
}, n);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const name = (x) => x.callFrame.functionName || `(${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber})`;
const self = new Map();
const inclusive = new Map();
let script = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const leaf = byId.get(id);
  if (['(idle)', '(program)', '(garbage collector)'].includes(leaf.callFrame.functionName)) return;
  script += ms;
  self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
  const seen = new Set();
  for (let x = leaf; x; x = byId.get(parent.get(x.id))) {
    if (seen.has(name(x))) continue;
    seen.add(name(x));
    inclusive.set(name(x), (inclusive.get(name(x)) ?? 0) + ms);
  }
});
const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
const filter = new RegExp(process.env.FILTER ?? 'tierplan|yew');
console.log(`script in samples: ${(script / n).toFixed(2)} ms per keystroke (${n} keystrokes)`);
console.log('--- self, ms per keystroke');
for (const [k, v] of top(self, 25)) console.log((v / n).toFixed(3).padStart(8), k.slice(0, 150));
console.log('--- inclusive, ms per keystroke');
for (const [k, v] of top(new Map([...inclusive].filter(([k]) => filter.test(k))), Number(process.env.TOP ?? 40))) {
  console.log((v / n).toFixed(3).padStart(8), k.slice(0, 150));
}
await context.close();
await browser.close();
server.close();
