// The Accounts section, used as a person would: drop a customer list, fix a
// column mapping, change a weight, override an account and see the plan
// change; share the link and check that no account name is in it (nor in the
// page's storage without the opt-in); paste from a spreadsheet; a file that
// is not a table; a <script> name; remember, reload, forget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSite, openPage, screenshot, waitForApp } from './harness.mjs';

const site = useSite({ before, after });

const headcount = (page) => page.textContent('#figure-headcount .headline__value');
const tierTable = (page) => page.locator('#tier-table tbody').textContent();

/** Account names of the list below: none may leave the page. */
const NAMES = ['Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Wingtip', 'Litware', 'Adventure Works', 'Proseware'];

/** A CRM export: comma-separated, money as "$240,000", 64 accounts; the
 * ARR column is headed "Fee", which the guess does not know. */
function crmExport() {
  const lines = ['Company,Fee,Products,Complexity,Strategic,Region,Industry'];
  for (let i = 0; i < 64; i++) {
    const name = i < NAMES.length ? NAMES[i] : `Account ${String(i).padStart(3, '0')}`;
    const arr = Math.round(400_000 / (1 + i * 0.6));
    const strategic = i % 9 === 4 ? 'yes' : 'no';
    lines.push(`${name},"$${arr.toLocaleString('en-US')}",${1 + (i % 5)},${1 + ((i * 7) % 5)},${strategic},${i % 2 ? 'EMEA' : 'Americas'},Software`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** Drops a file made in the page (a File in a DataTransfer) on the drop zone. */
async function dropFile(page, name, text, type = 'text/csv') {
  await page.evaluate(
    ({ name, text, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type }));
      const zone = document.querySelector('#accounts-drop');
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    { name, text, type },
  );
}

async function waitForSummary(page, text) {
  await page.locator('#accounts-summary', { hasText: text }).waitFor({ timeout: 15000 });
}

function assertNoNames(text, where) {
  for (const name of NAMES) assert.ok(!text.includes(name), `${name} is in ${where}`);
  assert.ok(!/Account 0\d\d/.test(text), `an account name is in ${where}`);
}

async function assertClean(page) {
  assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity|undefined/);
  for (const url of page.requests) assert.ok(url.startsWith(site.server.origin), `request left the page: ${url}`);
  assert.deepEqual(page.errors, []);
}

/** Everything this page keeps on the device: localStorage and IndexedDB. */
async function stored(page) {
  return page.evaluate(async () => {
    const local = JSON.stringify({ ...localStorage });
    const records = await new Promise((done) => {
      const open = indexedDB.open('tierplan');
      open.onerror = () => done(-1);
      open.onupgradeneeded = () => {}; // a database created here is empty
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('accounts')) {
          db.close();
          done(0);
          return;
        }
        const count = db.transaction('accounts').objectStore('accounts').count();
        count.onsuccess = () => {
          db.close();
          done(count.result);
        };
        count.onerror = () => done(-1);
      };
    });
    return { local, records };
  });
}

test('drop a list, fix its mapping, change a weight, override an account: the plan follows, the link has no name', async () => {
  const { context, page } = await openPage(site.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await page.goto(site.server.url);
  await waitForApp(page);
  const before = await headcount(page);
  const beforeTiers = await tierTable(page);

  await dropFile(page, 'crm-export.csv', crmExport());
  await waitForSummary(page, 'found 64 rows');
  // No ARR column yet: said at the mapping, and the plan is untouched.
  await page.locator('.mapping__missing', { hasText: 'ARR' }).waitFor();
  assert.equal(await page.inputValue('#accounts-column-0'), 'name');
  assert.equal(await page.inputValue('#accounts-column-1'), '');
  assert.equal(await tierTable(page), beforeTiers);

  // Fixing the mapping reads the list again and the plan takes its tiers.
  await page.selectOption('#accounts-column-1', 'arr');
  await page.locator('#accounts-status', { hasText: 'come from this list' }).waitFor();
  await waitForSummary(page, 'Kept 64 rows, skipped 0, 1 warning');
  // The one warning: no "Customer since" column, so no first-year customers.
  assert.match(await page.textContent('#accounts-notes'), /Customer since/);
  await page.waitForFunction((t) => document.querySelector('#tier-table tbody').textContent !== t, beforeTiers);
  const imported = await headcount(page);
  assert.notEqual(imported, before, 'the headcount follows the list');
  const counts = async () => [0, 1, 2].map(async (i) => page.textContent(`#accounts-tier-${i}-count`));
  const total = async () => (await Promise.all(await counts())).reduce((n, t) => n + Number(t.replace(/[^0-9]/g, '')), 0);
  assert.equal(await total(), 64);
  await screenshot(page, 'accounts-imported');

  // The weighted score: strategic accounts weigh more, the tiers move.
  await page.selectOption('#accounts-rule', 'score');
  await page.locator('#accounts-tiering-weights-strategic').waitFor();
  const byScore = await tierTable(page);
  await page.fill('#accounts-tiering-weights-strategic', '60');
  await page.waitForFunction((t) => document.querySelector('#tier-table tbody').textContent !== t, byScore);
  assert.equal(await total(), 64);

  // An account moved by hand is kept as an override; the plan follows.
  const firstTier = await page.textContent('#accounts-tier-0-count');
  const afterWeight = await tierTable(page);
  await page.fill('#review-search', 'Account 063');
  const menu = page.locator('#accounts-review-scroll [role=row] select').first();
  await menu.selectOption('0');
  await page.locator('#accounts-review-scroll .badge', { hasText: 'override' }).waitFor();
  await page.waitForFunction((t) => document.querySelector('#tier-table tbody').textContent !== t, afterWeight);
  assert.notEqual(await page.textContent('#accounts-tier-0-count'), firstTier);
  assert.match(await page.textContent('#review-disagreements'), /Account 063/);
  await screenshot(page, 'accounts-override');

  // The tiered list downloads as CSV with its tier, reason and override.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#accounts-export')]);
  assert.equal(csv.suggestedFilename(), 'crm-export-tiered.csv');
  const exported = (await readFile(await csv.path(), 'utf8')).split('\r\n');
  assert.match(exported[0], /^Company,Fee,.*Tier,Rule tier,Score,Reason,Override$/);
  assert.equal(exported.filter((l) => l.length).length, 65);
  assert.match(exported.find((l) => l.startsWith('Account 063')), /,High touch,Tech touch,.*,High touch$/);

  // Copy link: totals, the rule and the weights; no account name.
  assert.match(await page.textContent('#share-privacy'), /never account names or rows/);
  await page.click('#copy-link');
  await page.locator('#share-status', { hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assertNoNames(decodeURIComponent(copied), 'the link');
  const plan = await tierTable(page);
  const people = await headcount(page);

  // The link opens the same plan elsewhere, without the list.
  const fresh = await openPage(site.browser);
  await fresh.page.goto(copied);
  await waitForApp(fresh.page);
  assert.equal(await tierTable(fresh.page), plan);
  assert.equal(await headcount(fresh.page), people);
  await fresh.page.locator('#accounts-status', { hasText: 'imported list' }).waitFor();
  assertNoNames(await fresh.page.textContent('body'), 'the page opened from the link');
  const [download] = await Promise.all([fresh.page.waitForEvent('download'), fresh.page.click('#save-scenario')]);
  assertNoNames(await readFile(await download.path(), 'utf8'), 'the scenario file');
  await assertClean(fresh.page);
  await fresh.context.close();

  // Nothing was kept on this device without the opt-in, and a reload has no list.
  await page.waitForTimeout(400);
  const kept = await stored(page);
  assertNoNames(kept.local, 'localStorage');
  assert.equal(kept.records, 0);
  await page.reload();
  await waitForApp(page);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#accounts-summary').count(), 0);
  assertNoNames(page.url(), 'the address');
  assertNoNames(await page.textContent('body'), 'the reloaded page');
  assert.equal(await tierTable(page), plan, 'the plan keeps the list totals');
  await assertClean(page);
  await context.close();
});

test('cells pasted from a spreadsheet are imported', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await page.click('.paste summary');
  const cells = 'Account name\tARR\tEmployees\tRenewal date\nNorthwind Traders\t$45,000.00\t1200\t15/03/2027\nContoso\t1.2M\t80\t01/11/2026\nFabrikam\t15k\t12\t\n';
  await page.fill('#accounts-paste', cells);
  await page.click('#accounts-paste-import');
  await waitForSummary(page, 'Kept 3 rows');
  await page.locator('#accounts-status', { hasText: 'come from this list' }).waitFor();
  assert.equal(await page.inputValue('#accounts-column-1'), 'arr');
  const rows = await page.locator('#accounts-review-scroll [role=row]').allTextContents();
  assert.equal(rows.length, 3);
  assert.ok(rows.some((r) => r.includes('Contoso') && r.includes('1,200,000')), rows.join('\n'));
  await assertClean(page);
  await context.close();
});

test('a file that is not a table, or empty, gets a message and the plan stays as it was', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const beforeTiers = await tierTable(page);
  const beforeUrl = page.url();

  await dropFile(page, 'notes.txt', 'Just a note to self\nnothing tabular here\n', 'text/plain');
  await page.locator('#accounts-refusal').waitFor();
  assert.match(await page.textContent('#accounts-refusal'), /table|column/i);
  await dropFile(page, 'empty.csv', '');
  await page.locator('#accounts-refusal', { hasText: /empty/i }).waitFor();
  assert.equal(await tierTable(page), beforeTiers);
  assert.equal(page.url(), beforeUrl);
  assert.equal(await page.locator('#accounts-summary').count(), 0);

  // With a list on the page, a bad file leaves that list and the plan alone.
  await dropFile(page, 'crm.csv', 'Account,ARR\nNorthwind Traders,240000\nContoso,15000\n');
  await waitForSummary(page, 'Kept 2 rows');
  await page.locator('#accounts-status', { hasText: 'come from this list' }).waitFor();
  const withList = await tierTable(page);
  await dropFile(page, 'image.png', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'image/png');
  await page.locator('#accounts-refusal').waitFor();
  assert.equal(await tierTable(page), withList);
  await waitForSummary(page, 'Kept 2 rows');

  // A header and no row, or rows that are all skipped: refused like an
  // empty file; the list, the plan and the link stay as they were.
  // The address follows the plan after 250 ms: the list's address first.
  await page.waitForFunction((u) => location.href !== u, beforeUrl);
  await page.waitForTimeout(400);
  const withListUrl = page.url();
  const headcountWithList = await headcount(page);
  const movesWithList = await page.textContent('.review__panels');
  await dropFile(page, 'header-only.csv', 'Account,ARR,Renewal date\n');
  await page.locator('#accounts-refusal', { hasText: 'no account rows' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await tierTable(page), withList);
  assert.equal(await headcount(page), headcountWithList);
  assert.equal(page.url(), withListUrl);
  await waitForSummary(page, 'Kept 2 rows');
  assert.equal(await page.textContent('.review__panels'), movesWithList, 'the moves between tiers stay');
  await dropFile(page, 'all-bad.csv', 'Account,ARR\nNorthwind Traders,abc\nContoso,-5\n');
  await page.locator('#accounts-refusal', { hasText: 'line 2' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await tierTable(page), withList);
  assert.equal(page.url(), withListUrl);
  await waitForSummary(page, 'Kept 2 rows');
  await screenshot(page, 'accounts-refused');
  await assertClean(page);
  await context.close();
});

test('weighted score on a list without products, complexity or strategic: said next to the rule, and the big accounts are not all in the last tier', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const lines = ['Account,ARR,Renewal date,Current tier'];
  const arrs = [1_200_000, 820_000, 650_000, 262_000, 262_000, 140_000, 40_000, 12_000];
  arrs.forEach((arr, i) => lines.push(`${NAMES[i]},${arr},2026-0${1 + (i % 9)}-15,High touch`));
  await dropFile(page, 'normal.csv', lines.join('\n') + '\n');
  await waitForSummary(page, 'Kept 8 rows');
  await page.locator('#accounts-status', { hasText: 'come from this list' }).waitFor();
  // Under ARR cut-offs there is no score column.
  assert.doesNotMatch(await page.textContent('#accounts-review .review__head'), /Score/);
  const byArr = await tierTable(page);

  await page.selectOption('#accounts-rule', 'score');
  const note = page.locator('#accounts-score-note');
  await note.waitFor();
  const said = await note.textContent();
  assert.match(said, /no column for products, complexity and strategic/);
  assert.match(said, /scaled from the 40 points/);
  assert.match(said, /score cut-offs mean: .*from \$600,000/);
  await page.waitForFunction((t) => document.querySelector('#tier-table tbody').textContent !== t, byArr);
  const count = async (i) => Number((await page.textContent(`#accounts-tier-${i}-count`)).replace(/[^0-9]/g, ''));
  assert.equal(await count(0), 3, 'the three accounts from $600k earn 60 points or more');
  assert.equal(await count(1), 0);
  assert.equal(await count(2), 5);
  assert.match(await page.textContent('#accounts-review .review__head'), /Score \(points\)/);
  assert.doesNotMatch(await page.textContent('#section-accounts'), /seed 004|Full points at 1 flag/);

  // No column heading is cut, and the override menu shows its whole label.
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('#accounts-review .review__head [role=columnheader]')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent));
  assert.deepEqual(cut, []);
  // The override menu shows its whole label.
  const fits = await page.evaluate(() => {
    const select = document.querySelector('#accounts-review-scroll select');
    const style = getComputedStyle(select);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const label = select.options[select.selectedIndex].text;
    return { label, text: ctx.measureText(label).width, box: select.clientWidth };
  });
  assert.ok(fits.text + 24 <= fits.box, `"${fits.label}" (${fits.text}px) in ${fits.box}px`);
  await screenshot(page, 'accounts-score-note');
  await assertClean(page);
  await context.close();
});

test('data quality is said: an empty ARR, another currency than the plan’s, no Customer since', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await dropFile(page, 'euro.csv', 'Account;ARR\nNorthwind Traders;€ 45.000,00\nContoso;\nFabrikam;€ 1.200.000\n');
  await waitForSummary(page, 'Kept 3 rows, skipped 0, 3 warnings');
  const notes = await page.textContent('#accounts-notes');
  assert.match(notes, /ARR is written in € \(2 rows, first on line 2\) but the plan counts in USD/);
  assert.match(notes, /Customer since/);
  await page.click('#accounts-warnings summary');
  assert.match(await page.textContent('#accounts-warnings'), /Line 3: ARR is empty: counted as 0/);
  await assertClean(page);
  await context.close();
});

test('a <script> in an account name is shown as text', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const hostile = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">';
  await dropFile(page, 'hostile.csv', `Account,ARR\n"${hostile.replaceAll('"', '""')}",50000\nContoso,15000\n`);
  await waitForSummary(page, 'Kept 2 rows');
  const name = page.locator('#accounts-review-scroll .review__name').first();
  assert.equal(await name.textContent(), hostile);
  assert.equal(await page.locator('#accounts-review script, #accounts-review img').count(), 0);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  await assertClean(page);
  await context.close();
});

test('remember this list on this device: back after a reload, gone after forget', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  await dropFile(page, 'crm.csv', crmExport().replace('Company,Fee', 'Company,ARR'));
  await waitForSummary(page, 'Kept 64 rows');
  await page.locator('#accounts-status', { hasText: 'come from this list' }).waitFor();
  await page.check('#accounts-remember');
  await page.waitForFunction(async () => {
    const db = await new Promise((ok) => {
      const open = indexedDB.open('tierplan');
      open.onsuccess = () => ok(open.result);
    });
    if (!db.objectStoreNames.contains('accounts')) return false;
    const n = await new Promise((ok) => {
      const r = db.transaction('accounts').objectStore('accounts').count();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return n === 2;
  });

  // An override made after the opt-in is remembered too.
  await page.fill('#review-search', 'Account 063');
  await page.locator('#accounts-review-scroll [role=row] select').first().selectOption('0');
  await page.locator('#accounts-review-scroll .badge', { hasText: 'override' }).waitFor();
  await page.waitForTimeout(300);

  await page.reload();
  await waitForApp(page);
  await waitForSummary(page, 'Kept 64 rows');
  assert.equal(await page.isChecked('#accounts-remember'), true);
  assert.match(await page.textContent('#accounts-summary'), /crm\.csv/);
  await page.locator('#review-disagreements', { hasText: 'Account 063' }).waitFor();
  await screenshot(page, 'accounts-remembered');

  await page.click('#accounts-forget');
  await page.locator('#accounts-summary').waitFor({ state: 'detached' });
  await page.waitForFunction(async () => {
    const db = await new Promise((ok) => {
      const open = indexedDB.open('tierplan');
      open.onsuccess = () => ok(open.result);
    });
    const n = await new Promise((ok) => {
      const r = db.transaction('accounts').objectStore('accounts').count();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return n === 0;
  });
  await page.reload();
  await waitForApp(page);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#accounts-summary').count(), 0);
  assertNoNames(await page.textContent('body'), 'the page after forget');

  // Ticked then unticked: nothing stays on the device.
  await dropFile(page, 'crm.csv', crmExport().replace('Company,Fee', 'Company,ARR'));
  await waitForSummary(page, 'Kept 64 rows');
  await page.check('#accounts-remember');
  await page.waitForTimeout(300);
  await page.uncheck('#accounts-remember');
  await page.waitForTimeout(300);
  assert.equal((await stored(page)).records, 0);
  await assertClean(page);
  await context.close();
});

test('undoing the import gives the plan its numbers back; the list can be used again', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const before = await tierTable(page);
  await dropFile(page, 'crm.csv', crmExport().replace('Company,Fee', 'Company,ARR'));
  await page.locator('#accounts-status', { hasText: 'come from this list' }).waitFor();
  const imported = await tierTable(page);
  assert.notEqual(imported, before);

  await page.click('#undo');
  await page.locator('#accounts-use').waitFor();
  assert.equal(await tierTable(page), before);
  // A change of rule now leaves the plan alone: it does not use the list.
  await page.fill('#accounts-tiers-0-min-arr', '50000');
  await page.waitForTimeout(300);
  assert.equal(await tierTable(page), before);

  await page.click('#accounts-use');
  await page.locator('#accounts-status', { hasText: 'come from this list' }).waitFor();
  assert.notEqual(await tierTable(page), before);
  assert.notEqual(await tierTable(page), imported, 'with the new cut-off');
  await assertClean(page);
  await context.close();
});

test('a long import shows its progress and can be cancelled', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const before = await tierTable(page);
  await page.evaluate(() => {
    const rows = ['Account,ARR'];
    for (let i = 0; i < 400_000; i++) rows.push(`Account ${i},${1000 + (i % 500_000)}`);
    const data = new DataTransfer();
    data.items.add(new File([rows.join('\n')], 'big.csv', { type: 'text/csv' }));
    document.querySelector('#accounts-drop').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
  });
  const bar = page.locator('#accounts-progress [role=progressbar]');
  await bar.waitFor();
  assert.match(await page.textContent('#accounts-progress-text'), /^(Reading|Tiering|Adding up|Reading rows) \d+% · [\d,]+ rows$/);
  await page.click('#accounts-cancel');
  await bar.waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#accounts-summary').count(), 0);
  assert.equal(await tierTable(page), before);
  await assertClean(page);
  await context.close();
});

test('Tab and Shift+Tab reach every control of the Accounts section, however long the list', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  // 400 accounts, far more than the review's 12 visible rows; each with a
  // tier today, so the moves panel has its menus and download too.
  const lines = ['Account,ARR,Tier'];
  for (let i = 0; i < 400; i++) lines.push(`Account ${String(i).padStart(3, '0')},${1000 + i * 997},${['High touch', 'Low touch', 'Tech touch'][i % 3]}`);
  await dropFile(page, 'long.csv', lines.join('\n') + '\n');
  await waitForSummary(page, 'Kept 400 rows');
  await page.locator('#review-moved').waitFor();

  // From the first row's menu, forward Tab leaves the table after the rows
  // in view and reaches the download, then the rest of the section.
  await page.focus('#accounts-review-scroll [role=row] select');
  const seen = [];
  for (let i = 0; i < 60 && seen.at(-1) !== 'accounts-forget'; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName));
  }
  for (const id of ['review-moved-from', 'review-moved-to', 'review-moved-export', 'accounts-export', 'accounts-remember', 'accounts-forget']) {
    assert.ok(seen.includes(id), `Tab reaches #${id}: ${seen.join(' ')}`);
  }
  const rowMenus = seen.filter((id) => id.startsWith('accounts-override-'));
  assert.ok(rowMenus.length <= 12, `${rowMenus.length} row menus before leaving the table`);
  assert.equal(await page.evaluate(() => document.querySelector('#accounts-review-scroll').scrollTop), 0, 'tabbing did not scroll the table');

  // Shift+Tab goes back into the table the same way.
  await page.focus('#accounts-export');
  const back = [];
  for (let i = 0; i < 40 && !back.at(-1)?.startsWith('accounts-override-'); i++) {
    await page.keyboard.press('Shift+Tab');
    back.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName));
  }
  assert.ok(back.at(-1).startsWith('accounts-override-'), `Shift+Tab reaches a row menu: ${back.join(' ')}`);

  // The rows below are reached by scrolling the table (the arrow keys on
  // it), then tabbing into the rows now in view.
  await page.focus('#accounts-review-scroll');
  for (let i = 0; i < 30; i++) await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('#accounts-review-scroll').scrollTop > 4000);
  // PageDown scrolls smoothly: wait until the table has come to rest.
  await page.waitForFunction(async () => {
    const el = document.querySelector('#accounts-review-scroll');
    const top = el.scrollTop;
    await new Promise((done) => setTimeout(done, 250));
    return el.scrollTop === top;
  });
  await page.keyboard.press('Tab');
  const reached = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  assert.match(reached, /^accounts-override-\d+$/);
  assert.ok(Number(reached.split('-').at(-1)) > 100, `a row far down the list: ${reached}`);
  await screenshot(page, 'accounts-keyboard');
  await assertClean(page);
  await context.close();
});

test('the skipped rows and the moves download as CSV; leaving with overrides kept nowhere asks first', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.server.url);
  await waitForApp(page);
  const text = 'Account,ARR,Tier\nNorthwind Traders,150000,Low touch\nContoso,150000,High touch\n,700,Low touch\nFabrikam,abc,Tech touch\nLitware,500,High touch\n';
  await dropFile(page, 'crm.csv', text);
  await waitForSummary(page, 'Kept 3 rows, skipped 2');
  assert.match(await page.textContent('#accounts-keep-note'), /keeps the plan .* but not this list/);

  const [skipped] = await Promise.all([page.waitForEvent('download'), page.click('#accounts-export-skipped')]);
  assert.equal(skipped.suggestedFilename(), 'crm-skipped.csv');
  assert.equal(
    await readFile(await skipped.path(), 'utf8'),
    'Line,Reason,Account,ARR,Tier\r\n4,No account name,,700,Low touch\r\n5,"ARR ""abc"" is not an amount",Fabrikam,abc,Tech touch\r\n',
  );
  assert.match(await page.textContent('#review-moved'), /Northwind Traders: Low touch → High touch/);
  const [moved] = await Promise.all([page.waitForEvent('download'), page.click('#review-moved-export')]);
  assert.equal(moved.suggestedFilename(), 'crm-moves.csv');
  assert.equal(
    await readFile(await moved.path(), 'utf8'),
    'Line,Account,Tier today,New tier\r\n2,Northwind Traders,Low touch,High touch\r\n6,Litware,High touch,Tech touch\r\n',
  );

  // An override that no device keeps: said before a reload, and asked on leaving.
  await page.selectOption('#accounts-override-0', '2');
  await page.locator('#accounts-keep-note', { hasText: 'nor 1 tier set by hand' }).waitFor();
  // The "override" badge sits whole inside its cell, wide window or phone.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 720 });
    const [badge, cell] = await page.evaluate(() => {
      const b = document.querySelector('[data-row="0"] .badge');
      const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
      return [box(b), box(b.closest('[role=cell]'))];
    });
    assert.ok(badge.right - badge.left > 20, `the badge is drawn at ${width} px`);
    assert.ok(badge.left >= cell.left - 0.5 && badge.right <= cell.right + 0.5 && badge.top >= cell.top - 0.5 && badge.bottom <= cell.bottom + 0.5,
      `the badge ${JSON.stringify(badge)} is inside its cell ${JSON.stringify(cell)} at ${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.click('#review-search');
  const asked = new Promise((done) => page.once('dialog', (d) => { done(d.type()); d.accept(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  await context.close();
});

/** The summary's counts and what its panels list: "skipped N" and "N
 * warnings" in the headline, the items of each panel and the count in its
 * title. */
async function counted(page) {
  return page.evaluate(() => {
    const headline = document.querySelector('#accounts-summary').textContent;
    const said = (re) => Number((headline.match(re) ?? [, '0'])[1].replace(/,/g, ''));
    const panel = (id) => {
      const el = document.querySelector(id);
      if (!el) return { items: 0, title: 0 };
      const title = el.querySelector('summary').textContent.match(/\(([\d,]+)\)/);
      const more = el.querySelector('.problems__more')?.textContent.match(/[\d,]+/);
      return {
        items: el.querySelectorAll('li').length + (more ? Number(more[0].replace(/,/g, '')) : 0),
        title: title ? Number(title[1].replace(/,/g, '')) : NaN,
      };
    };
    return {
      headline,
      skipped: said(/skipped ([\d,]+)/),
      warnings: said(/([\d,]+) warnings?/),
      skippedPanel: panel('#accounts-skipped'),
      warningsPanel: panel('#accounts-warnings'),
    };
  });
}

test('a pasted list counts as many warnings and skipped lines as its panels list', async () => {
  const lists = {
    'an empty ARR': 'Account\tARR\nNorthwind Traders\t45000\nContoso\t\nFabrikam\t15000\n',
    'an unreadable ARR': 'Account\tARR\nNorthwind Traders\t45000\nContoso\tlots\nFabrikam\t15000\n',
    'a duplicate account': 'Account\tARR\nNorthwind Traders\t45000\nContoso\t80000\nNorthwind Traders\t45000\n',
    'a blank line': 'Account\tARR\nNorthwind Traders\t45000\n\nFabrikam\t15000\n',
    'an unreadable date, with Customer since': 'Account\tARR\tCustomer since\nNorthwind Traders\t45000\t2024-03-01\nContoso\t80000\tsoon\n',
    'another currency': 'Account\tARR\nNorthwind Traders\t€45000\nContoso\t\n',
  };
  for (const [what, cells] of Object.entries(lists)) {
    const { context, page } = await openPage(site.browser);
    await page.goto(site.server.url);
    await waitForApp(page);
    await page.click('.paste summary');
    await page.fill('#accounts-paste', cells);
    await page.click('#accounts-paste-import');
    await waitForSummary(page, 'Kept ');
    const c = await counted(page);
    assert.equal(c.warningsPanel.items, c.warnings, `${what}: ${c.headline} but the warnings listed are ${c.warningsPanel.items}`);
    assert.equal(c.warningsPanel.title, c.warnings || NaN, `${what}: ${c.headline}, the panel's title says ${c.warningsPanel.title}`);
    assert.equal(c.skippedPanel.items, c.skipped, `${what}: ${c.headline} but the lines listed are ${c.skippedPanel.items}`);
    if (what === 'an empty ARR') await screenshot(page, 'accounts-warnings-counted');
    await assertClean(page);
    await context.close();
  }
});
