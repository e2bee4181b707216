// Hostile links in the real link format, opened in the page: a 100,000-character
// tier name, a cut link, a flipped bit, a newer version, a deflate bomb, deep
// nesting, wrong types, markup in names. For each: no page error, the page no
// wider than the window, a message in plain words (the reader's own words only
// behind "Details"), and the plan the person had before opens again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { useSite, openPage, screenshot, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

/** A `j=` payload: base64url JSON. */
const j = (json) => `v=2&j=${Buffer.from(json).toString('base64url')}`;
/** A `z=` payload: base64url raw deflate (the page reads a stream that does not use its preset dictionary). */
const zBytes = (bytes) => `v=2&z=${deflateRawSync(bytes, { level: 9 }).toString('base64url')}`;
const z = (json) => zBytes(Buffer.from(json));

const LONG_NAME = 'W'.repeat(100_000);
const nested = '['.repeat(400) + ']'.repeat(400);
const good = z(JSON.stringify({ name: 'Cut me', tiers: [{ customers: 41, name: 'A tier name long enough to be cut' }] }));
/** One bit of the deflated payload flipped (a bit that makes it unreadable). */
function flipped() {
  const bytes = deflateRawSync(Buffer.from(JSON.stringify({ tiers: [{ customers: 41 }] })), { level: 9 });
  bytes[2] ^= 0x10;
  return `v=2&z=${bytes.toString('base64url')}`;
}

/** Each hostile link, and whether the page opens it in part (true) or refuses it (false). */
const CASES = [
  ['a 100,000-character tier name', z(JSON.stringify({ tiers: [{}, { name: LONG_NAME }] })), 'partly'],
  ['a truncated link', good.slice(0, good.length - 9), 'refused'],
  ['a flipped bit', flipped(), 'refused'],
  ['a newer version', 'v=9&j=e30', 'refused'],
  ['a deflate bomb', zBytes(Buffer.alloc(400 * 1024, 32)), 'refused'],
  ['deeply nested JSON', j(`{"tiers":${nested}}`), 'refused'],
  ['wrong types', j('{"name":7,"tiers":[{"name":["a"],"customers":"many"}],"team":"x","currency":{"a":1}}'), 'partly'],
  ['markup in names', j(JSON.stringify({ name: '<img src=x onerror="window.pwned=1">', tiers: [{ name: '<script>window.pwned=1</script>' }] })), 'opened'],
];

/** Words of a JSON or deflate reader that must not reach a person. */
const PARSER_WORDS = /expected|line \d|column \d|recursion|invalid type|unknown variant|EOF|payload|serde|deflate|inflate/i;

/** The figures a person reads. */
async function plan(page) {
  return page.evaluate(() => ({
    headcount: document.querySelector('#figure-headcount .headline__value').textContent,
    cost: document.querySelector('#figure-cost .headline__detail').textContent,
    tiers: [...document.querySelectorAll('#tier-table tbody tr')].map((r) => r.textContent),
  }));
}

/** The notice's words as shown, without the closed "Details". */
async function noticeWords(page) {
  return page.evaluate(() => {
    const notice = document.querySelector('#link-issues');
    if (!notice) return null;
    const copy = notice.cloneNode(true);
    copy.querySelector('#link-detail')?.remove();
    copy.querySelector('#link-broken')?.remove();
    return copy.textContent;
  });
}

/** How far the page reaches past the window (0 when it fits). */
async function overflow(page) {
  return page.evaluate(() => {
    const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    return widest - window.innerWidth;
  });
}

/** A person's plan, made in the page (a preset, renamed), kept as this device's last good plan. */
async function makePlan(page) {
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'mid_market');
  await page.waitForFunction(() => location.search.length > 0);
  await page.fill('#scenario-name', 'Our FY27 plan');
  await page.waitForFunction(() => localStorage.getItem('tierplan.last-good')?.includes('Our FY27 plan'));
  return plan(page);
}

for (const width of [375, 1280]) {
  for (const [what, query, outcome] of CASES) {
    test(`${what} at ${width} px: no error, no wider page, plain words, the previous plan comes back`, async () => {
      const { context, page } = await openPage(site.browser, { viewport: { width, height: 800 } });
      const mine = await makePlan(page);

      await page.goto(`${site.server.url}?${query}`);
      await waitForApp(page);
      // Every input section is built, so every name is on the page.
      await page.locator('#tier-0-name').waitFor();
      await page.waitForTimeout(150);
      assert.ok((await overflow(page)) <= 0, `${what}: the page is ${await overflow(page)} px wider than the window`);
      const words = await noticeWords(page);
      if (outcome === 'opened') {
        assert.equal(words, null, `${what}: ${words}`);
      } else {
        assert.ok(words, `${what}: a notice`);
        assert.doesNotMatch(words, PARSER_WORDS, `${what}: ${words}`);
        assert.ok(words.length < 2000, `${what}: the notice is ${words.length} characters`);
        if (outcome === 'refused') assert.match(words, /link/i, what);
      }
      assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity/, what);
      assert.equal(await page.evaluate(() => window.pwned), undefined, `${what}: markup ran`);

      // The plan before this link is one click away in Recent plans.
      await page.click('#recent-open-menu');
      const entry = page.locator('#recent-menu .recent__item', { hasText: 'Our FY27 plan' }).first();
      await entry.click();
      await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, mine.headcount);
      assert.deepEqual(await plan(page), mine, what);
      assert.equal(await page.inputValue('#scenario-name'), 'Our FY27 plan', what);
      assert.ok((await overflow(page)) <= 0, `${what}: wider after opening the recent plan`);
      for (const url of page.requests) assert.ok(url.startsWith(site.server.origin), `${what}: a request left the page: ${url}`);
      assert.deepEqual(page.errors, [], what);
      await context.close();
    });
  }
}

test('a 100,000-character tier name is cut with a warning that names the tier, and the last good plan is kept', async () => {
  const { context, page } = await openPage(site.browser);
  const mine = await makePlan(page);
  const stored = await page.evaluate(() => localStorage.getItem('tierplan.last-good'));

  await page.goto(`${site.server.url}?${CASES[0][1]}`);
  await waitForApp(page);
  const words = await noticeWords(page);
  assert.match(words, /Tier 2's name was 100,000 characters long; it was cut to 60\./);
  assert.equal(await page.inputValue('#tier-1-name'), 'W'.repeat(60));
  assert.equal(await page.getAttribute('#tier-1-name', 'maxlength'), '60');
  // Opening a link that needed a warning replaced nothing on this device.
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => localStorage.getItem('tierplan.last-good')), stored);
  await page.click('#link-restore');
  await page.locator('#link-issues').waitFor({ state: 'detached' });
  assert.deepEqual(await plan(page), mine);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a refused link keeps the reader\'s words behind Details', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(`${site.server.url}?${j('{"tiers" [1]}')}`);
  await waitForApp(page);
  const notice = page.locator('#link-issues');
  await notice.waitFor();
  assert.match(await noticeWords(page), /damaged or was changed by hand/);
  const detail = page.locator('#link-detail');
  assert.equal(await detail.locator('p').isVisible(), false, 'closed until asked for');
  await detail.locator('summary').click();
  assert.match(await detail.textContent(), /expected/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('screenshots: a link with a 100,000-character name and a refused link, light and dark, 1280 and 375', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 }, colorScheme });
      await makePlan(page);
      await page.goto(`${site.server.url}?${CASES[0][1]}`);
      await waitForApp(page);
      await page.locator('#tier-1-name').waitFor();
      await page.click('#recent-open-menu');
      await screenshot(page, `hostile-long-name-${width}-${colorScheme}`);
      await page.goto(`${site.server.url}?${CASES[5][1]}`);
      await waitForApp(page);
      await page.locator('#link-detail summary').click();
      await screenshot(page, `hostile-refused-${width}-${colorScheme}`);
      assert.deepEqual(page.errors, []);
      await context.close();
    }
  }
});
