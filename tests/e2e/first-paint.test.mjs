// What is painted before the WebAssembly has started, the link's plan the
// preview draws before the calculator, and the embed in a blog: fitted to
// its content, in the theme the snippet asks for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, openPage, waitForApp, screenshot } from './harness.mjs';

const site = useSite({ before, after });

/** Opens `query` with the WebAssembly held back: only index.html paints. */
async function beforeStart(query, options = {}) {
  const { context, page } = await openPage(site.browser, options);
  await page.route('**/*.wasm', () => {});
  await page.goto(`${site.server.url}${query}`, { waitUntil: 'load' }).catch(() => {});
  await page.waitForSelector('.boot');
  return { context, page };
}

const visible = (page, selector) => page.isVisible(selector);

test('before the page starts: the bare address paints the default plan, a link says it is opening', async () => {
  const bare = await beforeStart('');
  assert.equal(await bare.page.textContent('h1'), 'tierplan');
  assert.ok(await visible(bare.page, '.boot__default'));
  assert.ok(!(await visible(bare.page, '.boot__link')));
  const painted = await bare.page.textContent('.boot__figures');
  assert.match(painted, /^7 people \(/);
  await screenshot(bare.page, 'first-paint-bare');
  await bare.context.close();

  const link = await beforeStart('?v=4&hpw=45');
  assert.ok(await visible(link.page, '.boot__link'));
  assert.ok(!(await visible(link.page, '.boot__default')));
  assert.match(await link.page.textContent('.boot__link'), /Opening the plan in this link/);
  await link.context.close();

  // Once started, the page replaces it, and says the same figures.
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  assert.equal(await page.locator('.boot').count(), 0);
  assert.equal(await page.textContent('#figure-headcount .headline__value'), '7');
  assert.match(painted, /\$884,000 a year, 6\.31% of ARR/);
  await context.close();
});

const SIX_TIERS = `?${readFileSync(new URL('../bench/six-tiers-twenty-touches.query', import.meta.url), 'utf8').trim()}`;
const isPreview = (url) => /\/preview-[0-9a-f]+_bg\.wasm$/.test(url);
const isCalculator = (url) => /\/tierplan-[0-9a-f]+_bg\.wasm$/.test(url);

for (const [width, scheme] of [[375, 'light'], [1280, 'dark']]) {
  test(`a link at ${width} px (${scheme}): its plan is drawn before the calculator starts, with the figures the calculator then shows`, async () => {
    const held = await openPage(site.browser, { viewport: { width, height: 900 }, colorScheme: scheme });
    // The calculator's WebAssembly never arrives; the preview's does.
    await held.page.route((url) => isCalculator(url.pathname), () => {});
    await held.page.goto(`${site.server.url}${SIX_TIERS}`, { waitUntil: 'load' }).catch(() => {});
    await held.page.waitForSelector('.boot__plan table.tiers');
    const preview = await held.page.evaluate(() => ({
      title: document.querySelector('.boot__plan .boot__title').textContent,
      figures: document.querySelector('.boot__plan .boot__figures').textContent,
      rows: document.querySelectorAll('.boot__plan tbody tr').length,
      status: document.querySelector('.boot__link .boot__status').textContent,
      scrolls: document.documentElement.scrollWidth > innerWidth,
      tableScrolls: (() => {
        const wrap = document.querySelector('.boot__plan .table-wrap');
        return wrap.scrollWidth > wrap.clientWidth + 1;
      })(),
    }));
    assert.equal(preview.rows, 6, 'one row per tier');
    assert.match(preview.status, /you can change this plan in a moment/);
    assert.ok(!preview.scrolls, 'the page does not scroll sideways');
    assert.ok(!preview.tableScrolls, 'the table shows its people and cost without scrolling');
    assert.deepEqual(held.page.errors, [], 'no error and nothing refused by the page\'s security policy');
    await screenshot(held.page, `preview-${width}-${scheme}`);
    await held.context.close();

    // The same link with the calculator: it replaces the preview with the same plan.
    const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 } });
    await page.goto(`${site.server.url}${SIX_TIERS}`);
    await waitForApp(page);
    assert.equal(await page.locator('.boot').count(), 0);
    const people = Number((await page.textContent('#figure-headcount .headline__value')).replace(/,/g, ''));
    assert.match(preview.figures, new RegExp(`^${people.toLocaleString('en-US')} people \\(`));
    assert.equal(await page.inputValue('#scenario-name'), preview.title);
    // The preview's module was fetched first, the calculator's after it.
    const order = page.requests.filter((u) => isPreview(u) || isCalculator(u));
    assert.equal(order.length, 2, order.join(', '));
    assert.ok(isPreview(order[0]) && isCalculator(order[1]), order.join(', '));
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('the bare address does not fetch the preview: its plan is in the page already', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  assert.ok(!page.requests.some(isPreview), page.requests.join(', '));
  assert.ok(page.requests.some(isCalculator));
  await context.close();
});

for (const width of [1280, 375]) {
  test(`embed at ${width} px: the frame fits the plan, and theme=light stays light for a dark reader`, async () => {
    const { context, page } = await openPage(site.browser, {
      viewport: { width, height: 900 },
      colorScheme: 'dark',
    });
    await page.goto(site.server.url);
    await waitForApp(page);
    await page.click('#embed-open-dialog');
    await page.selectOption('#embed-theme', 'light');
    await page.waitForFunction(() => document.querySelector('#embed-snippet').value.includes('theme=light'));
    const snippet = await page.inputValue('#embed-snippet');
    // The blog: a plain page of its own (not tierplan, whose start could
    // redraw the body under the snippet on a slow machine).
    const parent = await context.newPage();
    const blog = `${site.server.origin}/a-blog-post.html`;
    await parent.route(blog, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>A blog post</title><body></body>' }),
    );
    await parent.goto(blog);
    await parent.evaluate((html) => {
      document.body.innerHTML = html.replace(/<script>([\s\S]*)<\/script>/, '');
      // The snippet's optional script, run as the blog would run it.
      addEventListener('message', (e) => {
        if (!e.data || e.data.type !== 'tierplan:height') return;
        document.querySelectorAll('iframe').forEach((f) => {
          if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
        });
      });
    }, snippet);
    const frame = parent.frameLocator('iframe');
    await frame.locator('#embed-view').waitFor();
    // The frame shrinks from the snippet's 520 px to the plan's height.
    await parent.waitForFunction(() => {
      const f = document.querySelector('iframe');
      return f.style.height && f.style.height !== '520px';
    });
    const { frameHeight, contentHeight, background } = await parent.evaluate(() => {
      const f = document.querySelector('iframe');
      const doc = f.contentDocument;
      const view = doc.getElementById('embed-view');
      return {
        frameHeight: f.getBoundingClientRect().height,
        contentHeight: view.getBoundingClientRect().bottom,
        background: getComputedStyle(doc.documentElement).backgroundColor,
      };
    });
    assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight}, plan ${contentHeight}`);
    assert.equal(background, 'rgb(246, 247, 249)', 'the light background');
    const handle = await parent.$('iframe');
    await handle.screenshot({ path: new URL(`./screenshots/embed-light-on-dark-${width}.png`, import.meta.url).pathname });
    await context.close();
  });
}
