/**
 * What a reading says in figures, without the sentences it quotes: a text printed another way
 * (thousands separators, full-width digits) must read into the same figures, while its quotes
 * keep the text as printed.
 */
import type { Reading } from "../src/reader/types";

export function readingFigures(reading: Reading) {
  return {
    tables: reading.tables,
    claims: reading.claims.map(({ text: _text, ...claim }) => claim),
    subsidies: reading.subsidies.map(({ text: _text, ...subsidy }) => subsidy),
    staff: reading.staff,
    year: reading.year,
  };
}

/**
 * A table's figures where a 0 may be left blank: text copied one cell per line loses the blank
 * cells that placed a 0 nothing else decides. Notes (how it was read) are left out, and labels
 * without white space (such text loses the space in "1. 一般…").
 */
export function figuresWithoutZeros(table: unknown): unknown {
  return JSON.parse(JSON.stringify(table), (key, value) => (value === "0" || key === "notes" ? undefined : key === "label" ? value.replace(/\s+/g, "") : value));
}
