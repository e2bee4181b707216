// The input editors, used as a person would: load a preset, edit a touch, add a
// tier, share the link; screenshots of the editors at desktop and phone widths,
// light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, screenshot, waitForApp, SCREENSHOTS } from './harness.mjs';

const site = useSite({ before, after });

const headcount = (page) => page.textContent('#figure-headcount .headline__value');
const rows = (page) => page.locator('#tier-table tbody tr');

/** Everything the editors show: each input's and menu's value, by id. */
async function editorValues(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.layout__inputs input, .layout__inputs select')]
        .filter((e) => e.id && e.type !== 'file')
        .map((e) => [e.id, e.type === 'checkbox' ? e.checked : e.value]),
    ),
  );
}

/** The results' text without their live region, which fills only once
 * typing has paused (and starts empty on a freshly opened page). */
function resultsText(page) {
  return page.evaluate(() => {
    const results = document.querySelector('.results').cloneNode(true);
    results.querySelectorAll('[role="status"], [aria-live]').forEach((e) => e.remove());
    return results.textContent;
  });
}

async function assertClean(page) {
  assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity|undefined/);
  for (const url of page.requests) assert.ok(url.startsWith(site.server.origin), `request left the page: ${url}`);
  assert.deepEqual(page.errors, []);
}

test('load a preset, edit a touch, add a tier, and the link carries the edited plan', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'outcomes');
  await page.waitForFunction(() => location.search.length > 0);
  assert.equal(await page.inputValue('#tier-0-touch-4-name'), 'Monthly status meeting');
  const before = await headcount(page);

  // Global's monthly status meetings take ten times as long.
  const hours = page.locator('#edit-tiers-0-touches-4-hours');
  const old = Number(await hours.inputValue());
  await hours.fill(String(old * 10));
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent !== h, before);
  assert.ok(Number(await headcount(page)) > Number(before), `${await headcount(page)} > ${before}`);

  // A fourth tier, named and given customers, shows up in the results.
  const tiers = await rows(page).count();
  await page.click('#tier-add');
  await page.waitForFunction((n) => document.querySelectorAll('#tier-table tbody tr').length === n + 1, tiers);
  await page.fill(`#tier-${tiers}-name`, 'Self-serve');
  await page.fill(`#edit-tiers-${tiers}-customers`, '500');
  await page.fill(`#edit-tiers-${tiers}-avg-arr`, '1200');
  await page.locator(`#tier-row-${tiers}`, { hasText: 'Self-serve' }).waitFor();
  assert.match(await page.textContent(`#tier-row-${tiers}`), /500/);

  // An impossible value is explained and never reaches the link.
  const perYear = await page.inputValue('#edit-tiers-0-touches-0-per-year');
  await page.fill('#edit-tiers-0-touches-0-per-year', '-2');
  assert.equal(await page.textContent('#edit-tiers-0-touches-0-per-year-error'), 'Must be zero or more.');
  assert.equal(await page.getAttribute('#edit-tiers-0-touches-0-per-year', 'aria-invalid'), 'true');
  await page.fill('#edit-tiers-0-touches-0-per-year', perYear);
  assert.equal(await page.locator('#edit-tiers-0-touches-0-per-year-error').count(), 0);

  await page.waitForTimeout(400); // the address follows typing after a short pause
  const shared = page.url();
  const expected = await editorValues(page);
  const figures = await resultsText(page);
  await assertClean(page);

  const fresh = await openPage(site.browser);
  await fresh.page.goto(shared);
  await waitForApp(fresh.page);
  assert.deepEqual(await editorValues(fresh.page), expected);
  assert.equal(await resultsText(fresh.page), figures);
  assert.equal(await fresh.page.locator('#link-issues').count(), 0);
  await assertClean(fresh.page);
  await fresh.context.close();
  await context.close();
});

test('tiers are reordered and removed with the keyboard', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.focus('#tier-0-down');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#tier-0-name').value === 'Low touch');
  assert.match(await rows(page).first().textContent(), /^Low touch/);
  // Focus stays on a control of the list, visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.focus('#tier-2-remove');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('#tier-table tbody tr').length === 2);
  await page.click('#undo');
  await page.waitForFunction(() => document.querySelectorAll('#tier-table tbody tr').length === 3);
  await assertClean(page);
  await context.close();
});

test('screenshots of the editors: 1280 and 375 px wide, light and dark, no sideways scroll', async () => {
  for (const [width, height] of [[1280, 900], [375, 800]]) {
    for (const scheme of ['light', 'dark']) {
      const { context, page } = await openPage(site.browser, { viewport: { width, height }, colorScheme: scheme });
      await page.goto(site.server.url);
      await waitForApp(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${width}px ${scheme}: the page scrolls sideways by ${overflow}px`);
      await page.fill('#edit-tiers-0-touches-1-hours', '-1');
      await screenshot(page, `editors-${width}-${scheme}`);
      await page.locator('#touches-tier-0').screenshot({ path: join(SCREENSHOTS, `editors-touches-${width}-${scheme}.png`) });
      await context.close();
    }
  }
});
