// Adds a Content-Security-Policy to the built dist/index.html that allows only
// the page's own files. Trunk injects one inline module script (the wasm
// loader); it is allowed by its SHA-256 hash, not by 'unsafe-inline'.
// Usage: node scripts/csp.mjs dist/index.html
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2];
let html = readFileSync(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error(`${file} already has a Content-Security-Policy`);
  process.exit(0);
}
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
const policy = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the page compile its own WebAssembly; nothing else is evaluated.
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  // Bar widths are set per element (style="flex-grow: …"): attributes only, no style sheets.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(html)) {
  console.error(`${file}: no <meta charset> to anchor the policy after`);
  process.exit(1);
}
html = html.replace(charset, (m) => `${m}\n    ${meta}`);
writeFileSync(file, html);
console.error(`Content-Security-Policy added to ${file} (${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'})`);
