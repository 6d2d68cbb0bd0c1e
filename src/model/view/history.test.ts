import { describe, expect, it } from 'vitest';
import { historyMove } from './history.ts';
import { DEFAULT_VIEW, type ViewState } from './viewState.ts';
import { NO_FILTER } from '../find/filter.ts';

const here: ViewState = { ...DEFAULT_VIEW, camera: { center: [46, 39.5], zoom: 7, bearing: 0, pitch: 0 } };
const passage = { source: 'bulletin-2026-02' as const, start: 100, end: 180 };

describe('historyMove', () => {
  it('rewrites the current page for a pan or a zoom', () => {
    expect(historyMove(here, { ...here, camera: { ...here.camera!, center: [46.5, 39.6], zoom: 8 } }, false)).toBe('replace');
  });

  it('rewrites the current page for a filter, a layer, a tab or the palette', () => {
    expect(historyMove(here, { ...here, filter: { ...NO_FILTER, statuses: ['operating'] } }, false)).toBe('replace');
    expect(historyMove(here, { ...here, layers: ['tripp'] }, false)).toBe('replace');
    expect(historyMove(here, { ...here, panel: 'read' }, false)).toBe('replace');
    expect(historyMove(here, { ...here, palette: 'high-contrast' }, false)).toBe('replace');
  });

  it('adds a page when a feature is selected, another one chosen, or the selection cleared', () => {
    const selected = { ...here, feature: 'tripp-syunik-route', panel: 'feature' as const };
    expect(historyMove(here, selected, false)).toBe('push');
    expect(historyMove(selected, { ...selected, feature: 'bsc-submarine-cable' }, false)).toBe('push');
    expect(historyMove(selected, here, false)).toBe('push');
  });

  it('adds a page when a passage is opened or another one', () => {
    expect(historyMove(here, { ...here, passage }, false)).toBe('push');
    expect(historyMove({ ...here, passage }, { ...here, passage: { ...passage, start: 200, end: 260 } }, false)).toBe('push');
    // The same passage, re-read from a link, is the same page.
    expect(historyMove({ ...here, passage }, { ...here, passage: { ...passage } }, false)).toBe('replace');
  });

  it('adds a page when the map is sent somewhere (a corridor, a tour step) even if only the camera changes', () => {
    expect(historyMove(here, { ...here, camera: { ...here.camera!, zoom: 5 } }, true)).toBe('push');
  });

  it('adds a page when a presentation starts or ends', () => {
    const presenting = { ...here, presentation: { ...here.presentation, on: true } };
    expect(historyMove(here, presenting, false)).toBe('push');
    expect(historyMove(presenting, here, false)).toBe('push');
  });
});
