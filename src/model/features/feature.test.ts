import { describe, expect, it } from 'vitest';
import { FeaturePropertiesSchema, passesStatusFilter, type Status } from './feature.ts';

const place = {
  name: 'Khankendi / Stepanakert',
  alternate_names: [
    { name: 'Stepanakert', usage: 'armenian' },
    { name: 'Xankəndi', usage: 'azerbaijani-official' },
  ],
  layer: 'places',
  kind: 'place',
  countries: ['Azerbaijan'],
  summary: 'A town.',
  figures: [],
  geometry_accuracy: 'approximate',
  geometry_sources: [{ title: 'test' }],
  citations: [{ source: 'bulletin-2026-02', exact: 'Khankendi', role: 'describes' }],
};

describe('project status', () => {
  it('is absent from places and regions, and refused if given to them', () => {
    expect(FeaturePropertiesSchema.safeParse(place).success).toBe(true);
    expect(FeaturePropertiesSchema.safeParse({ ...place, kind: 'region' }).success).toBe(true);
    const withStatus = FeaturePropertiesSchema.safeParse({ ...place, status: 'operating', status_year: 2026 });
    expect(withStatus.success).toBe(false);
  });

  it('comes with its year', () => {
    const project = { ...place, kind: 'rail', status: 'planned' };
    expect(FeaturePropertiesSchema.safeParse(project).success).toBe(false);
    expect(FeaturePropertiesSchema.safeParse({ ...project, status_year: 2026 }).success).toBe(true);
  });

  it('never hides a place from the map when a status is unticked', () => {
    const onlyPlanned = new Set<Status>(['planned']);
    expect(passesStatusFilter(undefined, onlyPlanned)).toBe(true);
    expect(passesStatusFilter('operating', onlyPlanned)).toBe(false);
    expect(passesStatusFilter('planned', onlyPlanned)).toBe(true);
  });
});
