// Rewrites the staged index.html so that an address holding a plan loads the
// link preview (src/bin/preview.rs) before the calculator, and the bare
// address loads the calculator as Trunk would. Run by scripts/preview.sh.
//
// Why: on a slow phone the calculator's WebAssembly takes seconds to arrive;
// the preview, a fifth of its size, draws the link's plan first. The two
// must not share the line: the calculator's own download starts once the
// preview's has arrived, so the preview is not slowed by it.
//
// The preview's files are named after a hash of their content, as Trunk
// names the calculator's, so a host's cache never mixes versions.
// Usage: node scripts/loader.mjs STAGING_DIR PREVIEW_DIR
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [stage, built] = process.argv.slice(2);
const page = join(stage, 'index.html');
let html = readFileSync(page, 'utf8');

const wasmBytes = readFileSync(join(built, 'preview_bg.wasm'));
const hash = createHash('sha256').update(wasmBytes).update(readFileSync(join(built, 'preview.js'))).digest('hex').slice(0, 16);
const name = `preview-${hash}`;
copyFileSync(join(built, 'preview.js'), join(stage, `${name}.js`));
copyFileSync(join(built, 'preview_bg.wasm'), join(stage, `${name}_bg.wasm`));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Trunk's loader (one inline module script) and its two preloads.
// The files' folder is the public URL: './' for the site, '/' for `trunk serve`.
const loader = /<script type="?module"?>import init, \* as bindings from '([^']*?)(tierplan-[0-9a-f]+)\.js';[\s\S]*?<\/script>/;
const found = loader.exec(html);
if (!found) {
  console.error(`${page}: Trunk's loader script was not found; the preview is not added`);
  process.exit(1);
}
const base = found[1];
const app = `${base}${found[2]}`;
const preview = `${base}${name}`;
const preloads = new RegExp(`<link[^>]*href="?${escape(app)}(_bg\\.wasm|\\.js)"?[^>]*>`, 'g');
if ((html.match(preloads) ?? []).length !== 2) {
  console.error(`${page}: Trunk's two preloads of ${app} were not found; the preview is not added`);
  process.exit(1);
}
html = html.replace(preloads, '');

// Before the page is parsed further: fetch what this address needs first.
const early = `<script>(function (link) {
  function preload(href, wasm) {
    var l = document.createElement('link');
    l.rel = wasm ? 'preload' : 'modulepreload';
    if (wasm) { l.as = 'fetch'; l.type = 'application/wasm'; }
    l.crossOrigin = 'anonymous';
    l.href = href;
    document.head.appendChild(l);
  }
  var first = link ? '${preview}' : '${app}';
  preload(first + '.js');
  preload(first + '_bg.wasm', true);
})(document.documentElement.classList.contains('boot-link'));</script>`;

// The preview draws the link's plan; whatever it meets, the calculator starts.
const start = `<script type="module">
let appWasm = '${app}_bg.wasm';
if (document.documentElement.classList.contains('boot-link')) {
  try {
    const [preview, bytes] = await Promise.all([
      import('${preview}.js'),
      fetch('${preview}_bg.wasm').then((r) => r.arrayBuffer()),
    ]);
    appWasm = fetch(appWasm);
    await preview.default({ module_or_path: bytes });
  } catch (e) {
    console.warn('tierplan: the plan preview did not draw; the calculator will', e);
  }
}
const bindings = await import('${app}.js');
const wasm = await bindings.default({ module_or_path: appWasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
</script>`;
html = html.replace(loader, () => early + start);
writeFileSync(page, html);
console.error(`${page}: loads ${name} first for a link (${wasmBytes.length} bytes of WebAssembly)`);
