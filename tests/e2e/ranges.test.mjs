// How sure: a range typed into a field, its percentiles, the same numbers from
// the copied link in a fresh profile and from the command line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { useSite, openPage, screenshot, waitForApp, SCREENSHOTS, cli } from './harness.mjs';

const site = useSite({ before, after });

const CUSTOMERS = '#edit-tiers-0-customers';

/** What the "How sure" section says: its headline and its table's rows. */
async function howSure(page) {
  await page.locator('#how-sure-headline').waitFor();
  await page.waitForFunction(() => document.querySelector('#how-sure')?.getAttribute('aria-busy') === 'false');
  return page.evaluate(() => ({
    headline: document.querySelector('#how-sure-headline').textContent,
    rows: [...document.querySelectorAll('#how-sure-table tbody tr')].map((r) => r.textContent),
    caption: document.querySelector('#how-sure-caption').textContent,
  }));
}

test('a typed range gives percentiles that a copied link and the command line repeat', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await page.goto(site.server.url);
  await waitForApp(page);
  assert.match(await page.locator('#how-sure-hint').textContent(), /Type a range such as 35-45/);
  const before = await page.locator('#figure-headcount .headline__value').textContent();

  // Typed key by key, as a person types it: the value before typing stays
  // the most likely one.
  await page.fill(CUSTOMERS, '');
  await page.locator(CUSTOMERS).pressSequentially('30 to 60');
  const summary = page.locator('#edit-tiers-0-customers-range summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), /Range 30 to 60, triangular/);
  assert.equal(await page.locator(CUSTOMERS).inputValue(), '30 to 60');
  assert.equal(await page.locator('#figure-headcount .headline__value').textContent(), before);
  const shown = await howSure(page);
  assert.match(shown.headline, /people \(\d+ to \d+, P10 to P90\)/);
  assert.match(shown.caption, /2,000 samples, seed 1/);
  assert.ok(shown.rows[0].startsWith('People needed'), shown.rows[0]);

  // The timeline draws the fan, the tornado swings the range entered.
  await page.locator('#chart-timeline path.chart__fan').waitFor({ state: 'attached' });
  assert.match(await page.locator('#chart-tornado .chart__lead').textContent(), /the range you entered/);

  // A refused range is said at the field; the plan keeps its figures.
  await page.fill('#edit-tiers-1-customers', '');
  await page.locator('#edit-tiers-1-customers').pressSequentially('90-10');
  await page.locator('#edit-tiers-1-customers-error', { hasText: 'the low end (90) is above the high end (10)' }).waitFor();
  await page.keyboard.press('Control+z');
  await page.locator('#edit-tiers-1-customers-error').waitFor({ state: 'detached' });

  // The shape, through the range control: one step, the numbers follow.
  await summary.click();
  await page.selectOption('#edit-tiers-0-customers-range-shape', 'uniform');
  await page.locator('#edit-tiers-0-customers-range summary', { hasText: 'uniform' }).waitFor();
  const uniform = await howSure(page);

  await page.waitForFunction(() => location.search.length > 0);
  await page.click('#copy-link');
  await page.locator('#share-status', { hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await openPage(site.browser);
  await fresh.page.goto(copied);
  await waitForApp(fresh.page);
  assert.deepEqual(await howSure(fresh.page), uniform);
  assert.match(
    await fresh.page.locator('#edit-tiers-0-customers-range summary').textContent(),
    /Range 30 to 60, uniform/,
  );

  // The command line reads the same link and prints the same headline.
  const binary = cli();
  if (binary) {
    const out = JSON.parse(execFileSync(binary, ['--format', 'json', copied], { encoding: 'utf8' }));
    assert.equal(out.ranges.headline, uniform.headline);
    assert.ok(uniform.rows[0].includes(`${out.ranges.people.p10}${out.ranges.people.p50}${out.ranges.people.p90}`));
  } else {
    console.log('# the command line was not built: its check is the native test cli_ranges');
  }

  // Removing the range is one action and the section says how to add one.
  await fresh.page.click('#edit-tiers-0-customers-range summary');
  await fresh.page.click('#edit-tiers-0-customers-range-remove');
  await fresh.page.locator('#how-sure-hint').waitFor();
  assert.deepEqual([...page.errors, ...fresh.page.errors], []);
  for (const url of [...page.requests, ...fresh.page.requests]) {
    assert.ok(url.startsWith(site.server.origin), `request left the page: ${url}`);
  }
  await fresh.context.close();
  await context.close();
});

test('screenshots of How sure at 1280 and 375 px, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 }, colorScheme });
      await page.goto(site.server.url);
      await waitForApp(page);
      await page.fill(CUSTOMERS, '30-60');
      await page.fill('#capacity-team-hours-per-week', '36 to 44');
      await howSure(page);
      await page.click('#capacity-team-hours-per-week-range summary');
      await page.locator('#how-sure').scrollIntoViewIfNeeded();
      await screenshot(page, `ranges-${width}-${colorScheme}`);
      await page.locator('#how-sure').screenshot({ path: resolve(SCREENSHOTS, `ranges-how-sure-${width}-${colorScheme}.png`) });
      await page.locator('#capacity-team-hours-per-week-range').screenshot({ path: resolve(SCREENSHOTS, `ranges-control-${width}-${colorScheme}.png`) });
      await page.locator('.field', { has: page.locator(CUSTOMERS) }).screenshot({ path: resolve(SCREENSHOTS, `ranges-field-${width}-${colorScheme}.png`) });
      await page.locator('#chart-timeline').screenshot({ path: resolve(SCREENSHOTS, `ranges-timeline-${width}-${colorScheme}.png`) });
      await page.locator('#chart-tornado').screenshot({ path: resolve(SCREENSHOTS, `ranges-tornado-${width}-${colorScheme}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
      await context.close();
    }
  }
});
