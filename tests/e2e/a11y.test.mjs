// What a screen reader is given: Chromium's accessibility tree of the whole
// page, with every section and data table open and a customer list imported,
// must give each control and each chart a name, and the page one main
// landmark. (The tree is Chromium's own, read over the DevTools protocol.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

/** Roles a person operates: each needs a name to be announced. */
const CONTROLS = new Set([
  'button', 'checkbox', 'combobox', 'link', 'listbox', 'menuitem', 'radio',
  'searchbox', 'slider', 'spinbutton', 'switch', 'tab', 'textbox', 'progressbar',
]);

/** A small list, so the review table and its override menus are on the page. */
function list() {
  const lines = ['Account,ARR,Products,Strategic,Customer since,Renewal date'];
  for (let i = 0; i < 30; i++) {
    lines.push(`Account ${i},"$${(20_000 + i * 9_000).toLocaleString('en-US')}",${1 + (i % 4)},${i % 7 ? 'no' : 'yes'},2025-0${1 + (i % 9)}-15,2027-0${1 + (i % 9)}-01`);
  }
  return lines.join('\n');
}

async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => !n.ignored);
}

const describe = (n) => `${n.role?.value} ${JSON.stringify(n.name?.value ?? '')} (backend node ${n.backendDOMNodeId})`;

for (const view of ['forward', 'backward']) {
  test(`every control and chart has a name a screen reader can announce (${view})`, async () => {
    const { context, page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url + (view === 'backward' ? '?view=backward' : ''));
    await waitForApp(page);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'list.csv', { type: 'text/csv' }));
      const zone = document.querySelector('#accounts-drop');
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, list());
    await page.locator('#accounts-summary', { hasText: 'Kept 30' }).waitFor({ timeout: 15000 });
    // Every collapsible part open, so its controls are in the tree too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    // Sections far off screen are skipped by the browser (content-visibility:
    // auto) until they come near: a window as tall as the page shows them all.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(300);

    const nodes = await axTree(page);
    const unnamed = nodes.filter((n) => CONTROLS.has(n.role?.value) && !String(n.name?.value ?? '').trim());
    assert.deepEqual(unnamed.map(describe), [], 'controls without an accessible name');

    const charts = nodes.filter((n) => n.role?.value === 'image' || n.role?.value === 'img');
    assert.ok(charts.length >= 5, `expected the five charts as named images, found ${charts.length}`);
    const unnamedCharts = charts.filter((n) => !String(n.name?.value ?? '').trim());
    assert.deepEqual(unnamedCharts.map(describe), [], 'images without a name');

    const mains = nodes.filter((n) => n.role?.value === 'main');
    assert.equal(mains.length, 1, 'one main landmark');
    const controls = nodes.filter((n) => CONTROLS.has(n.role?.value));
    assert.ok(controls.length > 100, `the whole page's controls were read (${controls.length})`);
    await context.close();
  });
}
