// The plan over time as a CFO reads it: real months in the hiring list,
// this fiscal year's quarters, three fiscal years, the coverage gap, on the
// page and in the exports; a plan without a start month takes the current
// month and says so; a refused hire cap keeps the plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, waitForApp, SCREENSHOTS } from './harness.mjs';

const site = useSite({ before, after });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** This month as the page names it, by the browser's clock. */
async function currentMonth(page) {
  const [y, m] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth()]);
  return `${MONTHS[m]} ${y}`;
}

/** Opens the page, starts the plan in April 2027 with a fiscal year from April. */
async function datedPlan(page) {
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.fill('#over-time-start', '2027-04');
  await page.press('#over-time-start', 'Tab');
  await page.waitForFunction(() => document.querySelector('#hiring-months')?.textContent.includes('April 2027'));
  await page.selectOption('#over-time-fiscal-start', '4');
  await page.waitForFunction(() => document.querySelector('#budget-table caption')?.textContent.includes('FY2028'));
  // The address follows once typing pauses.
  await page.waitForFunction(() => location.search.includes('z='));
}

test('the page names months, fiscal quarters and years, and keeps them in its link', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const now = await currentMonth(page);
  const notice = await page.textContent('#over-time-start-notice');
  assert.ok(notice.includes(`starts in ${now}, the current month`), notice);
  assert.equal(new URL(page.url()).search, '', 'the bare page stays bare');

  await datedPlan(page);
  const hires = await page.textContent('#hiring-months');
  assert.ok(hires.includes('open the requisition in April 2027, start in July 2027'), hires);
  const caption = await page.textContent('#budget-table caption');
  assert.ok(caption.includes('FY2028 (April 2027 to March 2028)'), caption);
  const words = await page.textContent('#budget-words');
  assert.ok(/^FY2028 costs \$[\d,]+ from April 2027 to March 2028; at year end the team on board costs \$[\d,]+ a year/.test(words), words);
  const quarters = await page.$$eval('#budget-table tbody th', (ths) => ths.map((t) => t.textContent));
  assert.deepEqual(quarters.slice(0, 4), ['Q1 FY2028', 'Q2 FY2028', 'Q3 FY2028', 'Q4 FY2028']);
  assert.ok(quarters.some((q) => q.startsWith('Full-year run rate')));
  const years = await page.$$eval('#years-table tbody th', (ths) => ths.map((t) => t.textContent));
  assert.deepEqual(years, ['FY2028', 'FY2029', 'FY2030']);
  assert.equal(await page.locator('#chart-outlook svg rect').count(), 3);
  const gap = await page.textContent('#coverage-gap');
  assert.ok(/ARR|covered/.test(gap), gap);
  assert.equal(await page.locator('#over-time-start-notice').count(), 0);

  // The link holds the months: opened again (next year, say), they stay.
  const link = page.url();
  assert.notEqual(new URL(link).search, '');
  const again = await context.newPage();
  await again.goto(link);
  await waitForApp(again);
  const reopened = await again
    .waitForFunction(() => document.querySelector('#hiring-months')?.textContent.includes('April 2027'), null, { timeout: 10000 })
    .then(() => '')
    .catch(async () => `${again.url()}: ${await again.textContent('#over-time')}`);
  assert.equal(reopened, '', `opened from ${link}`);
  assert.ok((await again.textContent('#budget-table caption')).includes('FY2028'));
  await context.close();
});

test('an old link says which start month it took', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(`${site.server.url}?v=1&hpw=45`);
  await waitForApp(page);
  const now = await currentMonth(page);
  const notice = await page.textContent('#over-time-start-notice');
  assert.ok(notice.includes(`This link has no start month; it starts in ${now}`), notice);
  await context.close();
});

test('a hire cap of 0 is refused at its field and the plan keeps its figures', async () => {
  const { context, page } = await openPage(site.browser);
  await datedPlan(page);
  const before = page.url();
  const budget = await page.textContent('#budget-table');
  await page.fill('#over-time-hire-cap', '0');
  await page.press('#over-time-hire-cap', 'Tab');
  const error = page.locator('#over-time-hire-cap-error');
  await error.waitFor();
  assert.equal(await error.textContent(), 'A cap of 0 means no one can start; leave the field empty for no cap');
  assert.equal(await page.getAttribute('#over-time-hire-cap', 'aria-invalid'), 'true');
  assert.equal(page.url(), before);
  assert.equal(await page.textContent('#budget-table'), budget);
  // A cap of 1 a quarter delays hires and says so.
  await page.fill('#over-time-hire-cap', '1');
  await page.press('#over-time-hire-cap', 'Tab');
  await page.waitForFunction(() => document.querySelector('#hiring-months')?.textContent.includes('the cap on hires per quarter delays'));
  assert.equal(await page.locator('#over-time-hire-cap-error').count(), 0);
  await context.close();
});

test('the exports carry months, quarters, years and the coverage gap', async () => {
  const { context, page } = await openPage(site.browser, { acceptDownloads: true });
  await datedPlan(page);
  const texts = {};
  for (const name of ['tierplan-budget.csv', 'tierplan-years.csv', 'tierplan-coverage.csv', 'tierplan-hiring.csv', 'tierplan-summary.md']) {
    if (!(await page.locator('#export-menu').isVisible())) await page.click('#export-menu >> xpath=..  >> summary');
    const item = page.locator('#export-menu .menu__item', { hasText: {
      'tierplan-budget.csv': "This fiscal year's budget",
      'tierplan-years.csv': 'Three years ahead',
      'tierplan-coverage.csv': 'Coverage gap',
      'tierplan-hiring.csv': 'Hiring in calendar months',
      'tierplan-summary.md': 'Markdown',
    }[name] });
    const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
    assert.equal(download.suggestedFilename(), name);
    texts[name] = await readFile(await download.path(), 'utf8');
  }
  assert.ok(texts['tierplan-budget.csv'].includes('Q1 FY2028'), texts['tierplan-budget.csv']);
  assert.ok(texts['tierplan-budget.csv'].includes('FY2028 total'));
  assert.ok(/FY2028,March 2028/.test(texts['tierplan-years.csv']), texts['tierplan-years.csv']);
  assert.ok(texts['tierplan-years.csv'].includes('FY2030'));
  assert.ok(texts['tierplan-coverage.csv'].includes('April 2027'));
  assert.ok(texts['tierplan-hiring.csv'].includes('April 2027,July 2027,Q2 FY2028'), texts['tierplan-hiring.csv']);
  const md = texts['tierplan-summary.md'];
  for (const words of ['## Over time', "### This fiscal year's budget, FY2028 (April 2027 to March 2028)", '| Q4 FY2028 |', '### Three years ahead', '### ARR whose touch model is not covered', 'start in July 2027']) {
    assert.ok(md.includes(words), `${words}: ${md}`);
  }
  await context.close();
});

test('screenshots of the plan over time, 1280 and 375 px, light and dark', async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const { context, page } = await openPage(site.browser, { colorScheme, viewport: { width, height: 900 } });
      await datedPlan(page);
      await page.fill('#over-time-hire-cap', '0');
      await page.press('#over-time-hire-cap', 'Tab');
      await page.locator('#over-time-hire-cap-error').waitFor();
      for (const id of ['over-time', 'section-over-time']) {
        const box = page.locator(`#${id}`);
        await box.scrollIntoViewIfNeeded();
        await box.screenshot({ path: join(SCREENSHOTS, `fiscal-${id}-${width}-${colorScheme}.png`) });
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      assert.equal(wide, false, `the page scrolls sideways at ${width} px`);
      await context.close();
    }
  }
});

test('the printed summary carries the calendar, this fiscal year, the three years and the coverage gap', async () => {
  const { context, page } = await openPage(site.browser);
  await datedPlan(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#over-time').isVisible(), false, 'the tables give way to the summary lines');
  const printed = await page.textContent('#print-over-time');
  assert.ok(printed.startsWith('Starts April 2027. FY2028'), printed);
  assert.ok(/FY2028 \(April 2027 to March 2028\): \$[\d,]+, \$0 of it recruiting; run rate at year end \$[\d,]+ a year\./.test(printed), printed);
  assert.ok(/FY2028 \d+ people, .* · FY2029 .* · FY2030 /.test(printed), printed);
  assert.ok(printed.includes('ARR whose touch model is not covered: '), printed);
  await context.close();
});
