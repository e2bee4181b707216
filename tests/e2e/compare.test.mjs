// Comparing scenarios as a person would: add an alternative, edit it, switch,
// read what differs, follow a difference to its field, share the link and open
// it in a fresh browser profile, print; screenshots at 1280 and 375 px, light
// and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, screenshot, waitForApp, eventually } from './harness.mjs';

const site = useSite({ before, after });
const CUSTOMERS = '#edit-tiers-0-customers';

/** The comparison table as read: header cells, then each row's cells. */
async function table(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#comparison-table tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim()),
    ),
  );
}

async function addCopy(page) {
  await page.click('#scenario-add summary');
  await page.click('#scenario-add-copy');
  await page.waitForSelector('#comparison-table');
}

test('an alternative is added, edited, compared, shared and printed', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await page.goto(site.server.url);
  await waitForApp(page);
  assert.equal(await page.locator('#comparison').count(), 0, 'one scenario: nothing to compare');
  await addCopy(page);
  assert.equal(await page.getAttribute('#scenario-tab-1', 'aria-pressed'), 'true');
  // The name field has the focus, to name the copy at once.
  await page.waitForFunction(() => document.activeElement?.id === 'scenario-bar-name');
  await page.fill('#scenario-bar-name', 'More high touch');
  await page.press('#scenario-bar-name', 'Enter');
  await page.locator('#scenario-tab-1', { hasText: 'More high touch' }).waitFor();
  // Every id is the page's only one: a label finds its own field (the
  // scenario bar's name once shared the plan name's id).
  const repeated = await page.evaluate(() => {
    const seen = new Map();
    for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  assert.deepEqual(repeated, [], 'ids used more than once');

  // Edit the alternative: the base keeps its value.
  const field = page.locator(CUSTOMERS).first();
  await field.fill('80');
  await page.locator('.differs__list', { hasText: 'High touch: customers: 40 customers -> 80 customers' }).waitFor();
  const rows = await table(page);
  assert.match(rows[0][2], /More high touch/);
  const people = rows.find((r) => r[0] === 'People');
  assert.match(people[2], /more|\+/, people.join(' | '));
  assert.match(people[2], /worse/, 'better or worse is said in words');
  await page.click('#scenario-tab-0');
  await eventually(async () => assert.equal(await page.locator(CUSTOMERS).first().inputValue(), '40'));

  // Percentages, kept in the address.
  await page.click('#cmp-pct');
  await page.waitForFunction(() => location.search.includes('cmp=pct'));
  assert.match((await table(page)).find((r) => r[0] === 'People')[2], /%/);

  // The charts: a bar per scenario, a line per scenario, and their numbers.
  assert.equal(await page.locator('#chart-compare-people svg rect').count() > 0, true);
  assert.equal(await page.locator('#chart-compare-timeline svg path.chart__line').count(), 2);
  await page.click('#chart-compare-cost summary');
  await eventually(async () => {
    const costs = await page.locator('#chart-compare-cost-table tbody tr').allTextContents();
    assert.equal(costs.length, 2);
    assert.match(costs[1], /More high touch/);
  });

  // Per-tier rows open on request.
  const before = (await table(page)).length;
  await page.click('#cmp-tiers-toggle');
  await eventually(async () => assert.ok((await table(page)).length > before));

  // A difference leads to its field in the alternative.
  await page.click('.differs__link');
  await page.waitForFunction(() => document.activeElement?.id === 'edit-tiers-0-customers');
  assert.equal(await page.getAttribute('#scenario-tab-1', 'aria-pressed'), 'true');
  assert.equal(await page.locator(CUSTOMERS).first().inputValue(), '80');

  // Undo covers the lineup: the rename, then the copy.
  // Copy the link and open it in a fresh profile: the same comparison.
  await page.waitForFunction(() => location.search.includes('on=1'));
  const expected = await table(page);
  await page.click('#copy-link');
  await page.locator('#share-status', { hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(site.server.url), copied);
  console.log(`two-scenario link: ${copied.length - site.server.url.length} characters after the page address`);
  const fresh = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await fresh.page.goto(copied);
  await waitForApp(fresh.page);
  await fresh.page.waitForSelector('#comparison-table');
  await fresh.page.click('#cmp-tiers-toggle');
  await eventually(async () => assert.deepEqual(await table(fresh.page), expected));
  assert.equal(await fresh.page.getAttribute('#scenario-tab-1', 'aria-pressed'), 'true');
  for (const url of [...page.requests, ...fresh.page.requests]) {
    assert.ok(url.startsWith(site.server.origin), url);
  }
  assert.deepEqual(fresh.page.errors, []);
  await fresh.context.close();

  // The Export menu offers the comparison's tables and memo.
  await page.click('#export-open-menu');
  const [memo] = await Promise.all([page.waitForEvent('download'), page.click('#export-comparison-md')]);
  assert.equal(memo.suggestedFilename(), 'tierplan-comparison.md');
  const memoText = await (await import('node:fs/promises')).readFile(await memo.path(), 'utf8');
  assert.match(memoText, /More high touch needs 3 more people/);
  assert.match(memoText, /\[Open this comparison in tierplan\]\(http[^)]*a1=/);

  // Print: the comparison is on paper, its controls are not.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelector('#print-link').textContent.includes('a1='));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#comparison-table'), true);
  for (const chart of ['#chart-compare-people', '#chart-compare-cost', '#chart-compare-timeline']) {
    assert.equal(await page.isVisible(chart), true, chart);
  }
  assert.equal(await page.isVisible('#cmp-pct'), false);
  assert.equal(await page.isVisible('.scenarios'), false);
  await screenshot(page, 'compare-print');
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`printed comparison, ${format}: ${pages} pages`);
    // The plan's own report (1 to 2 pages) follows the comparison.
    assert.ok(pages >= 1 && pages <= 5, `${format}: ${pages} pages`);
  }
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('undo and redo cover adding, renaming and editing scenarios; a fifth is refused', async () => {
  const { context, page } = await openPage(site.browser, { acceptDownloads: true });
  await page.goto(site.server.url);
  await waitForApp(page);
  await addCopy(page);
  await page.locator(CUSTOMERS).first().fill('77');
  await page.waitForFunction(() => location.search.includes('a1='));
  const customers = () => page.locator(CUSTOMERS).first().inputValue();
  await page.click('#undo');
  await eventually(async () => assert.equal(await customers(), '40'));
  await page.click('#undo');
  await eventually(async () => assert.equal(await page.locator('#comparison').count(), 0));
  await page.click('#redo');
  await page.click('#redo');
  await eventually(async () => assert.equal(await customers(), '77'));
  for (let i = 0; i < 2; i++) {
    await page.click('#scenario-add summary');
    await page.click('#scenario-add-copy');
  }
  await eventually(async () => assert.equal(await page.locator('.scenarios__tab').count(), 4));
  // A scenario file holds every scenario, and opens them all.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#save-scenario')]);
  const file = await saved.path();
  const fresh = await openPage(site.browser);
  await fresh.page.goto(site.server.url);
  await waitForApp(fresh.page);
  await fresh.page.setInputFiles('#open-scenario', file);
  await fresh.page.waitForFunction(() => document.querySelectorAll('.scenarios__tab').length === 4);
  assert.equal(await fresh.page.locator(CUSTOMERS).first().inputValue(), '40', 'the base is edited');
  await fresh.page.click('#scenario-tab-1');
  await eventually(async () => assert.equal(await fresh.page.locator(CUSTOMERS).first().inputValue(), '77'));
  await fresh.context.close();
  await page.click('#scenario-add summary');
  await eventually(async () => assert.equal(await page.isDisabled('#scenario-add-copy'), true));
  await page.locator('.scenarios__add-panel', { hasText: 'at most 4 scenarios' }).waitFor();
  await page.click('#scenario-add summary');
  // The base is not removed while it has alternatives; the message says why.
  await page.click('#scenario-tab-0');
  await page.click('#scenario-remove');
  await page.locator('#scenario-message', { hasText: 'move another scenario to the front' }).waitFor();
  // A duplicate name is refused with a message.
  await page.click('#scenario-tab-2');
  await page.fill('#scenario-bar-name', 'alternative 1');
  await page.click('#scenario-rename');
  await page.locator('#scenario-message', { hasText: 'already named' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the embed view shows the comparison compactly', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await addCopy(page);
  await page.locator(CUSTOMERS).first().fill('80');
  await page.waitForFunction(() => location.search.includes('a1='));
  await page.click('#embed-open-dialog');
  await page.waitForFunction(() => document.querySelector('#embed-snippet').value.length > 0);
  const src = (await page.inputValue('#embed-snippet')).match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&');
  assert.match(src, /a1=/);
  const embed = await openPage(site.browser, { viewport: { width: 375, height: 700 } });
  await embed.page.goto(src);
  await embed.page.waitForSelector('#embed-comparison');
  const text = await embed.page.textContent('#embed-comparison');
  assert.match(text, /Alternative 1 needs 3 more people/);
  assert.match(text, /Yearly cost/);
  await embed.page.screenshot({ path: 'screenshots/compare-embed-375.png', fullPage: true });
  assert.deepEqual(embed.page.errors, []);
  await embed.context.close();
  await context.close();
});

test('screenshots of a comparison at 1280 and 375 px, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 }, colorScheme });
      await page.goto(site.server.url);
      await waitForApp(page);
      await addCopy(page);
      await page.locator(CUSTOMERS).first().fill('80');
      await page.click('#scenario-add summary');
      await page.selectOption('#scenario-add-preset', 'mid_market');
      await page.waitForFunction(() => document.querySelectorAll('.scenarios__tab').length === 3);
      await page.click('#cmp-tiers-toggle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window at ${width} px`);
      await screenshot(page, `compare-${width}-${colorScheme}`);
      await context.close();
    }
  }
});
