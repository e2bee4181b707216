// Links that last: share, reopen, recover from a damaged link, files and exports,
// used as a person would in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSite, openPage, screenshot, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

/** The figures a person reads: headlines and the per-tier table. */
async function plan(page) {
  return page.evaluate(() => ({
    headcount: document.querySelector('#figure-headcount .headline__value').textContent,
    cost: document.querySelector('#figure-cost .headline__detail').textContent,
    share: document.querySelector('#figure-cost-share .headline__value').textContent,
    perCsm: document.querySelector('#figure-arr-per-csm .headline__value').textContent,
    tiers: [...document.querySelectorAll('#tier-table tbody tr')].map((r) => r.textContent),
    hours: document.querySelector('#capacity-proactive-hours').textContent,
  }));
}

async function pickPreset(page, id) {
  await page.selectOption('#preset', id);
  await page.waitForFunction(() => location.search.length > 0);
}

test('a copied link opens the same plan in a fresh browser profile', async () => {
  const { context, page } = await openPage(site.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await page.goto(site.server.url);
  await waitForApp(page);
  await pickPreset(page, 'outcomes');
  await page.fill('#capacity-team-hours-per-week', '42');
  await page.waitForFunction(() => location.search.includes('hpw=42'));
  const expected = await plan(page);

  await page.click('#copy-link');
  await page.locator('#share-status', { hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(site.server.url), copied);
  assert.ok(copied.length < site.server.url.length + 2000, `link is ${copied.length} characters`);

  const fresh = await openPage(site.browser);
  await fresh.page.goto(copied);
  await waitForApp(fresh.page);
  assert.deepEqual(await plan(fresh.page), expected);
  assert.equal(await fresh.page.locator('#link-issues').count(), 0);
  for (const url of [...page.requests, ...fresh.page.requests]) {
    assert.ok(url.startsWith(site.server.origin), `request left the page: ${url}`);
  }
  assert.deepEqual([...page.errors, ...fresh.page.errors], []);
  await fresh.context.close();
  await context.close();
});

test('a damaged link says what is wrong, keeps the link visible and recovers the last good plan', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await pickPreset(page, 'mid_market');
  const good = await plan(page);

  const damaged = `${site.server.url}?v=1&z=Qk9PTSEhIQ-not-a-plan`;
  await page.goto(damaged);
  await waitForApp(page);
  const notice = page.locator('#link-issues');
  await notice.waitFor();
  assert.match(await notice.textContent(), /link/i);
  assert.equal(await page.inputValue('#link-broken'), damaged);
  assert.equal(page.url(), damaged, 'the broken link stays in the address until the person chooses');
  assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity/);
  await screenshot(page, 'link-damaged');

  await page.click('#link-restore');
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(await plan(page), good);
  assert.notEqual(page.url(), damaged);
  await context.close();
});

test('a truncated or hostile link never breaks the page', async () => {
  const { context, page } = await openPage(site.browser);
  for (const query of [
    'v=1&j=eyJ0aWVycyI6W3sibmFtZSI6',
    'v=1&z=' + 'A'.repeat(20000),
    'v=1&j=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'v=7&hpw=30',
    'hpw=1e999&wks=-',
  ]) {
    await page.goto(`${site.server.url}?${query}`);
    await waitForApp(page);
    await page.locator('#link-issues').waitFor();
    assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity/);
  }
  await page.goto(`${site.server.url}?v=7&hpw=30`);
  await waitForApp(page);
  assert.match(await page.textContent('#link-issues'), /newer/i);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a link with an impossible number names it at the notice and the figures say what they use', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const sound = await plan(page);

  await page.goto(`${site.server.url}?v=1&hpw=-5`);
  await waitForApp(page);
  const notice = page.locator('#link-issues');
  await notice.waitFor();
  const said = await notice.textContent();
  assert.match(said, /impossible/);
  assert.match(said, /Hours per week to -5 h\/week/);
  assert.match(said, /uses 40 h\/week instead/);
  // The field keeps its value and its message.
  await page.locator('#capacity-team-hours-per-week-error').waitFor();
  assert.equal(await page.inputValue('#capacity-team-hours-per-week'), '-5');
  // The capacity card works with the same value as the plan (40 h/week ×
  // 46 weeks × 60% = 1,104 h), not 0 h from the impossible one, and says so.
  assert.equal(await page.textContent('#capacity-proactive-hours'), '1,104');
  assert.match(await page.textContent('#capacity-stale'), /in place of the impossible one/);
  // No absurd headline presented as valid: the figures are the default
  // hours' (not 220 people from one hour a week), and say so.
  const marker = page.locator('#results-impossible');
  await marker.waitFor();
  assert.match(await marker.textContent(), /Hours per week: 40 h\/week, not the impossible -5 h\/week/);
  const shown = await plan(page);
  assert.equal(shown.headcount, sound.headcount);
  assert.equal(shown.cost, sound.cost);
  assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Back returns to the plan before a preset', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const before = await plan(page);
  await pickPreset(page, 'high_value');
  const after = await plan(page);
  assert.notDeepEqual(after, before);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, before.headcount);
  assert.deepEqual(await plan(page), before);
  await page.goForward();
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, after.headcount);
  await context.close();
});

test('a saved scenario file opens back, a malformed one is refused with a message', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tierplan-e2e-'));
  const { context, page } = await openPage(site.browser, { acceptDownloads: true });
  await page.goto(site.server.url);
  await waitForApp(page);
  await pickPreset(page, 'consumer');
  const expected = await plan(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-scenario')]);
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const json = JSON.parse(await readFile(saved, 'utf8'));
  assert.equal(json.tierplan, 4);

  const fresh = await openPage(site.browser);
  await fresh.page.goto(site.server.url);
  await waitForApp(fresh.page);
  await fresh.page.setInputFiles('#open-scenario', saved);
  await fresh.page.waitForFunction(() => location.search.length > 0);
  assert.deepEqual(await plan(fresh.page), expected);

  const before = await plan(fresh.page);
  const bad = join(dir, 'broken.json');
  await writeFile(bad, '{"tierplan": 1, "scenario": {"tiers": [');
  await fresh.page.setInputFiles('#open-scenario', bad);
  const error = fresh.page.locator('#file-error');
  await error.waitFor();
  assert.match(await error.textContent(), /broken\.json.*not opened.*unchanged/s);
  assert.deepEqual(await plan(fresh.page), before);
  await fresh.context.close();
  await context.close();
});

test('exports: CSV tables and a Markdown summary with the share link', async () => {
  const { context, page } = await openPage(site.browser, { acceptDownloads: true });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.fill('#capacity-team-working-weeks-per-year', '44');
  await page.waitForFunction(() => location.search.includes('wks=44'));
  await page.click('#export-menu >> xpath=..  >> summary');
  const items = page.locator('#export-menu .menu__item');
  const count = await items.count();
  assert.ok(count >= 2, `export menu has ${count} items`);
  const texts = {};
  for (let i = 0; i < count; i++) {
    if (!(await page.locator('#export-menu').isVisible())) await page.click('.toolbar__menu > summary');
    const [download] = await Promise.all([page.waitForEvent('download'), items.nth(i).click()]);
    texts[download.suggestedFilename()] = await readFile(await download.path(), 'utf8');
  }
  const tiers = Object.entries(texts).find(([name]) => name.includes('tiers'));
  assert.ok(tiers, Object.keys(texts).join(', '));
  assert.match(tiers[1], /High touch/);
  const md = Object.entries(texts).find(([name]) => name.endsWith('.md'));
  assert.ok(md);
  assert.ok(md[1].includes('wks=44'), 'the Markdown summary carries the share link');
  await context.close();
});

test('a scenario file dropped on the page opens; a dropped non-scenario is refused', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await pickPreset(page, 'high_value');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-scenario')]);
  const saved = await readFile(await download.path(), 'utf8');
  const expected = await plan(page);

  const fresh = await openPage(site.browser);
  await fresh.page.goto(site.server.url);
  await waitForApp(fresh.page);
  const drop = (name, text) =>
    fresh.page.evaluate(([name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [name, text]);
  await drop('plan.json', saved);
  await fresh.page.waitForFunction(() => location.search.length > 0);
  assert.deepEqual(await plan(fresh.page), expected);

  await drop('notes.txt', 'quarterly notes, not a plan');
  const error = fresh.page.locator('#file-error');
  await error.waitFor();
  assert.match(await error.textContent(), /notes\.txt.*not opened/s);
  assert.deepEqual(await plan(fresh.page), expected);
  await fresh.context.close();
  await context.close();
});
