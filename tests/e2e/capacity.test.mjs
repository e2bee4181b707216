// The CSM capacity card, used as a person would: type, read, reload, follow a link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, screenshot, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

const hours = (page) => page.textContent('#capacity-proactive-hours');
const input = (page, name) => page.locator(`#capacity-team-${name}`);

async function typeInto(page, name, text) {
  const field = input(page, name);
  await field.fill('');
  if (text) await field.pressSequentially(text);
}

async function assertNoNaN(page) {
  const text = await page.textContent('body');
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
}

test('the default page shows 1,104 proactive hours and a clean address', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  assert.equal(await hours(page), '1,104');
  assert.equal(await page.textContent('#capacity-proactive-pct'), '60%');
  assert.equal(new URL(page.url()).search, '');
  await screenshot(page, 'capacity-default-1280');
  for (const url of page.requests) assert.ok(url.startsWith(site.server.origin), `request left the page: ${url}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an edit updates the result and the address, and a reload restores it', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await typeInto(page, 'hours-per-week', '45');
  // 45 h × 46 weeks × 60% = 1,242 h
  await page.waitForFunction(() => document.querySelector('#capacity-proactive-hours').textContent === '1,242');
  await page.waitForFunction(() => location.search.includes('hpw=45'));
  const shared = page.url();
  assert.match(new URL(shared).search, /[?&]v=4(&|$)/);

  await page.reload();
  await waitForApp(page);
  assert.equal(await input(page, 'hours-per-week').inputValue(), '45');
  assert.equal(await hours(page), '1,242');

  // The copied link opened in a fresh profile gives the same state.
  const other = await openPage(site.browser);
  await other.page.goto(shared);
  await waitForApp(other.page);
  assert.equal(await other.page.inputValue('#capacity-team-hours-per-week'), '45');
  assert.equal(await hours(other.page), '1,242');
  await other.context.close();
  await context.close();
});

test('impossible values show a message next to the input and never NaN', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const cases = [
    ['', 'Enter a value'],
    ['-3', 'at least 1'],
    ['abc', 'Enter a number'],
    ['500', 'at most 168'],
  ];
  for (const [text, message] of cases) {
    // fill() sets the whole text in one input event, as a paste would.
    await input(page, 'hours-per-week').fill(text);
    const error = page.locator('#capacity-team-hours-per-week-error');
    await error.waitFor();
    assert.match(await error.textContent(), new RegExp(message));
    assert.equal(await input(page, 'hours-per-week').getAttribute('aria-invalid'), 'true');
    assert.equal(await hours(page), '1,104', 'the last good result stays');
    await assertNoNaN(page);
  }
  await typeInto(page, 'hours-per-week', '40');
  await page.locator('#capacity-team-hours-per-week-error').waitFor({ state: 'detached' });

  await input(page, 'overhead-pct').fill('80');
  const shares = page.locator('#capacity-shares-error');
  await shares.waitFor();
  assert.match(await shares.textContent(), /105%/);
  await screenshot(page, 'capacity-invalid-shares');
  await assertNoNaN(page);
  // The address keeps the last good scenario, not the impossible one.
  assert.doesNotMatch(page.url(), /ov=80/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a damaged link says what is wrong and the page still works', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(`${site.server.url}?v=1&hpw=abc&wks=44`);
  await waitForApp(page);
  const notice = page.locator('#link-issues');
  await notice.waitFor();
  assert.match(await notice.textContent(), /hours per week/);
  // 40 × 44 × 60% = 1,056 h: the readable part of the link was kept.
  assert.equal(await hours(page), '1,056');
  await assertNoNaN(page);
  await page.click('#link-keep');
  await notice.waitFor({ state: 'detached' });
  await context.close();
});

test('the card fits a 375 px phone screen', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 375, height: 800 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await screenshot(page, 'capacity-default-375');
  await context.close();
});

test('dark mode follows the system setting', async () => {
  const { context, page } = await openPage(site.browser, { colorScheme: 'dark' });
  await page.goto(site.server.url);
  await waitForApp(page);
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(17, 20, 24)');
  await screenshot(page, 'capacity-default-dark');
  await context.close();
});
