import { describe, expect, it } from 'vitest';
import { browserLang, openingLang } from './language.ts';

describe('the language a page opens in', () => {
  it('is the link’s, over the remembered one and the browser’s', () => {
    expect(openingLang({ link: 'hy', remembered: 'az', browser: ['ru-RU'] })).toBe('hy');
  });

  it('is the one chosen last time when the link does not say', () => {
    expect(openingLang({ link: null, remembered: 'az', browser: ['ru-RU'] })).toBe('az');
  });

  it('is the browser’s when nothing was chosen, and English when the browser prefers none of ours', () => {
    expect(openingLang({ link: null, remembered: null, browser: ['de-DE', 'ru-RU'] })).toBe('ru');
    expect(openingLang({ link: null, remembered: null, browser: ['de-DE', 'fr'] })).toBe('en');
  });

  it('ignores a remembered value that is no language of ours (storage edited by hand, an old version)', () => {
    expect(openingLang({ link: null, remembered: 'ka', browser: [] })).toBe('en');
    expect(openingLang({ link: null, remembered: { lang: 'ru' }, browser: ['az-Latn-AZ'] })).toBe('az');
  });

  it('reads a browser’s tag by its language alone', () => {
    expect(browserLang(['HY-am'])).toBe('hy');
    expect(browserLang([])).toBeNull();
  });
});
