import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { translatorFor } from '../../scripts/lib/commandWords.ts';
import { mapLibreLocale } from './controlWords.ts';

/** MapLibre's own table of its words (the package exports no path to it): key → English. */
const defaultLocale: Record<string, string> = Object.fromEntries(
  [...readFileSync(new URL('../../node_modules/maplibre-gl/src/ui/default_locale.ts', import.meta.url), 'utf8').matchAll(/'([\w.]+)': '([^']*)'/g)].map((match) => [match[1], match[2]]),
);

describe('the map controls’ words', () => {
  it('are MapLibre’s own keys, in English as MapLibre says them where the atlas keeps its words', () => {
    const english = mapLibreLocale(translatorFor('en'));
    for (const key of Object.keys(english)) expect(key in defaultLocale, key).toBe(true);
    expect(english['NavigationControl.ZoomIn']).toBe(defaultLocale['NavigationControl.ZoomIn']);
    expect(english['ScaleControl.Kilometers']).toBe('km');
  });

  it('write the scale bar’s units as each language abbreviates them, and no tooltip stays English', () => {
    const units = (lang: 'az' | 'hy' | 'ru') => {
      const locale = mapLibreLocale(translatorFor(lang));
      return [locale['ScaleControl.Kilometers'], locale['ScaleControl.Meters']];
    };
    expect(units('az')).toEqual(['km', 'm']);
    expect(units('hy')).toEqual(['կմ', 'մ']);
    expect(units('ru')).toEqual(['км', 'м']);
    const english = mapLibreLocale(translatorFor('en'));
    for (const lang of ['az', 'hy', 'ru'] as const) {
      const locale = mapLibreLocale(translatorFor(lang));
      for (const key of ['NavigationControl.ZoomIn', 'NavigationControl.ZoomOut', 'NavigationControl.ResetBearing', 'AttributionControl.ToggleAttribution']) {
        expect(locale[key], `${lang} ${key}`).not.toBe(english[key]);
      }
    }
  });
});
