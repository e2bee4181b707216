// Prints the code size of the functions of a WebAssembly file whose names
// contain a given text, from the file's name section (so run it on the wasm
// that cargo writes, before wasm-bindgen and wasm-opt strip the names).
// Not a test. Usage: node tests/bench/wasm-functions.mjs FILE.wasm TEXT
import { readFileSync } from 'node:fs';

const [file, text] = process.argv.slice(2);
if (!file || !text) {
  console.error('usage: node tests/bench/wasm-functions.mjs FILE.wasm TEXT');
  process.exit(2);
}
const bytes = readFileSync(file);

function leb(at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function skipLimits(at) {
  const flags = bytes[at++];
  [, at] = leb(at);
  if (flags & 1) [, at] = leb(at);
  return at;
}

let at = 8, imported = 0;
const sizes = [], names = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  let length;
  [length, at] = leb(at);
  const end = at + length;
  let p = at, count;
  if (id === 2) { // imports: functions among them shift the indices
    [count, p] = leb(p);
    for (let k = 0; k < count; k++) {
      for (let s = 0; s < 2; s++) { let l; [l, p] = leb(p); p += l; }
      const kind = bytes[p++];
      if (kind === 0) { [, p] = leb(p); imported++; }
      else if (kind === 1) { p = skipLimits(p + 1); }
      else if (kind === 2) { p = skipLimits(p); }
      else if (kind === 3) { p += 2; }
      else if (kind === 4) { p += 1; [, p] = leb(p); }
    }
  } else if (id === 10) { // code: one body per defined function
    [count, p] = leb(p);
    for (let k = 0; k < count; k++) { let l; [l, p] = leb(p); sizes.push(l); p += l; }
  } else if (id === 0) { // custom: the name section's function names
    let l;
    [l, p] = leb(p);
    const section = bytes.subarray(p, p + l).toString();
    p += l;
    while (section === 'name' && p < end) {
      const sub = bytes[p++];
      let subLength;
      [subLength, p] = leb(p);
      const subEnd = p + subLength;
      if (sub === 1) {
        [count, p] = leb(p);
        for (let k = 0; k < count; k++) {
          let index, n;
          [index, p] = leb(p);
          [n, p] = leb(p);
          names.set(index, bytes.subarray(p, p + n).toString());
          p += n;
        }
      }
      p = subEnd;
    }
  }
  at = end;
}
if (names.size === 0) {
  console.error(`${file} has no function names (was it stripped?)`);
  process.exit(1);
}
let total = 0;
const rows = [];
sizes.forEach((size, k) => {
  const name = names.get(k + imported) ?? '';
  if (name.includes(text)) { rows.push([size, name]); total += size; }
});
rows.sort((a, b) => b[0] - a[0]);
for (const [size, name] of rows) console.log(String(size).padStart(8), name);
console.log(String(total).padStart(8), `bytes in ${rows.length} functions (of ${sizes.reduce((a, b) => a + b, 0)} in all)`);
