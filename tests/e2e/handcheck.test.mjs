// A CFO rebuilds each figure by hand from what the page shows: hours per
// customer in the first year and after, hours a year per tier, a program's
// sessions, the hours available before the time split, figures within 1% of
// the exact ones and half hours kept; the managers follow a rule the page
// shows and lets you set; the screen-reader summary says what the screen says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp, screenshot } from './harness.mjs';

const site = useSite({ before, after });

// Two hand-worked tiers (made with link::encode): High touch, 60 customers,
// 25% in their first year, the seven touches of 90 h in year one and 70 h
// after; Tech touch, 1,000 customers, webinars of 50, 4 a year, 3 h each.
const HAND = '?v=3&z=zZa5DQAgDAN3YYKIglWomIISsTsCiScOSCkoMkLss52y6rm_AIPI7K4D4ucabqPDsxSEpWAXsbCT7a4GYf9FgjQh0PEvBGVwx5NpRieelmoD';

const text = (page, selector) => page.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, selector);

async function type(page, selector, value) {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

test('the hand math can be rebuilt from the page', async () => {
  for (const width of [1280, 375]) {
    const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 } });
    await page.goto(site.server.url + HAND);
    await waitForApp(page);
    const row = (i) => text(page, `#tier-row-${i}`);
    // 25% × 90 h + 75% × 70 h = 75 h; 60 × 75 h = 4,500 h ÷ 1,104 h = 4.08 FTE.
    const high = await row(0);
    assert.match(high, /75\.0\s*90 h first year · 70 h after/, high);
    assert.match(high, /4,500/, high);
    assert.match(high, /4\.08/, high);
    // The tech tier's 0.24 h per customer, not 0.2 (17% off); its webinars' 80 sessions.
    const tech = await row(1);
    assert.match(tech, /0\.24(?!\d)/, tech);
    assert.match(tech, /Webinar: 80 sessions × 3 h = 240 h a year/, tech);
    // 40 h × 46 weeks = 1,840 h before the split.
    assert.equal(await text(page, '#capacity-available-hours'), '1,840 h');
    // 37.5 h × 44 weeks × 55% = 907.5 h, not 908.
    await type(page, '#capacity-team-hours-per-week', '37.5');
    await type(page, '#capacity-team-working-weeks-per-year', '44');
    await type(page, '#capacity-team-overhead-pct', '20');
    await page.waitForFunction(() => document.querySelector('#capacity-proactive-hours').textContent === '907.5');
    assert.equal(await text(page, '#capacity-available-hours'), '1,650 h');
    // The managers' rule is in their row's "Why?" and in the headcount's.
    const managers = await text(page, '#tier-part-managers');
    assert.match(managers, /beyond the 4 the CS leader manages/, managers);
    assert.match(managers, /6 in-house people − 4 the CS leader manages = 2, ÷ 8 per manager, rounded up/, managers);
    await page.evaluate(() => document.querySelectorAll('.results details').forEach((d) => { d.open = true; }));
    await screenshot(page, `handcheck-${width}`);
    await context.close();
  }
});

test('the people the CS leader manages are an input, and set the managers', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url + HAND);
  await waitForApp(page);
  const headcount = () => text(page, '#figure-headcount .headline__value');
  assert.equal(await headcount(), '7');
  // With no one led by the CS leader, 6 in-house people ÷ 8 → still 1 manager;
  // with 6 led by the leader, no manager: 6 people.
  await type(page, '#edit-managers-leader-reports', '6');
  await page.waitForFunction(() => document.querySelector('#figure-headcount .headline__value').textContent === '6');
  // The address follows once typing pauses, still in link format 3.
  await page.waitForFunction((before) => location.search !== before, HAND);
  assert.match(page.url(), /\?v=4&/);
  // The link carries it: a fresh page opens the same plan.
  const again = await context.newPage();
  await again.goto(page.url());
  await waitForApp(again);
  assert.equal(await again.evaluate(() => document.querySelector('#figure-headcount .headline__value').textContent), '6');
  await context.close();
});

test('the screen-reader summary follows the screen (no ARR, a larger backward budget)', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  const said = () => text(page, '#results-announcement');
  // A first change is said after the pause.
  await type(page, '#edit-tiers-0-customers', '60');
  await page.waitForFunction(() => /of ARR/.test(document.querySelector('#results-announcement').textContent));
  // Every tier's ARR to 0: no cost share on screen, and none in the summary,
  // not even before the pause.
  for (const i of [0, 1, 2]) {
    await type(page, `#edit-tiers-${i}-avg-arr`, '0');
    assert.doesNotMatch(await said(), /of ARR/);
  }
  await page.waitForFunction(() => !/of ARR/.test(document.querySelector('#figure-cost-share').textContent)
    || document.querySelector('#figure-cost-share .headline__value').textContent === '—');
  await page.waitForFunction(() => document.querySelector('#results-announcement').textContent !== '', null, { timeout: 5000 });
  await page.waitForTimeout(1200);
  const summary = await said();
  assert.doesNotMatch(summary, /of ARR/, summary);
  const people = await text(page, '#figure-headcount .headline__value');
  assert.match(summary, new RegExp(`^The plan: ${people} people needed`), summary);
  // The guardrails as the results head them: targets missed apart from warnings.
  const rails = await page.evaluate(() => {
    const g = document.querySelector('#guardrails');
    return { words: (g.querySelector('h3') ?? g).textContent.trim().replace(/\.$/, ''), listed: g.querySelectorAll('li').length };
  });
  assert.ok(summary.endsWith(` ${rails.words}.`), `${summary} | ${rails.words}`);
  const counted = [...rails.words.matchAll(/(\d+) (targets? missed|warnings?)/g)].reduce((n, m) => n + Number(m[1]), 0);
  assert.equal(counted, rails.listed, rails.words);

  // Plan backward: too few people, then a budget of 20 CSMs.
  await page.click('#plan-backward-switch');
  await type(page, '#budget-csm', '1');
  await page.waitForFunction(() => document.querySelector('#backward-announcement').textContent.trim() === document.querySelector('#backward-verdict').textContent.trim()
    && document.querySelector('#backward-announcement').textContent !== '');
  await type(page, '#budget-csm', '20');
  // At once: nothing, or the new verdict; never the old "need more people".
  const now = await text(page, '#backward-announcement');
  assert.ok(now === '' || now === await text(page, '#backward-verdict'), now);
  await page.waitForTimeout(1200);
  assert.equal(await text(page, '#backward-announcement'), await text(page, '#backward-verdict'));
  await context.close();
});
