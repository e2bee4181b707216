// Layout on a phone and on paper, as a VP of CS reads the plan: charts with
// their numbers open stay inside a phone's width; printed charts are as
// legible as the printed text; a table wider than the phone says it scrolls;
// the default plan's per-tier table fits a desktop column; the keyboard
// focus ring is on the file button; the sensitivity chart's rows
// can be told apart on a phone; a huge headline figure stays in its card.
import { test, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { useSite, openPage, screenshot, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

const CHARTS = ['chart-pyramid', 'chart-time', 'chart-timeline', 'chart-tornado', 'chart-arr-per-csm'];

for (const width of [360, 375]) {
  test(`phone ${width} px: every chart with its numbers open stays inside the screen; the tables scroll in their wrappers`, async () => {
    const { context, page } = await openPage(site.browser, { viewport: { width, height: 812 } });
    await page.goto(site.server.url);
    await waitForApp(page);
    const drawn = await page.evaluate(() => [...document.querySelectorAll('figure.chart svg')].map((s) => s.getBoundingClientRect().width));
    for (const summary of await page.locator('.chart__data summary').all()) await summary.click();
    // Every chart's own table (the timeline has two, so a count of all tables is not enough).
    await page.waitForFunction((ids) => ids.every((id) => document.querySelector(`#${id} .chart__data .table-wrap`)), CHARTS);
    const boxes = await page.evaluate((ids) => ids.map((id) => {
      const figure = document.getElementById(id);
      const wrap = figure.querySelector('.table-wrap');
      return {
        id,
        figure: figure.getBoundingClientRect().right,
        svg: figure.querySelector('svg').getBoundingClientRect().width,
        wrap: wrap.getBoundingClientRect().right,
        scrolls: wrap.scrollWidth > wrap.clientWidth,
      };
    }), CHARTS);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, 'the page does not scroll sideways');
    boxes.forEach((b, i) => {
      assert.ok(b.figure <= width, `${b.id} ends at ${b.figure} px in a ${width} px screen`);
      assert.ok(b.wrap <= width, `${b.id}'s table ends at ${b.wrap} px`);
      assert.ok(Math.abs(b.svg - drawn[i]) < 1, `${b.id} is drawn ${b.svg} px wide, was ${drawn[i]} px`);
    });
    assert.ok(boxes.some((b) => b.scrolls), 'a table wider than the phone scrolls in its wrapper');
    await screenshot(page, `layout-phone-${width}-numbers`);
    await context.close();
  });
}

test('phone: the rows of the sensitivity chart all read differently', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 375, height: 812 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  const names = await page.locator('#chart-tornado .chart__name').allTextContents();
  assert.ok(names.length >= 3);
  assert.equal(new Set(names).size, names.length, `tornado labels repeat: ${names.join(' | ')}`);
  await context.close();
});

test('printed on A4, the chart text is at least 7.5 pt and the report is two pages on A4 and Letter', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'mid_market');
  await page.waitForFunction(() => location.search.length > 0);
  const screen = await page.evaluate(() => document.querySelector('#chart-tornado svg').viewBox.baseVal.width);
  // What the browser does on Ctrl+P, then the page at A4's printable width
  // (210 mm less 2 x 11 mm margins = 188 mm = 710 CSS px).
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 710, height: 1000 });
  await page.waitForFunction((w) => document.querySelector('#chart-tornado svg').viewBox.baseVal.width !== w, screen);
  const smallest = await page.evaluate(() => {
    let min = { px: Infinity };
    for (const svg of document.querySelectorAll('figure.chart svg')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        if (!text.textContent.trim()) continue;
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < min.px) min = { px, chart: svg.closest('figure').id, text: text.textContent };
      }
    }
    return min;
  });
  const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.tiers td')).fontSize));
  // 7.5 pt = 10 CSS px.
  assert.ok(smallest.px >= 10, `printed chart text of ${smallest.px.toFixed(1)} px (${(smallest.px * 0.75).toFixed(1)} pt) in ${smallest.chart}: "${smallest.text}"; table text is ${body} px`);
  await screenshot(page, 'layout-print-a4');
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
  }
  // After printing, the charts go back to the screen's width.
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction((w) => document.querySelector('#chart-tornado svg').viewBox.baseVal.width === w, screen);
  await context.close();
});

/** Mean brightness (0-255) of a few px at the left and right edges of `selector`'s box. */
async function edgeShade(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  const strip = 4;
  const shot = async (x) => (await page.screenshot({ clip: { x, y: box.y, width: strip, height: Math.min(box.height, 300) } })).toString('base64');
  const left = await shot(box.x);
  const right = await shot(box.x + box.width - strip);
  // Decoded in a blank page (the app's CSP allows no data: images).
  const blank = await page.context().newPage();
  const shades = await blank.evaluate(async (pngs) => Promise.all(pngs.map(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
    return sum / (data.length / 4);
  })), [left, right]);
  await blank.close();
  return { left: shades[0], right: shades[1] };
}

test('phone: the tier table shows a shadow on the side it can scroll to', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 375, height: 812 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  const wrap = '.table-wrap:has(> #tier-table)';
  await screenshot(page, 'layout-phone-tiers');
  const sizes = await page.locator(wrap).evaluate((w) => [w.scrollWidth, w.clientWidth]);
  assert.ok(sizes[0] > sizes[1], `the tier table is wider than the phone (${sizes})`);
  // Only the wrapper's background is measured: the table's text and rules hidden.
  // (Through the CSSOM: the page's CSP refuses a <style> added by script.)
  await page.evaluate(() => {
    for (const e of [document.querySelector('#tier-table'), ...document.querySelectorAll('#tier-table *')]) {
      e.style.setProperty('color', 'transparent', 'important');
      e.style.setProperty('border-color', 'transparent', 'important');
    }
  });
  const start = await edgeShade(page, wrap);
  assert.ok(start.right < start.left - 8, `at the start a shadow on the right (left ${start.left.toFixed(1)}, right ${start.right.toFixed(1)})`);
  await page.locator(wrap).evaluate((w) => { w.scrollLeft = w.scrollWidth; });
  const end = await edgeShade(page, wrap);
  assert.ok(end.left < end.right - 8, `at the end a shadow on the left (left ${end.left.toFixed(1)}, right ${end.right.toFixed(1)})`);
  await context.close();
});

test('1280 px: the default plan\'s per-tier table fits its column, cost column included', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  const [scroll, client] = await page.locator('.table-wrap:has(> #tier-table)').evaluate((w) => [w.scrollWidth, w.clientWidth]);
  assert.ok(scroll <= client, `the table is ${scroll} px wide in a ${client} px column`);
  await context.close();
});

test('keyboard focus on a hidden file input rings its visible button, nothing else', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  const outline = (selector) => page.locator(selector).evaluate((e) => getComputedStyle(e).outlineStyle);
  for (const [input, label, after] of [
    ['#accounts-file', 'label[for="accounts-file"]', '.dropzone__hint'],
    ['#open-scenario', 'label[for="open-scenario"]', '#open-scenario + .toolbar__menu'],
  ]) {
    // Reached with the keyboard: focus it, leave backwards, Tab back in.
    await page.locator(input).evaluate((e) => e.focus());
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), input.slice(1));
    assert.equal(await page.locator(input).evaluate((e) => e.matches(':focus-visible')), true);
    assert.equal(await outline(label), 'solid', `${label} shows the focus`);
    assert.equal(await outline(after), 'none', `${after} shows no focus ring`);
  }
  await context.close();
});

for (const width of [1280, 375]) {
  test(`${width} px: a billion customers, and every headline figure stays inside its card`, async () => {
    const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 } });
    await page.goto(site.server.url);
    await waitForApp(page);
    const before = await page.textContent('#figure-headcount .headline__value');
    await page.fill('#edit-tiers-0-customers', '1000000000');
    await page.waitForFunction((b) => document.querySelector('#figure-headcount .headline__value').textContent !== b, before);
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.headline')].map((card) => {
      const value = card.querySelector('.headline__value');
      const c = card.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(value);
      const text = range.getBoundingClientRect();
      return { text: value.textContent, right: text.right, card: c.right, overflow: value.scrollWidth - value.clientWidth };
    }));
    for (const b of boxes) {
      assert.ok(b.right <= b.card + 0.5, `"${b.text}" ends at ${b.right.toFixed(1)} px, its card at ${b.card.toFixed(1)} px`);
      assert.ok(b.overflow <= 0, `"${b.text}" overflows by ${b.overflow} px`);
    }
    await page.locator('.headlines').scrollIntoViewIfNeeded();
    await screenshot(page, `layout-huge-${width}`);
    await context.close();
  });
}

test('a link opened on a phone starts with its plan; the bare address and a wide window keep the inputs first', async () => {
  const top = (page, selector) => page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top + scrollY, selector);
  const open = async (width, query) => {
    const { context, page } = await openPage(site.browser, { viewport: { width, height: 812 } });
    await page.goto(`${site.server.url}${query}`);
    await waitForApp(page);
    await page.waitForSelector('#capacity-team-hours-per-week');
    return { context, page };
  };
  // A link on a 375 px phone: the headline figures come before any input.
  const phone = await open(375, '?v=4&hpw=45');
  const results = await top(phone.page, '#results-title');
  const inputs = await top(phone.page, '.layout__inputs');
  assert.ok(results < inputs, `the plan at ${results} px, the inputs at ${inputs} px`);
  assert.ok(results < 812, `the plan starts on the first screen (${results} px down)`);
  // Skip to the inputs still reaches the inputs.
  await phone.page.keyboard.press('Tab');
  await phone.page.keyboard.press('Tab');
  await phone.page.keyboard.press('Enter');
  await phone.page.waitForFunction(() => document.activeElement?.closest('.layout__inputs'));
  await screenshot(phone.page, 'link-on-phone-plan-first');
  assert.deepEqual(phone.page.errors, []);
  await phone.context.close();

  // The bare address on a phone is for building a plan: inputs first.
  const bare = await open(375, '');
  assert.ok((await top(bare.page, '.layout__inputs')) < (await top(bare.page, '#results-title')));
  await bare.context.close();

  // A wide window shows both side by side, inputs on the left.
  const wide = await open(1280, '?v=4&hpw=45');
  const left = await wide.page.evaluate(() =>
    ['.layout__inputs', '.layout__results'].map((s) => document.querySelector(s).getBoundingClientRect().left),
  );
  assert.ok(left[0] < left[1], `inputs at ${left[0]} px, plan at ${left[1]} px`);
  await wide.context.close();
});

for (const width of [1280, 375]) {
  test(`${width} px: a touch's field with a message keeps the message inside its card, and no number is cut off in its field`, async () => {
    // The 6 x 20 link has six person touches in digital tiers: each "Done by"
    // select is marked, and its message once ran 400 px past the card.
    const query = readFileSync(new URL('../bench/six-tiers-twenty-touches.query', import.meta.url), 'utf8').trim();
    const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 } });
    await page.goto(`${site.server.url}?${query}`);
    await waitForApp(page);
    await page.locator('.item__fields > .field--invalid').first().waitFor({ state: 'attached' });
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('.item__fields > .field--invalid')]
        .map((f) => [f.getBoundingClientRect().right, f.closest('.item').getBoundingClientRect().right])
        .filter(([field, card]) => field > card + 1),
    );
    assert.deepEqual(outside, [], 'fields that end past their card (field, card right edges)');
    // Every number typed shows whole: the ARR bands' 1500000 showed as 15000.
    await page.setViewportSize({ width, height: 30000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('input[inputmode="decimal"]')]
        .filter((i) => i.scrollWidth > i.clientWidth + 1)
        .map((i) => `${i.id}: ${i.value}`),
    );
    assert.deepEqual(clipped, [], 'numbers cut off in their fields');
    await context.close();
  });
}
