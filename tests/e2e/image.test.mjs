// The plan as an image and as HTML for a blog that allows no iframe: a
// chart's and the plan summary's SVG and PNG are downloaded and read, the
// blog snippet is copied and pasted into a plain page that runs no script;
// screenshots at 1280 and 375 px, light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, waitForApp, eventually, SCREENSHOTS } from './harness.mjs';

const site = useSite({ before, after });
const NAME = 'Our FY27 plan & <co>';
const ESCAPED = 'Our FY27 plan &amp; &lt;co&gt;';

/** A named plan on screen, its address in step with it. */
async function namedPlan(page) {
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.selectOption('#preset', 'mid_market');
  await page.waitForFunction(() => location.search.length > 0);
  await page.fill('#scenario-name', NAME);
  await page.waitForFunction((name) => localStorage.getItem('tierplan.last-good')?.includes(name), 'Our FY27 plan');
  // The address follows once typing pauses.
  await page.waitForTimeout(500);
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** Width and height of a PNG, from its IHDR chunk, after checking its signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The width and height the SVG file says it has. */
function svgSize(svg) {
  const root = svg.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="([\d.]+)" height="([\d.]+)"/);
  assert.ok(root, 'a root <svg> with its size');
  return { width: Number(root[1]), height: Number(root[2]) };
}

function checkFile(svg, title, link) {
  assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'), svg.slice(0, 80));
  assert.ok(svg.includes(`>${title}</text>`), `the title ${title}`);
  assert.ok(svg.includes(ESCAPED), 'the plan name, escaped');
  assert.ok(svg.includes(`href="${link.replaceAll('&', '&amp;')}"`), 'the share link');
  assert.ok(!svg.includes('var(') && !svg.includes('class='), 'no CSS variable, no class');
  assert.ok(!/NaN|Infinity/.test(svg));
}

test('a chart and the plan summary download as SVG and PNG, with the plan and its link', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await namedPlan(page);
  const link = page.url();

  // A chart: the same drawing, in the light theme, captioned.
  const svgFile = await download(page, '#chart-pyramid-svg');
  assert.equal(svgFile.name, 'tierplan-chart-pyramid.svg');
  const svg = await readFile(svgFile.path, 'utf8');
  checkFile(svg, 'Tier pyramid', link);
  const tiers = await page.$$eval('#tier-table tbody th[scope="row"]', (cells) =>
    cells.map((c) => c.childNodes[0].textContent.trim()),
  );
  assert.ok(tiers.length >= 2);
  for (const tier of tiers) assert.ok(svg.includes(tier.slice(0, 8)), `the pyramid names ${tier}`);
  assert.ok(svg.includes('fill="#1d5fbf"') && svg.includes('fill="#0f766e"'), 'the light colours of its bars');
  assert.ok(svg.includes('Share of customers'), 'its legend');

  const pngFile = await download(page, '#chart-pyramid-png');
  assert.equal(pngFile.name, 'tierplan-chart-pyramid.png');
  const png = await readFile(pngFile.path);
  const size = svgSize(svg);
  assert.deepEqual(pngSize(png), { width: Math.round(size.width * 2), height: Math.round(size.height * 2) }, 'drawn at 2x');
  assert.ok(png.length > 5000, `a drawing, not a blank (${png.length} bytes)`);
  await mkdir(SCREENSHOTS, { recursive: true });
  await copyFile(pngFile.path, join(SCREENSHOTS, 'image-chart-pyramid.png'));

  // The plan summary: the headline figures and every tier.
  const summaryFile = await download(page, '#plan-summary-svg');
  assert.equal(summaryFile.name, 'tierplan-plan-summary.svg');
  const summary = await readFile(summaryFile.path, 'utf8');
  checkFile(summary, 'Plan summary', link);
  const people = (await page.textContent('#figure-headcount .headline__value')).trim();
  assert.ok(summary.includes(`>${people} people</text>`) || summary.includes(`>${people} person</text>`), `${people} people`);
  const fullyLoaded = (await page.textContent('#figure-cost .headline__detail')).replace(' fully loaded', '').trim();
  assert.ok(summary.includes(`>${fullyLoaded}</text>`), `the yearly cost ${fullyLoaded}`);
  const share = (await page.textContent('#figure-cost-share .headline__value')).trim();
  assert.ok(summary.includes(`>${share}</text>`), `the share of ARR ${share}`);
  for (const tier of tiers) assert.ok(summary.includes(`>${tier}</text>`), `a row for ${tier}`);
  const summaryPng = await download(page, '#plan-summary-png');
  const summarySize = svgSize(summary);
  assert.deepEqual(pngSize(await readFile(summaryPng.path)), { width: summarySize.width * 2, height: Math.round(summarySize.height * 2) });
  await copyFile(summaryPng.path, join(SCREENSHOTS, 'image-plan-summary.png'));

  // The three years ahead, drawn outside the charts section, downloads too.
  const outlook = await readFile((await download(page, '#chart-outlook-svg')).path, 'utf8');
  checkFile(outlook, 'Three years ahead', link);
  assert.equal((outlook.match(/<rect /g) ?? []).length, 4, 'its three bars on a white ground');

  // Keyboard: the two buttons follow each other in the tab order.
  await page.focus('#chart-pyramid-svg');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'chart-pyramid-png');
  assert.equal(await page.getAttribute('#chart-pyramid-png', 'aria-label'), 'Download this chart as PNG');
  assert.equal(await page.getAttribute('#plan-summary-svg', 'aria-label'), 'Download this plan summary as SVG');
  // Not printed.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#chart-pyramid-svg'), false);
  assert.equal(await page.isVisible('#plan-summary-png'), false);
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(page.errors, [], 'no console error (a refused image would log one)');
  assert.ok(page.requests.every((r) => r.startsWith(site.server.origin) || r.startsWith('data:') || r.startsWith('blob:')));
  await context.close();
});

test('the embed view offers no download', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 375, height: 800 } });
  await page.goto(`${site.server.url}?embed=1`);
  await page.waitForSelector('#embed-view');
  assert.equal(await page.locator('.image-download').count(), 0);
  await context.close();
});

test('the blog snippet pastes into a plain page and shows the plan with no script', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await namedPlan(page);
  const link = page.url();
  await page.click('#embed-open-dialog');
  const snippet = await eventually(async () => {
    const value = await page.inputValue('#embed-blog-snippet');
    assert.ok(value.length > 100);
    return value;
  });
  await page.click('#embed-blog-copy');
  await eventually(async () => assert.equal((await page.textContent('#embed-panel')).includes('HTML copied'), true));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, snippet);
  assert.ok(!/<script|\son\w+=|<style|class=|var\(/i.test(copied), 'no script, handler, style sheet, class or CSS variable');
  const people = (await page.textContent('#figure-headcount .headline__value')).trim();
  const tiers = await page.$$eval('#tier-table tbody th[scope="row"]', (cells) =>
    cells.map((c) => c.childNodes[0].textContent.trim()),
  );

  // A blog that runs no script at all.
  for (const [width, scheme] of [[1280, 'light'], [375, 'light'], [1280, 'dark'], [375, 'dark']]) {
    const blog = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false, colorScheme: scheme });
    const post = await blog.newPage();
    const address = `${site.server.origin}/a-blog-post.html`;
    await post.route(address, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "script-src 'none'" },
        body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A blog post</title><body><h1>Our team</h1><p>Here is the plan.</p>${copied}</body>`,
      }),
    );
    await post.goto(address);
    const text = await post.textContent('body');
    assert.ok(text.includes(`${people} people`), 'the headline');
    for (const tier of tiers) assert.ok(text.includes(tier), `the row of ${tier}`);
    assert.ok(text.includes(NAME), 'the name, as text');
    assert.equal(await post.getAttribute('figcaption a', 'href'), link, 'a link back to the plan');
    const bars = await post.$$eval('svg rect', (rects) => rects.map((r) => getComputedStyle(r).fill));
    assert.ok(bars.length >= 2 && bars.includes('rgb(29, 95, 191)'), `the people by role, coloured: ${bars}`);
    const box = await post.locator('svg').boundingBox();
    assert.ok(box.width > 200 && box.width <= width, `the chart fits the column (${box.width} px)`);
    const scroll = await post.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `no sideways scroll at ${width} px (${scroll})`);
    await post.screenshot({ path: join(SCREENSHOTS, `image-blog-${width}-${scheme}.png`), fullPage: true });
    await blog.close();
  }
  await context.close();
});

test('screenshots: the download buttons and the Embed panel at 1280 and 375 px, light and dark', async () => {
  for (const width of [1280, 375]) {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 }, colorScheme });
      await page.goto(site.server.url);
      await waitForApp(page);
      await page.locator('#chart-pyramid').scrollIntoViewIfNeeded();
      await page.waitForSelector('#chart-pyramid-png');
      const results = page.locator('.results');
      await results.screenshot({ path: join(SCREENSHOTS, `image-summary-${width}-${colorScheme}.png`) });
      await page.locator('#chart-pyramid').screenshot({ path: join(SCREENSHOTS, `image-chart-${width}-${colorScheme}.png`) });
      await page.click('#embed-open-dialog');
      await eventually(async () => assert.ok((await page.inputValue('#embed-blog-snippet')).length > 100));
      await page.locator('#embed-panel').screenshot({ path: join(SCREENSHOTS, `image-embed-panel-${width}-${colorScheme}.png`) });
      assert.deepEqual(page.errors, []);
      await context.close();
    }
  }
});
