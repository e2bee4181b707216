// Writes a brotli (.br) and a gzip (.gz) copy next to every text and
// WebAssembly file of a built site, at the strongest levels, for hosts that
// serve precompressed files (nginx gzip_static / brotli_static, Caddy
// precompressed, most static hosts): the browser then gets the brotli copy,
// about a fifth smaller than gzip, with no compression work per request.
// Usage: node scripts/precompress.mjs dist
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json', '.txt']);
const dir = process.argv[2];
for (const name of readdirSync(dir)) {
  const file = join(dir, name);
  if (!statSync(file).isFile() || !COMPRESSIBLE.has(extname(name))) continue;
  const body = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  );
}
