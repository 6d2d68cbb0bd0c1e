import { describe, expect, it } from 'vitest';
import { statedNumbers, stepWords, type TourTranslation } from './tourTranslation.ts';
import { tourTranslationProblems } from '../validation/tourSchema.ts';
import type { Tour } from './tour.ts';
import { LANGS } from '../words/language.ts';
import { readProjectFile } from '../../../scripts/lib/onDisk.ts';

const TOUR: Tour = {
  id: 'walk',
  title: 'A walk',
  steps: [
    { title: 'Between two seas', text: 'The Caspian is a closed sea.', bounds: [[37, 37.5], [53.5, 45]] },
    { title: 'BTK', text: 'Opened in 2017; 826 km, 1,800 tonnes.', featureIds: ['btk'] },
  ],
};

const RUSSIAN: TourTranslation = {
  tour: 'walk',
  lang: 'ru',
  title: 'Прогулка',
  steps: [
    { translates: 'Between two seas', title: 'Между двух морей', text: 'Каспий — замкнутое море.' },
    { translates: 'BTK', title: 'БТК', text: 'Открыта в 2017 году; 826 км, 1 800 тонн.' },
  ],
};

describe('a tour in another language', () => {
  it('shows each step in the language shown, and in English (marked so) where it has no words for it', () => {
    expect(stepWords(TOUR, 0, RUSSIAN, 'ru')).toEqual({ title: 'Между двух морей', text: 'Каспий — замкнутое море.', lang: 'ru' });
    expect(stepWords(TOUR, 0, null, 'ru')).toEqual({ title: 'Between two seas', text: 'The Caspian is a closed sea.', lang: 'en' });
    // A translation read for one language is never shown in another.
    expect(stepWords(TOUR, 0, RUSSIAN, 'az').lang).toBe('en');
  });

  it('never shows a translation of words the English no longer says', () => {
    const rewritten = { ...TOUR, steps: [{ ...TOUR.steps[0], title: 'Two seas' }, TOUR.steps[1]] };
    expect(stepWords(rewritten, 0, RUSSIAN, 'ru')).toMatchObject({ title: 'Two seas', lang: 'en' });
    expect(stepWords(rewritten, 1, RUSSIAN, 'ru')).toMatchObject({ title: 'БТК', lang: 'ru' });
    expect(tourTranslationProblems(rewritten, RUSSIAN, 'ru')).toEqual([
      'step 1 ("Two seas") translates "Between two seas": the English changed, translate it again',
    ]);
  });

  it('reads the figures a text states the same whatever the language writes between the digits', () => {
    expect(statedNumbers('826 km, 1,800 tonnes in 2017')).toEqual(statedNumbers('2017-ci ildə 826 km, 1 800 ton'));
    expect(statedNumbers('2017 2026')).toEqual(['2017', '2026']);
  });

  it('fails the build on a translation that lost a figure, a step, or its length', () => {
    expect(tourTranslationProblems(TOUR, RUSSIAN, 'ru')).toEqual([]);
    const lost = { ...RUSSIAN, steps: [RUSSIAN.steps[0], { ...RUSSIAN.steps[1], text: 'Открыта в 2018 году; 826 км. ' + 'Очень длинно. '.repeat(60) }] };
    expect(tourTranslationProblems(TOUR, lost, 'ru')).toEqual([
      'step 2 ("BTK"): the text is longer than 720 characters',
      'step 2 ("BTK"): the English states 1800, 2017, which the translation does not',
    ]);
    expect(tourTranslationProblems(TOUR, { ...RUSSIAN, steps: [RUSSIAN.steps[0]] }, 'ru')).toEqual(['it has 1 steps; the tour has 2']);
    expect(tourTranslationProblems(TOUR, RUSSIAN, 'hy')[0]).toMatch(/not "walk" in "hy"/);
    expect(tourTranslationProblems(TOUR, { steps: 'none' }, 'ru')[0]).toMatch(/not a tour translation/);
  });

  it.each(LANGS.filter((lang) => lang !== 'en'))('the classroom tour has every step in %s, in step with the English', (lang) => {
    const tour = JSON.parse(readProjectFile('data/tours/region-walkthrough.json')) as Tour;
    const translation = JSON.parse(readProjectFile(`data/tours/region-walkthrough.${lang}.json`));
    expect(tourTranslationProblems(tour, translation, lang)).toEqual([]);
    expect(tour.steps.map((_, index) => stepWords(tour, index, translation, lang).lang)).toEqual(tour.steps.map(() => lang));
  });
});
