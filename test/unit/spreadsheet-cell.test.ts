import { describe, expect, it } from 'vitest';
import { fromSpreadsheetCell, spreadsheetCell } from '../../server/src/modules/lead/spreadsheet-cell.js';

describe('spreadsheet cells', () => {
  it('guard text a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+SUM(A1)', '-2+3*cmd', '@SUM(A1)', '\t=x', '\r=x']) expect(spreadsheetCell(value)).toBe(`'${value}`);
  });
  it('leave plain text and plain numbers alone', () => {
    for (const value of ['Ibu Sari', '+6281234567890', '-5', '1.500.000', '', "it's"]) expect(spreadsheetCell(value)).toBe(value);
  });
  it('read a guarded value back as it was typed', () => {
    for (const value of ['=1+1', '@SUM(A1)', '+x', 'Ibu Sari', "'quoted"]) expect(fromSpreadsheetCell(spreadsheetCell(value))).toBe(value);
  });
});
