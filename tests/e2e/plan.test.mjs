// The calculator's flows, as a person would use them: plan backward, undo and
// redo, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, openPage, screenshot, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

const headcount = (page) => page.textContent('#figure-headcount .headline__value');

test('plan backward: a smaller team changes the verdict and the cut-offs; the view is in the link', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'outcomes');
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

test('plan backward: with 1 CSM the cut-offs are one plan, not two contradicting lines', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url + '?view=backward');
  await waitForApp(page);
  await page.waitForSelector('#plan-backward');
  await page.fill('#budget-csm', '1');
  await page.waitForFunction(() => /then the team fits/.test(document.querySelector('#cutoff-advice')?.textContent ?? ''));
  assert.equal(
    await page.textContent('#cutoff-0'),
    'Keep at most 13 customers in High touch and move 27 to Low touch.'
  );
  assert.doesNotMatch(await page.textContent('.cutoffs'), /No cut-off/);
  assert.doesNotMatch(await page.textContent('#backward-verdict'), /0×/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// One dedicated tier, 60 customers at 75 CSM hours a year each (no
// first-year customers), budget 3 CSMs: the link a person would share.
const SIXTY_AT_75 = 'v=2&z=bZexDQAwCMNeqTp3YCnM3MIZPI9gApQPomSw49iyoII0ltOATNuewfI061Cr-3KSy_fJX7kzVQA';

test('plan backward: one short tier gets one verdict, the gap in people and cost, and the remedies', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url + '?' + SIXTY_AT_75 + '&view=backward');
  await waitForApp(page);
  await page.waitForSelector('#plan-backward');
  // 60 × 75 h = 4,500 h ÷ 1,104 h = 4.08 → 5 CSMs: 2 short, 2 × $130,000.
  // 3 × 1,104 h = 3,312 h ÷ 4,500 h = 73.6%; ÷ 75 h = 44.16 customers;
  // ÷ 60 customers = 55.2 h each.
  assert.equal(
    await page.textContent('#backward-verdict'),
    "Today's customers and touch models need more people than this team: 2 CSMs short, $260,000 a year (2 × $130,000). " +
      "With today's mix, the customer base would have to shrink to 73.6% of its size (limited by CSMs)."
  );
  assert.equal(
    await page.textContent('#cutoff-advice'),
    'With one tier, no customer can move to a lower tier. Keep at most 44 customers in High touch, ' +
      'hire the 2 CSMs short ($260,000 a year) or cut the hours per customer as below.'
  );
  assert.equal(
    await page.textContent('#hour-cut-0'),
    'Cut High touch to 55.2 h per customer a year (today 75 h): then the team fits.'
  );
  // One verdict: nothing on the card says the tiers fit.
  const card = await page.textContent('#plan-backward');
  assert.doesNotMatch(card, /no customer needs to move|fit the team/);
  assert.equal(await page.locator('.cutoffs').count(), 0);
  await screenshot(page, 'plan-backward-one-tier-1280');

  // 4 CSMs: 1 short; 4,416 h ÷ 4,500 h = 98.1%; 4,416 h ÷ 60 = 73.6 h.
  await page.fill('#budget-csm', '4');
  await page.waitForFunction(() => /1 CSM short, \$130,000 a year \(1 × \$130,000\)/.test(document.querySelector('#backward-verdict').textContent));
  assert.match(await page.textContent('#backward-verdict'), /shrink to 98\.1% of its size/);
  assert.equal(
    await page.textContent('#hour-cut-0'),
    'Cut High touch to 73.6 h per customer a year (today 75 h): then the team fits.'
  );
  // 5 CSMs fit: the verdict and the advice agree.
  await page.fill('#budget-csm', '5');
  await page.waitForFunction(() => /fit this team/.test(document.querySelector('#backward-verdict').textContent));
  assert.equal(await page.textContent('#cutoff-advice'), "Today's tiers fit the team: no customer needs to move.");
  assert.equal(await page.locator('#hour-cuts').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('plan backward: no associates in the budget is named as the reason, not fixed work', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url + '?view=backward');
  await waitForApp(page);
  await page.waitForSelector('#plan-backward');
  await page.fill('#budget-csm', '2');
  await page.fill('#budget-associate', '0');
  await page.fill('#budget-pooled', '1');
  await page.waitForFunction(() => /no customer fits/.test(document.querySelector('#backward-verdict').textContent));
  // Short: 3 − 2 CSMs, 1 − 0 associates, 2 − 1 pooled CSMs = $130,000 +
  // $80,000 + $110,000.
  assert.equal(
    await page.textContent('#backward-verdict'),
    "Today's customers and touch models need more people than this team: 1 CSM, 1 associate and 1 pooled CSM short, " +
      '$320,000 a year (1 × $130,000 + 1 × $80,000 + 1 × $110,000). ' +
      "With today's mix, no customer fits: Low touch needs associates, and the budget has no associates."
  );
  assert.equal(await page.textContent('#cutoff-0'), 'Keep at most 27 customers in High touch and move 13 to Low touch.');
  assert.equal(
    await page.textContent('#cutoff-1'),
    'Move all 213 customers of Low touch (200 today, 213 after the move above) to Tech touch.'
  );
  assert.equal(
    await page.textContent('#cutoff-advice'),
    'Make the moves above together, from the top tier down: then the team fits. ' +
      'Or hire the 1 CSM, 1 associate and 1 pooled CSM short ($320,000 a year).'
  );
  assert.doesNotMatch(await page.textContent('#plan-backward'), /fixed work/);
  await screenshot(page, 'plan-backward-no-associates-1280');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('undo and redo with the buttons and with Ctrl+Z / Shift+Ctrl+Z', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const start = await headcount(page);
  assert.equal(await page.isDisabled('#undo'), true);
  await page.selectOption('#preset', 'high_value');
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
  await page.selectOption('#preset', 'mid_market');
  await page.waitForFunction(() => location.search.length > 0);
  // What the browser does on Ctrl+P / window.print().
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelector('#print-link').textContent.includes('v=4'));
  const firstLink = await page.textContent('#print-link');
  // An edit after that print: the next print carries it (the listener reads the
  // scenario shown now, not the one it was added with).
  await page.fill('#capacity-team-hours-per-week', '31');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((first) => document.querySelector('#print-link').textContent !== first, firstLink);
  const printed = new URL(await page.textContent('#print-link'));
  const reopened = await openPage(site.browser);
  await reopened.page.goto(printed.href);
  await waitForApp(reopened.page);
  assert.equal(await reopened.page.inputValue('#capacity-team-hours-per-week'), '31');
  await reopened.context.close();
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
  await page.selectOption('#preset', 'mid_market');
  const expected = await headcount(page);
  await page.click('#embed-open-dialog');
  // The snippet is written when the panel opens.
  await page.waitForFunction(() => document.querySelector('#embed-snippet').value.length > 0);
  const snippet = await page.inputValue('#embed-snippet');
  assert.match(snippet, /<iframe src="[^"]*embed=1/);
  assert.match(snippet, /height="\d+"/);

  // A parent page (another document) pastes the snippet as is.
  // A parent page of its own (not tierplan, whose start could redraw the
  // body under the snippet on a slow machine).
  const parent = await context.newPage();
  const blog = `${site.server.origin}/a-parent-page.html`;
  await parent.route(blog, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>A parent page</title><body></body>' }),
  );
  await parent.goto(blog);
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

test('chart graphics reach 3:1 against the chart background, light and dark (WCAG 1.4.11)', async () => {
  // Every bar, segment, line, marker and legend key as drawn (opacity
  // included) against the card behind the charts; labels drawn inside a bar
  // must reach 4.5:1 against that bar. Left out, as decoration that repeats
  // what a labelled line or bar says: grid lines, the bands behind the ARR
  // per CSM bar (its rule lines are labelled), and the shading between the
  // headcount lines (the two lines are drawn at full strength).
  const decorative = ['chart__grid', 'chart__band', 'chart__short', 'chart__swatch--short'];
  const scenarios = [['default', ''], ['6 tiers x 20 touches', `?${readFileSync(new URL('../bench/six-tiers-twenty-touches.query', import.meta.url), 'utf8').trim()}`]];
  for (const colorScheme of ['light', 'dark']) {
    for (const [scenario, query] of scenarios) {
      const { context, page } = await openPage(site.browser, { colorScheme });
      await page.goto(site.server.url + query);
      await waitForApp(page);
      const { marks, failures } = await page.evaluate((decorative) => {
        const parse = (css) => {
          const m = css.match(/rgba?\(([^)]+)\)/);
          if (!m) return null;
          const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
          return { rgb: [r, g, b], a };
        };
        const lum = (rgb) => {
          const c = rgb.map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        };
        const ratio = (p, q) => {
          const [x, y] = [lum(p), lum(q)].sort((m, n) => n - m);
          return (x + 0.05) / (y + 0.05);
        };
        // A colour with opacity, as seen over `bg`.
        const seen = ({ rgb, a }, bg) => rgb.map((v, i) => Math.round(v * a + bg[i] * (1 - a)));
        const same = (p, q) => p.every((v, i) => v === q[i]);
        const skip = (el) => decorative.some((d) => el.classList.contains(d) || el.parentElement?.classList.contains(d));
        const marks = {};
        const failures = [];
        for (const figure of document.querySelectorAll('figure.chart')) {
          const bg = parse(getComputedStyle(figure.closest('.card')).backgroundColor).rgb;
          const check = (what, colour, min = 3) => {
            marks[figure.id] = (marks[figure.id] ?? 0) + 1;
            const r = ratio(colour, bg);
            if (r < min) failures.push(`${figure.id} ${what} rgb(${colour.join(', ')}): ${r.toFixed(2)}`);
          };
          for (const el of figure.querySelectorAll('svg rect, svg path, svg line, svg circle, svg polygon, svg polyline')) {
            if (skip(el)) continue;
            const style = getComputedStyle(el);
            const opacity = Number(style.opacity);
            const what = `${el.tagName} ${el.getAttribute('class') ?? el.parentElement.getAttribute('class')}`;
            const fill = parse(style.fill);
            // A line has no inside to fill.
            if (fill && el.tagName !== 'line') {
              const a = fill.a * Number(style.fillOpacity) * opacity;
              if (a > 0) check(`${what} fill`, seen({ rgb: fill.rgb, a }, bg));
            }
            const stroke = parse(style.stroke);
            if (stroke && parseFloat(style.strokeWidth) > 0) {
              const colour = seen({ rgb: stroke.rgb, a: stroke.a * Number(style.strokeOpacity) * opacity }, bg);
              // A stroke of the background's colour is a gap between segments, not a mark.
              if (!same(colour, bg)) check(`${what} stroke`, colour);
            }
          }
          // Legend keys: a filled square, or a dash or triangle drawn with a border.
          for (const swatch of figure.querySelectorAll('.chart__swatch')) {
            if (skip(swatch)) continue;
            const style = getComputedStyle(swatch);
            const painted = [
              [style.backgroundColor, 1],
              [style.borderTopColor, parseFloat(style.borderTopWidth)],
              [style.borderBottomColor, parseFloat(style.borderBottomWidth)],
            ]
              .filter(([css, width]) => width > 0 && parse(css)?.a > 0)
              .map(([css]) => parse(css));
            if (painted.length === 0) failures.push(`${figure.id} legend ${swatch.className}: nothing painted`);
            for (const colour of painted) check(`legend ${swatch.className}`, seen({ rgb: colour.rgb, a: colour.a * Number(style.opacity) }, bg));
          }
          // Labels inside a bar, against the bar under them (text: 4.5:1).
          for (const label of figure.querySelectorAll('svg text.chart__inside')) {
            const box = label.getBBox();
            const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
            const under = [...label.ownerSVGElement.querySelectorAll('rect')].filter((rect) => {
              const r = rect.getBBox();
              return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
            }).pop();
            if (!under) {
              failures.push(`${figure.id} label "${label.textContent}" is on no bar`);
              continue;
            }
            const barColour = seen(parse(getComputedStyle(under).fill), bg);
            const text = parse(getComputedStyle(label).fill).rgb;
            const r = ratio(text, barColour);
            marks[figure.id] = (marks[figure.id] ?? 0) + 1;
            if (r < 4.5) failures.push(`${figure.id} label "${label.textContent}" on ${under.getAttribute('class')}: ${r.toFixed(2)}`);
          }
        }
        return { marks, failures };
      }, decorative);
      const label = `${colorScheme}, ${scenario}`;
      // Every chart was checked, so an empty list of failures means something.
      assert.deepEqual(Object.keys(marks).sort(), ['chart-arr-per-csm', 'chart-pyramid', 'chart-time', 'chart-timeline', 'chart-tornado'], label);
      assert.deepEqual(failures, [], `${label}: ${failures.join('; ')}`);
      await context.close();
    }
  }
});
