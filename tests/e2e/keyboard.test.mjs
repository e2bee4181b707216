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
  // The picker follows the plan once typing pauses (300 ms).
  await page.waitForFunction((id) => document.querySelector('#preset').value === id, ids[0], { timeout: 5000 }).catch(() => {});
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

/** WCAG relative luminance contrast of two [r, g, b] colours. */
function contrast(a, b) {
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The RGBA pixels of two same-sized PNG screenshots, decoded in a blank page (no CSP). */
async function decode(browser, pngs) {
  const { context, page } = await openPage(browser);
  const out = await page.evaluate(async (list) => Promise.all(list.map(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, data: Array.from(g.getImageData(0, 0, bitmap.width, bitmap.height).data) };
  })), pngs.map((p) => p.toString('base64')));
  await context.close();
  return out;
}

for (const scheme of ['light', 'dark']) {
  for (const view of ['forward', 'backward']) {
    test(`the focus ring shows on the selected half of the direction switch (${scheme}, ${view})`, async () => {
      const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      await page.goto(site.server.url + (view === 'backward' ? '?view=backward' : ''));
      await waitForApp(page);
      const [selected, other] = view === 'backward'
        ? ['plan-backward-switch', 'plan-forward-switch']
        : ['plan-forward-switch', 'plan-backward-switch'];
      assert.equal(await page.getAttribute(`#${selected}`, 'aria-pressed'), 'true');
      // Reach the selected half with the keyboard, so the ring is :focus-visible.
      await page.focus(`#${other}`);
      await page.keyboard.press(view === 'backward' ? 'Tab' : 'Shift+Tab');
      assert.equal(await focused(page), selected);
      const ringed = await page.locator(`#${selected}`).screenshot();
      await page.keyboard.press(view === 'backward' ? 'Shift+Tab' : 'Tab');
      assert.equal(await focused(page), other);
      const plain = await page.locator(`#${selected}`).screenshot();
      const [a, b] = await decode(site.browser, [ringed, plain]);
      assert.equal(a.width, b.width);
      // Pixels the ring changed, with at least 3:1 against what was there.
      let ring = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        const p = [a.data[i], a.data[i + 1], a.data[i + 2]];
        const q = [b.data[i], b.data[i + 1], b.data[i + 2]];
        if (contrast(p, q) >= 3) ring++;
      }
      // A 3 px ring around the button is several hundred pixels; the text's
      // weight does not change on focus.
      const perimeter = 2 * (a.width + a.height);
      assert.ok(ring >= perimeter, `${ring} ring pixels with 3:1 contrast, expected at least ${perimeter}`);
      await context.close();
    });
  }
}

test('on a 360 px phone the Embed panel fits the screen, and Escape closes it and the Export menu', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  const embed = page.locator('summary', { hasText: 'Embed' });
  await embed.focus();
  await page.keyboard.press('Enter');
  await page.locator('#embed-panel').waitFor({ state: 'visible' });
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  for (const selector of ['#embed-panel', '#embed-panel label[for="embed-snippet"]', '#embed-theme', '#embed-snippet']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `${selector} ${JSON.stringify(box)} in ${width}px`);
  }
  // Escape in the snippet closes the panel, and the focus goes back to its button.
  await page.focus('#embed-snippet');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#embed-panel').checkVisibility(), null, { timeout: 3000 }).catch(() => {});
  assert.equal(await page.locator('#embed-panel').isVisible(), false, 'Escape closes the Embed panel');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Embed');

  // The Export menu: open, into its first item, Escape.
  const exporting = page.locator('summary', { hasText: 'Export' });
  await exporting.focus();
  await page.keyboard.press('Enter');
  await page.locator('#export-menu').waitFor({ state: 'visible' });
  const menu = await page.locator('#export-menu').boundingBox();
  assert.ok(menu.x >= 0 && menu.x + menu.width <= width, `export menu ${JSON.stringify(menu)}`);
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('menu__item')));
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#export-menu').isVisible(), false, 'Escape closes the Export menu');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Export');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when the clipboard refuses, Escape puts the hand-copy link away and the focus back on Copy link', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });
  });
  await page.focus('#copy-link');
  await page.keyboard.press('Enter');
  await page.locator('#share-status input').waitFor({ timeout: 5000 });
  await page.focus('#share-status input');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#share-status input'), null, { timeout: 3000 }).catch(() => {});
  assert.equal(await page.locator('#share-status input').count(), 0, 'Escape puts the link away');
  assert.equal(await focused(page), 'copy-link');
  await context.close();
});
