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
