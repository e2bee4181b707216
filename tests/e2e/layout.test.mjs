// Layout on a phone and on paper, as a VP of CS reads the plan: charts with
// their numbers open stay inside a phone's width; printed charts are as
// legible as the printed text; a table wider than the phone says it scrolls;
// the keyboard focus ring is on the file button; the sensitivity chart's rows
// can be told apart on a phone; a huge headline figure stays in its card.
import { test, before, after } from 'node:test';
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
    await page.waitForFunction((n) => document.querySelectorAll('.chart__data .table-wrap').length >= n, CHARTS.length);
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

test('printed on A4, the chart text is at least 7.5 pt and the report is two pages on A4 and Letter', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'seed003_mid_market');
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

