// The results as a CFO reads them: the per-tier table adds up to the headline
// people and cost, figures in a column have the same decimals, small figures
// are not shown as 0, the embed view and the printed summary reconcile too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

/** A number as en-US writes it (`1,104.5`); `$377.4K` and `$1.2M` in units. */
function parse(text) {
  const t = text.replace(/[$,\s]/g, '');
  const m = t.match(/^(-?[\d.]+)([KMB]?)$/);
  assert.ok(m, `not a number: ${JSON.stringify(text)}`);
  return Number(m[1]) * { '': 1, K: 1e3, M: 1e6, B: 1e9 }[m[2]];
}

/**
 * The cells of the per-tier table's rows (tbody and tfoot) by column heading:
 * a figure without the line under it ("90 h first year · 70 h after"), a row
 * heading without its "Why?".
 */
async function table(page, selector) {
  return page.evaluate((sel) => {
    const table = document.querySelector(sel);
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const text = (cell) => {
      const copy = cell.cloneNode(true);
      copy.querySelectorAll(cell.tagName === 'TD' ? '.why, .tier__coverage' : '.why').forEach((e) => e.remove());
      return copy.textContent;
    };
    const read = (tr) => Object.fromEntries([...tr.children].map((cell, i) => [heads[i], text(cell)]));
    return {
      heads,
      tiers: [...table.querySelectorAll('tbody tr')].map(read),
      parts: [...table.querySelectorAll('tfoot tr:not(:last-child)')].map(read),
      total: read(table.querySelector('tfoot tr:last-child')),
    };
  }, selector);
}

/** Asserts that the column's tier and part rows add up to its total, within each cell's display rounding. */
function addsUp(rows, total, column, slack) {
  const cells = rows.map((r) => r[column]).filter((c) => c !== '');
  const sum = cells.reduce((a, c) => a + parse(c), 0);
  const want = parse(total[column]);
  const room = [...cells, total[column]].reduce((a, c) => a + slack(c), 0);
  assert.ok(Math.abs(sum - want) <= room, `${column}: ${cells.join(' + ')} = ${sum}, total ${total[column]}`);
}

/** Half a unit of a shown figure's last digit: how far display rounding can move it ("$34.3K": 50, "4.08": 0.005). */
function halfUnit(text) {
  const m = text.replace(/[$,\s]/g, '').match(/^-?\d+(?:\.(\d+))?([KMB]?)$/);
  assert.ok(m, `not a number: ${JSON.stringify(text)}`);
  return 0.5 * 10 ** -(m[1] ?? '').length * { '': 1, K: 1e3, M: 1e6, B: 1e9 }[m[2]];
}

const fteSlack = halfUnit;
// Compact money has 3 significant digits ($377K, $34.3K): half its last digit per cell.
const moneySlack = halfUnit;

test('the per-tier table adds up to the headline people and cost', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  for (const preset of ['default', 'high_value', 'mid_market', 'consumer', 'outcomes']) {
    if (preset !== 'default') {
      const before = await page.textContent('#tier-table');
      await page.selectOption('#preset', preset);
      await page.waitForFunction((t) => document.querySelector('#tier-table').textContent !== t, before);
    }
    const t = await table(page, '#tier-table');
    const rows = [...t.tiers, ...t.parts];
    addsUp(rows, t.total, 'FTE', fteSlack);
    addsUp(rows, t.total, 'Cost', moneySlack);
    assert.equal(parse(t.total.FTE), parse(await page.textContent('#figure-headcount .headline__value')), preset);
    assert.equal(t.total.Cost, await page.textContent('#figure-cost .headline__value'), preset);
    // At least two decimals for every FTE figure, so the column aligns; more
    // only where two would be more than 1% off (0.217, not 0.22).
    for (const r of rows) if (r.FTE !== '') assert.match(r.FTE, /^[\d,]+\.\d{2,}$/, `${preset}: ${r.FTE}`);
    // No bare 0 hours next to people who do the work.
    for (const r of t.tiers) {
      if (parse(r.FTE) > 0) assert.notEqual(parse(r['Hours per customer / year']), 0, `${preset}: ${JSON.stringify(r)}`);
    }
    if (preset === 'default') {
      // 2.90 + 1.65 + 0.31 + 0.61 managers + 1.53 rounding = 7.00; $884K with the $24K platform.
      assert.deepEqual(t.tiers.map((r) => r.FTE), ['2.90', '1.65', '0.31']);
      assert.deepEqual(t.parts.map((r) => r.Tier), ['Managers1 per 8 people beyond the 4 the CS leader manages (time: in-house FTE ÷ 8)', 'Automation platform', 'Rounding up to whole people']);
      assert.equal(t.parts[0].FTE, '0.61');
      assert.equal(t.parts[1].Cost, '$24K');
      assert.equal(t.total.FTE, '7.00');
      assert.equal(t.total.Cost, '$884K');
      // Customers per CSM counts CSM time only; the note says who else works.
      assert.ok(t.heads.includes('Customers per CSM (CSM hours only)'));
      assert.match(await page.textContent('#tier-table-note'), /Low touch: associates do 2\.05 of the 9\.1 h per customer a year\..*FTE and cost include them/);
    }
    if (preset === 'consumer') {
      assert.match(t.tiers[0]['Hours per customer / year'], /^0\.00\d+$/);
    }
  }
  assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity|undefined/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('huge inputs: the role line uses thousands separators; singular for 1', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const line = () => page.textContent('#figure-headcount .headline__detail');
  assert.equal(await line(), '3 CSMs · 1 associate · 2 pooled CSMs · 1 manager');
  const before = await line();
  await page.fill('#edit-tiers-0-customers', '1000000000');
  await page.waitForFunction((t) => document.querySelector('#figure-headcount .headline__detail').textContent !== t, before);
  assert.match(await line(), /^72,463,769 CSMs · /);
  // A manager for every person: "1 per person", not "1 per 1 people".
  await page.fill('#edit-managers-span', '1');
  await page.waitForFunction(() => document.querySelector('#tier-part-managers th .tier__coverage').textContent === '1 per person beyond the 4 the CS leader manages (time: in-house FTE ÷ 1)');
  const t = await table(page, '#tier-table');
  addsUp([...t.tiers, ...t.parts], t.total, 'FTE', (c) => parse(c) * 1e-9 + halfUnit(c));
  assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity|undefined/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the embed view adds its tiers up to the people needed', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 720, height: 520 } });
  await page.goto(`${site.server.url}?embed=1`);
  await page.waitForSelector('#embed-view');
  const t = await table(page, '#embed-view table');
  addsUp([...t.tiers, ...t.parts], t.total, 'FTE', fteSlack);
  assert.equal(parse(t.total.FTE), parse(await page.textContent('#embed-headcount')));
  assert.deepEqual(t.parts.map((r) => r.Tier), ['Managers', 'Rounding up to whole people']);
  // The count of targets missed and warnings says the others are in the full plan.
  const rails = await page.textContent('.embed__rails');
  const tally = rails.match(/^((Every target met|\d+ targets? missed)(, (no warnings|\d+ warnings?))?):/);
  assert.ok(tally, rails);
  const n = [...tally[1].matchAll(/\d+/g)].reduce((sum, m) => sum + Number(m[0]), 0);
  if (n > 1) assert.match(rails, new RegExp(`[^.] \\(and ${n - 1} more in the full plan\\)\\.$`), rails);
  // It still fits the snippet's frame height without a scroll bar.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 520, `embed height ${height}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the printed summary lists the automation platform counted in the total', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  assert.match(await page.textContent('.print-summary'), /; automation platform \$24,000 a year/);
  await context.close();
});
