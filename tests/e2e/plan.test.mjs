// The calculator's flows, as a person would use them: plan backward, undo and
// redo, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, screenshot, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

const headcount = (page) => page.textContent('#figure-headcount .headline__value');

test('plan backward: a smaller team changes the verdict and the cut-offs; the view is in the link', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'seed002_outcomes');
  await page.click('#plan-backward-switch');
  await page.waitForSelector('#plan-backward');
  assert.equal(await page.getAttribute('#plan-backward-switch', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#backward-verdict'), /fit this team/);
  const cutoffsBefore = await page.textContent('.cutoffs');

  const before = page.url();
  await page.fill('#budget-csm', '1');
  // The address follows typing after a short pause (debounced replaceState).
  await page.waitForFunction((url) => location.href !== url, before);
  await page.waitForFunction(() => /more people/.test(document.querySelector('#backward-verdict').textContent));
  const cutoffsAfter = await page.textContent('.cutoffs');
  assert.notEqual(cutoffsAfter, cutoffsBefore);
  assert.match(cutoffsAfter, /\d/);
  await page.waitForFunction(() => location.search.includes('view=backward'));
  await screenshot(page, 'plan-backward-1280');

  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('#plan-backward');
  assert.equal(await page.inputValue('#budget-csm'), '1');
  assert.equal(await page.textContent('.cutoffs'), cutoffsAfter);

  await page.click('#plan-forward-switch');
  await page.waitForSelector('#plan-backward', { state: 'detached' });
  await page.waitForFunction(() => !location.search.includes('view=backward'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('undo and redo with the buttons and with Ctrl+Z / Shift+Ctrl+Z', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const start = await headcount(page);
  assert.equal(await page.isDisabled('#undo'), true);
  await page.selectOption('#preset', 'seed003_high_value');
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent !== h, start);
  const preset = await headcount(page);

  await page.click('#undo');
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, start);
  await page.click('#redo');
  await page.waitForFunction((h) => document.querySelector('#figure-headcount .headline__value').textContent === h, preset);

  await page.fill('#capacity-team-hours-per-week', '20');
  await page.waitForFunction(() => document.querySelector('#capacity-proactive-hours').textContent === '552');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#capacity-proactive-hours').textContent === '1,104');
  assert.equal(await page.inputValue('#capacity-team-hours-per-week'), '40');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => document.querySelector('#capacity-proactive-hours').textContent === '552');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('print: a one- or two-page report with the inputs summarised, the link, no controls', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'seed003_mid_market');
  await page.waitForFunction(() => location.search.length > 0);
  // What the browser does on Ctrl+P / window.print().
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelector('#print-link').textContent.includes('v=2'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.toolbar'), false);
  assert.equal(await page.isVisible('#section-tiers'), false, 'the editors are not printed');
  assert.equal(await page.isVisible('.print-summary'), true);
  assert.equal(await page.isVisible('#figure-headcount'), true);
  assert.equal(await page.isVisible('#tier-table'), true);
  assert.equal(await page.isVisible('#chart-timeline'), true);
  await screenshot(page, 'print');
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
  }
  await context.close();
});

test('embed: the snippet frames a read-only plan that reports its height and links back', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'seed003_mid_market');
  const expected = await headcount(page);
  await page.click('#embed-open-dialog');
  // The snippet is written when the panel opens.
  await page.waitForFunction(() => document.querySelector('#embed-snippet').value.length > 0);
  const snippet = await page.inputValue('#embed-snippet');
  assert.match(snippet, /<iframe src="[^"]*embed=1/);
  assert.match(snippet, /height="\d+"/);

  // A parent page (another document) pastes the snippet as is.
  const parent = await context.newPage();
  await parent.goto(`${site.server.url}?parent-test=1`);
  await parent.evaluate((html) => {
    window.heights = [];
    document.body.innerHTML = '';
    const holder = document.createElement('div');
    holder.innerHTML = html;
    addEventListener('message', (e) => {
      if (e.data && e.data.type === 'tierplan:height') window.heights.push(e.data.height);
    });
    document.body.append(holder.querySelector('iframe'));
  }, snippet);
  const frame = parent.frameLocator('iframe');
  await frame.locator('#embed-view').waitFor();
  assert.equal(await frame.locator('#embed-headcount').textContent(), expected);
  assert.equal(await frame.locator('input, select, .toolbar').count(), 0, 'read-only');
  const back = await frame.locator('#embed-open').getAttribute('href');
  assert.doesNotMatch(back, /embed=1/);
  assert.match(back, /[?&]z=|[?&]j=/);
  await parent.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 100);
  const frameHandle = await parent.$('iframe');
  await frameHandle.screenshot({ path: new URL('./screenshots/embed.png', import.meta.url).pathname });
  await context.close();
});

test('the page carries a Content-Security-Policy that allows only its own files, and runs under it', async () => {
  const { context, page } = await openPage(site.browser);
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(site.server.url);
  await waitForApp(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /default-src 'self'/);
  assert.doesNotMatch(policy, /https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  await page.fill('#capacity-team-hours-per-week', '41');
  await page.waitForFunction(() => location.search.includes('hpw=41'));
  assert.deepEqual(violations, []);
  for (const url of page.requests) assert.ok(url.startsWith(site.server.origin) || url.startsWith('data:') || url.startsWith('blob:'), url);
  await context.close();
});

test('the page says where each preset number comes from', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.click('#sources summary');
  const text = await page.textContent('#sources');
  assert.match(text, /A Model For Scaling Customer Success/);
  assert.match(text, /Mehta, Steinman, Murphy/);
  assert.match(text, /illustrative assumptions/);
  await context.close();
});

test('text colours meet WCAG AA contrast (4.5:1) in light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openPage(site.browser, { colorScheme });
    await page.goto(site.server.url);
    await waitForApp(page);
    const failures = await page.evaluate(() => {
      const rgb = (name) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${name})`;
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
        probe.remove();
        return [r, g, b];
      };
      const lum = ([r, g, b]) => {
        const c = [r, g, b].map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      };
      const ratio = (a, b) => {
        const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      // Text colour on each background it is used on.
      const pairs = [
        ['--text', '--bg'], ['--text', '--surface'], ['--muted', '--bg'], ['--muted', '--surface'],
        ['--accent', '--surface'], ['--accent', '--bg'], ['--on-accent', '--accent'],
        ['--error', '--error-bg'], ['--error', '--surface'], ['--ok', '--surface'], ['--ok', '--bg'],
        ['--text', '--notice-bg'],
      ];
      return pairs
        .map(([fg, bg]) => [fg, bg, ratio(fg, bg)])
        .filter(([, , r]) => r < 4.5)
        .map(([fg, bg, r]) => `${fg} on ${bg}: ${r.toFixed(2)}`);
    });
    assert.deepEqual(failures, [], `${colorScheme}: ${failures.join('; ')}`);
    await context.close();
  }
});
