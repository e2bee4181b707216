// Figures from the last valid inputs say so: while a typed text is not
// accepted, the results, the plan-at-a-glance bar and the backward verdict
// name the field to fix and lead to it; fixed or undone, the marker goes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, screenshot, waitForApp, SCREENSHOTS } from './harness.mjs';

const site = useSite({ before, after });

// The link moves the focus once the page has drawn the field (it may open its section first).
const focusedOn = (page, id) => page.waitForFunction((want) => document.activeElement?.id === want, id);
const gone = (page, selector) => page.waitForFunction((s) => !document.querySelector(s), selector);

/** Contrast of an element's text against its own background. */
const contrast = (page, selector) => page.evaluate((selector) => {
  const el = document.querySelector(selector);
  const rgb = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const l = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  };
  const style = getComputedStyle(el);
  const [x, y] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}, selector);

test('a rejected tier count marks the results and the bar, leads to the field, and goes once fixed', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 720 }, colorScheme });
    await page.goto(site.server.url);
    await waitForApp(page);
    const figures = await page.textContent('.results .headlines');
    assert.equal(await page.locator('#results-stale').count(), 0);

    await page.fill('#edit-tiers-0-customers', 'abc');
    const marker = await page.textContent('#results-stale');
    assert.match(marker, /These figures are from your last valid inputs\. Fix: High touch: customers\./);
    assert.equal(await page.textContent('.results .headlines'), figures, 'the figures are the last valid plan');
    assert.ok(await contrast(page, '#results-stale') >= 4.5, `${colorScheme}: marker contrast`);
    // Said once, politely, after typing pauses.
    await page.waitForFunction(() => /last valid inputs/.test(document.querySelector('#stale-announcement').textContent));
    assert.equal(await page.getAttribute('#stale-announcement', 'role'), 'status');
    assert.equal(await page.locator('[role=status]:has-text("last valid inputs")').count(), 1);

    // Far from the results, the bar says it too, and its link leads back to the field.
    await page.locator('#capacity-team-hours-per-week').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('#glance').hidden);
    assert.match(await page.textContent('#glance-stale'), /last valid inputs.*High touch: customers/);
    assert.ok(await contrast(page, '#glance-stale') >= 4.5, `${colorScheme}: bar marker contrast`);
    await page.screenshot({ path: join(SCREENSHOTS, `stale-glance-${colorScheme}.png`) });
    await page.click('#glance-stale a');
    await page.waitForFunction(() => document.activeElement?.id === 'edit-tiers-0-customers');
    // The field is not under the bar.
    const [field, bar] = await Promise.all([page.locator('#edit-tiers-0-customers').boundingBox(), page.locator('#glance').boundingBox()]);
    assert.ok(bar === null || field.y + field.height <= bar.y, `field ${JSON.stringify(field)} under bar ${JSON.stringify(bar)}`);

    // Fixed: every marker goes, and the figures follow.
    await page.fill('#edit-tiers-0-customers', '60');
    await gone(page, '#results-stale');
    await gone(page, '#glance-stale');
    assert.notEqual(await page.textContent('.results .headlines'), figures);
    await screenshot(page, `stale-fixed-${colorScheme}`);
    assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity|undefined/);
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test('undo, a preset and Back take the rejected text away with its marker', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const start = await page.inputValue('#edit-tiers-0-customers');
  await page.fill('#edit-tiers-0-customers', '-5');
  await page.waitForSelector('#results-stale');
  await page.keyboard.press('Control+z');
  await gone(page, '#results-stale');
  assert.equal(await page.inputValue('#edit-tiers-0-customers'), start);
  assert.equal(await page.getAttribute('#edit-tiers-0-customers', 'aria-invalid'), 'false');

  await page.fill('#edit-tiers-0-customers', '1e12');
  await page.waitForSelector('#results-stale');
  await page.selectOption('#preset', 'outcomes');
  await gone(page, '#results-stale');
  assert.equal(await page.locator('[aria-invalid=true]').count(), 0);

  await page.fill('#edit-tiers-0-customers', '');
  await page.waitForSelector('#results-stale');
  await page.goBack();
  await gone(page, '#results-stale');
  assert.equal(await page.locator('[aria-invalid=true]').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('plan backward: a rejected budget marks the verdict, and fixing it brings the answer back', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'outcomes');
  await page.click('#plan-backward-switch');
  await page.waitForSelector('#plan-backward');
  assert.match(await page.textContent('#backward-verdict'), /fit this team/);
  assert.equal(await page.locator('#backward-stale').count(), 0);

  await page.fill('#budget-csm', 'abc');
  assert.match(await page.textContent('#backward-stale'), /last valid inputs\. Fix: Budget: CSMs\./);
  assert.match(await page.textContent('#results-stale'), /Budget: CSMs/);
  await page.click('#backward-stale a');
  await focusedOn(page, 'budget-csm');

  await page.fill('#budget-csm', '1');
  await gone(page, '#backward-stale');
  await page.waitForFunction(() => /more people/.test(document.querySelector('#backward-verdict').textContent));

  // From the other direction, the link leads back to the budget.
  await page.fill('#budget-csm', 'x');
  await page.click('#plan-forward-switch');
  await page.waitForSelector('#plan-backward', { state: 'detached' });
  await page.click('#results-stale a');
  await focusedOn(page, 'budget-csm');
  assert.deepEqual(page.errors, []);
  await context.close();
});
