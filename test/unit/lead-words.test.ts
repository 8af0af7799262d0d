import { describe, expect, it } from 'vitest';
import { LEAD_SOURCES, LEAD_STAGES, LEAD_WORDS, SEGMENTS, codeOfWord, wordLanguage } from '@prospek/shared';
import { en } from '../../client/src/i18n/en.js';
import { id } from '../../client/src/i18n/id.js';
import { decimalNumber, percent } from '../../client/src/ui/format.js';

describe('the words of stages, sources and segments', () => {
  it('are the interface’s own, in both languages', () => {
    for (const [language, messages] of [
      ['id', id],
      ['en', en],
    ] as const) {
      expect(LEAD_WORDS[language].stages).toEqual(messages.stages);
      expect(LEAD_WORDS[language].sources).toEqual(messages.sources);
      expect(LEAD_WORDS[language].segments).toEqual(messages.segments);
    }
  });

  it('read back to their codes from either language, from the code itself, in any case', () => {
    for (const language of ['id', 'en'] as const) {
      for (const stage of LEAD_STAGES) expect(codeOfWord('stages', LEAD_WORDS[language].stages[stage])).toBe(stage);
      for (const source of LEAD_SOURCES) expect(codeOfWord('sources', LEAD_WORDS[language].sources[source].toUpperCase())).toBe(source);
      for (const segment of SEGMENTS) expect(codeOfWord('segments', ` ${LEAD_WORDS[language].segments[segment]} `)).toBe(segment);
    }
    expect(codeOfWord('sources', 'WALK_IN')).toBe('WALK_IN');
    expect(codeOfWord('sources', 'walk in')).toBe('WALK_IN');
    expect(codeOfWord('segments', 'Kredit Rumah')).toBeNull();
    expect([wordLanguage('en'), wordLanguage('id'), wordLanguage(undefined), wordLanguage(['en'])]).toEqual(['en', 'id', 'id', 'id']);
  });
});

describe('numbers in the reader’s locale', () => {
  it('writes a percentage with the locale’s decimal mark', () => {
    expect(percent(3.5, 'id')).toBe('3,5%');
    expect(percent('3.5', 'en')).toBe('3.5%');
    expect(percent(12, 'id')).toBe('12%');
    expect(percent(1234.5, 'id')).toBe('1.234,5%');
    expect(percent('x', 'en')).toBe('—');
    expect(decimalNumber(35.25, 'id')).toBe('35,25');
  });
});
