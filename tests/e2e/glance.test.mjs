// The plan at a glance: the headline figures stay in sight while the person
// edits inputs far from the results (a long touch model, or a phone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, waitForApp, SCREENSHOTS } from './harness.mjs';

const site = useSite({ before, after });

const isShown = (page) => page.evaluate(() => {
  const bar = document.querySelector('#glance');
  return !!bar && !bar.hidden && bar.getBoundingClientRect().height > 0;
});
// The window as the person sees it (the harness's screenshot() grows the
// window to the whole page, which would put the figures back on screen).
async function windowShot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
const people = (page) => page.textContent('#glance .glance__figure strong');
const headline = (page) => page.textContent('#figure-headcount .headline__value');

test('on a wide screen the bar appears when the figures scroll away, follows edits and leads back', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  // The figures are on screen at the top: no bar.
  assert.equal(await isShown(page), false);
  assert.equal(await page.locator('#glance').count(), 1);
  assert.equal(await page.getByRole('complementary', { name: 'The plan at a glance' }).count(), 0, 'a hidden bar is out of the accessibility tree');

  // Far down the page, at the team's hours, the bar shows the same figures.
  const field = page.locator('#capacity-team-hours-per-week');
  await field.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('#glance').hidden);
  assert.equal(await isShown(page), true);
  const before = await headline(page);
  assert.equal(await people(page), before);
  assert.equal(await page.getByRole('complementary', { name: 'The plan at a glance' }).count(), 1);

  // An edit there changes the bar at once, to what the results say.
  await field.fill('30');
  await page.waitForFunction((old) => document.querySelector('#figure-headcount .headline__value').textContent !== old, before);
  assert.equal(await people(page), await headline(page));
  assert.notEqual(await people(page), before);

  // The field being edited is not under the bar.
  const [fieldBox, barBox] = await Promise.all([field.boundingBox(), page.locator('#glance').boundingBox()]);
  assert.ok(fieldBox.y + fieldBox.height <= barBox.y, `field bottom ${fieldBox.y + fieldBox.height} > bar top ${barBox.y}`);
  await windowShot(page, 'glance-1280');

  // "See the plan" goes back to the figures, and the bar steps aside.
  await page.click('#glance .glance__link');
  await page.waitForFunction(() => document.querySelector('#glance').hidden);
  assert.ok(await page.locator('#figure-headcount').isVisible());
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('on a phone the bar is there from the start, above the inputs, and not on paper', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 375, height: 740 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.waitForFunction(() => !document.querySelector('#glance').hidden);
  const text = await page.textContent('#glance');
  assert.match(text, /\d people/);
  assert.match(text, /a year/);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  // It fits the narrow screen.
  const box = await page.locator('#glance').boundingBox();
  assert.ok(box.width <= 375 && box.height < 120, JSON.stringify(box));
  await windowShot(page, 'glance-375');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#glance').isVisible(), false);
  await context.close();
});
