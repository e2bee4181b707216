// The comparison's columns with ranges and the coverage gap, and planning
// backward's coverage gap, as a person reads them; the command line prints
// the same numbers for the same link. Screenshots at 1280 and 375 px, light
// and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { useSite, openPage, screenshot, waitForApp, eventually, cli } from './harness.mjs';

const site = useSite({ before, after });
const CUSTOMERS = '#edit-tiers-0-customers';
const UNCOVERED = 'ARR whose touch model is not covered (the most in any month)';

/** Each row of the comparison table: its label, then each column's value as shown. */
async function values(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#comparison-table tbody tr')].map((r) => [
      r.querySelector('th')?.textContent.trim(),
      ...[...r.querySelectorAll('td .cmp-value')].map((c) => c.textContent.trim()),
    ]),
  );
}

async function shoot(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `${name}-${width}-${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a range in the alternative shows its P10 to P90 in its column, with the coverage gap; the command line agrees', async () => {
  const { page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.click('#scenario-add summary');
  await page.click('#scenario-add-copy');
  await page.waitForSelector('#comparison-table');
  await page.waitForFunction(() => document.activeElement?.id === 'scenario-bar-name');
  await page.fill('#scenario-bar-name', 'Unsure');
  await page.press('#scenario-bar-name', 'Enter');
  await page.locator('#scenario-tab-1', { hasText: 'Unsure' }).waitFor();

  // A range typed in the alternative's field, key by key.
  await page.fill(CUSTOMERS, '');
  await page.locator(CUSTOMERS).pressSequentially('30 to 60');
  await page.locator('#comparison-ranges', { hasText: 'Unsure: ' }).waitFor();
  let people;
  await eventually(async () => {
    people = (await values(page)).find((r) => r[0] === 'People');
    assert.match(people[2], /^7 \(\d+ to \d+\)$/, people.join(' | '));
  });
  assert.equal(people[1], '7', 'the base has no range: its point figure alone');
  const cost = (await values(page)).find((r) => r[0] === 'Yearly cost');
  assert.match(cost[2], /^\$884,000 \(\$[\d,]+ to \$[\d,]+\)$/, cost.join(' | '));
  const [, p10, p90] = people[2].match(/\((\d+) to (\d+)\)/).map(Number);
  assert.ok(p10 < p90, people[2]);
  assert.match(await page.textContent('#comparison-ranges'), /Unsure: \d+ people \(\d+ to \d+, P10 to P90\)/);
  assert.match(await page.textContent('#comparison-ranges-key'), /P10 to P90/);
  const uncovered = (await values(page)).find((r) => r[0] === UNCOVERED);
  assert.ok(uncovered, 'the coverage gap has a row');
  for (const v of uncovered.slice(1)) assert.match(v, /^\$[\d,]+$/);
  assert.ok((await values(page)).find((r) => r[0] === "Chance today's team is short (from the ranges)"));
  const shown = await values(page);
  assert.ok(!JSON.stringify(shown).includes('NaN'));
  await shoot(page, 'compare-columns');

  // The link opened afresh draws the same columns (its first comparison
  // is built once the first frame is painted).
  await page.waitForFunction(() => location.search.length > 0);
  await eventually(async () => {
    const fresh = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await fresh.page.goto(page.url());
      await waitForApp(fresh.page);
      await fresh.page.locator('#comparison-ranges').waitFor();
      const again = await values(fresh.page);
      assert.deepEqual(again.find((r) => r[0] === 'People'), people);
      assert.deepEqual(again.find((r) => r[0] === UNCOVERED), uncovered);
    } finally {
      await fresh.context.close();
    }
  }, 30000);

  // The command line reads the same link (once the address has followed
  // the typing) and prints the same figures.
  const binary = cli();
  if (binary) {
    await eventually(async () => {
      const out = JSON.parse(execFileSync(binary, ['compare', '--format', 'json', page.url()], { encoding: 'utf8' }));
      const row = (label) => out.rows.find((r) => r.label === label);
      assert.deepEqual(row('People').shown, people.slice(1));
      assert.deepEqual(row('Yearly cost').shown, cost.slice(1));
      assert.deepEqual(row(UNCOVERED).shown, uncovered.slice(1));
      assert.equal(out.scenarios[1].ranges.people.p10, p10);
      assert.equal(out.scenarios[1].ranges.people.p90, p90);
    });
  } else {
    console.log('# the command line was not built: its check is the native test cli_compare_columns');
  }
});

test('planning backward says what ARR the affordable team leaves uncovered; the command line agrees', async () => {
  const { page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.click('#plan-backward-switch');
  await page.waitForSelector('#plan-backward');
  await page.fill('#budget-csm', '2');
  let words;
  await eventually(async () => {
    words = (await page.textContent('#backward-coverage')).trim();
    assert.match(words, /^With the people you can afford and no other hires, \$[\d,]+ of ARR has a touch model that is not covered in \w+ \d{4} \(the most in any month\); \d+ of the plan's \d+ months \(\w+ \d{4} to \w+ \d{4}\) are short\.$/);
  });
  assert.equal(await page.textContent('#backward-coverage-title'), 'ARR whose touch model is not covered');
  await shoot(page, 'backward-coverage');
  await page.waitForFunction(() => location.search.includes('view=backward'));
  const binary = cli();
  if (binary) {
    const out = execFileSync(binary, [page.url()], { encoding: 'utf8' });
    assert.ok(out.includes(`  ${words}\n`), out);
  } else {
    console.log('# the command line was not built: its check is the native test cli_compare_columns');
  }
});

/** Each heading cell of the comparison table narrower than its longest
 * word: its text, its width and that word's width, in CSS pixels. A word is
 * measured with a Range over it alone, in the cell's own font. */
async function headingsNarrowerThanAWord(page) {
  return page.evaluate(() => {
    const narrow = [];
    for (const cell of document.querySelectorAll('#comparison-table th')) {
      const style = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // A word broken over two lines has two boxes: it did not fit.
          const boxes = range.getClientRects().length;
          const width = range.getBoundingClientRect().width;
          if (boxes > 1 || width > inner + 0.5) {
            narrow.push(`${cell.textContent.trim()} (${Math.round(inner)} px for "${m[0]}", ${Math.round(width)} px)`);
          }
        }
      }
    }
    return narrow;
  });
}

test('at 375 px no heading of the comparison breaks a word: "Associates" stays whole', async () => {
  const { page } = await openPage(site.browser, { viewport: { width: 375, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.click('#scenario-add summary');
  await page.click('#scenario-add-copy');
  await page.waitForSelector('#comparison-table');
  await page.locator('#comparison-table th', { hasText: 'Associates' }).first().waitFor();
  // The rows per tier too: their headings hold the tiers' names.
  await page.click('#cmp-tiers-toggle');
  await page.locator('#comparison-table .cmp-tier-row').first().waitFor();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await eventually(async () => {
        assert.deepEqual(await headingsNarrowerThanAWord(page), [], `at ${width} px`);
      });
      // The comparison stays inside the screen: a wide table scrolls in its wrapper.
      await eventually(async () => {
        const right = await page.evaluate(() => document.querySelector('#comparison').getBoundingClientRect().right);
        assert.ok(right <= width, `the comparison ends at ${right} px on a ${width} px screen`);
      });
      await page.locator('#comparison-table').scrollIntoViewIfNeeded();
      await screenshot(page, `compare-words-${width}-${scheme}`);
    }
  }

  // A name typed without a space (60 characters, the most a name holds)
  // widens its column; the table scrolls in its wrapper, the page does not.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 375, height: 900 });
  const long = 'Northwind' + 'x'.repeat(51);
  await page.fill('#scenario-bar-name', long);
  await page.press('#scenario-bar-name', 'Enter');
  await page.locator('#comparison-table thead th', { hasText: long }).waitFor();
  await eventually(async () => {
    assert.deepEqual(await headingsNarrowerThanAWord(page), []);
    const box = await page.evaluate(() => {
      const wrap = document.querySelector('#comparison .table-wrap');
      return { right: document.querySelector('#comparison').getBoundingClientRect().right, scrolls: wrap.scrollWidth > wrap.clientWidth };
    });
    assert.ok(box.right <= 375, `the comparison ends at ${box.right} px`);
    assert.ok(box.scrolls, 'the table scrolls in its wrapper');
  });
  await page.locator('#comparison-table').scrollIntoViewIfNeeded();
  await screenshot(page, 'compare-words-long-name-375-light');
});
