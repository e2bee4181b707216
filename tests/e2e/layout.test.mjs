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

