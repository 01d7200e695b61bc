// JSON number arrays → typed arrays, checked element by element. Kept out of the schema
// library on purpose: a model holds ~100,000 numbers and a tight loop checks them in a
// fraction of the time, with the same path-naming errors.
import { fail } from "./errors.js";

const describe = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "number" ? String(v) : typeof v;

export function floatArray(value: unknown, path: string, length: number): Float32Array {
  if (!Array.isArray(value)) fail(path, `expected an array of ${length} numbers, got ${describe(value)}`);
  if (value.length !== length) fail(path, `expected ${length} values, got ${value.length}`);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const v = value[i];
    if (typeof v !== "number" || !Number.isFinite(v) || !Number.isFinite(Math.fround(v))) {
      fail(`${path}[${i}]`, `expected a finite number, got ${describe(v)}`);
    }
    out[i] = v;
  }
  return out;
}

/** A rows × cols matrix given as an array of rows, flattened row-major. */
export function floatRows(value: unknown, path: string, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  forEachRow(value, path, rows, cols, (row, r) => {
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      if (typeof v !== "number" || !Number.isFinite(v) || !Number.isFinite(Math.fround(v))) {
        fail(`${path}[${r}][${c}]`, `expected a finite number, got ${describe(v)}`);
      }
      out[r * cols + c] = v;
    }
  });
  return out;
}

export function int8Rows(value: unknown, path: string, rows: number, cols: number): Int8Array {
  const out = new Int8Array(rows * cols);
  forEachRow(value, path, rows, cols, (row, r) => {
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      if (typeof v !== "number" || !Number.isInteger(v) || v < -127 || v > 127) {
        fail(`${path}[${r}][${c}]`, `expected an integer in [-127, 127], got ${describe(v)}`);
      }
      out[r * cols + c] = v;
    }
  });
  return out;
}

function forEachRow(value: unknown, path: string, rows: number, cols: number, each: (row: unknown[], r: number) => void) {
  if (!Array.isArray(value)) fail(path, `expected ${rows} rows of ${cols} numbers, got ${describe(value)}`);
  if (value.length !== rows) fail(path, `expected ${rows} rows, got ${value.length}`);
  for (let r = 0; r < rows; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row)) fail(`${path}[${r}]`, `expected an array of ${cols} numbers, got ${describe(row)}`);
    if (row.length !== cols) fail(`${path}[${r}]`, `expected ${cols} columns, got ${row.length}`);
    each(row, r);
  }
}

/** Positive per-row scales of an int8 matrix. */
export function scaleArray(value: unknown, path: string, rows: number): Float32Array {
  const out = floatArray(value, path, rows);
  for (let i = 0; i < rows; i++) if (!(out[i]! > 0)) fail(`${path}[${i}]`, `expected a positive scale, got ${out[i]}`);
  return out;
}
