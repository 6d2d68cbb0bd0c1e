import { describe, expect, it } from 'vitest';
import { datasetFromDisk, readProjectFile, sourceTexts } from '../../../scripts/lib/onDisk.ts';
import { anchorQuote } from '../documents/anchor.ts';
import { neverLinkedFindings, qualifierLeftOut, type NeverLinked } from './citationRules.ts';
import type { AtlasFeature } from '../features/feature.ts';

const texts = sourceTexts();
const bulletin = texts['bulletin-2026-02'];
const endOf = (exact: string) => {
  const result = anchorQuote(bulletin, { exact });
  if (!result.ok) throw new Error(`not in the bulletin: ${exact}`);
  return result.end;
};
const rules = (JSON.parse(readProjectFile('data/never-linked.json')) as { pairs: NeverLinked[] }).pairs;

describe('a quote keeps the qualifier of its own sentence', () => {
  it('fails a quote that stops before "although…", and passes the whole sentence', () => {
    const cut = 'basic grid connectivity between Armenia, Azerbaijan, and Türkiye could be achieved within roughly a year';
    expect(qualifierLeftOut(bulletin, endOf(cut))).toMatch(/^, although full synchronization of the systems would take longer\.$/);
    expect(qualifierLeftOut(bulletin, endOf(`${cut}, although full synchronization of the systems would take longer.`))).toBeNull();
  });

  it('lets a quote stop where its sentence goes on without limiting it, or where the sentence ends', () => {
    expect(qualifierLeftOut(bulletin, endOf('a double-circuit 330-kilovolt transmission line'))).toBeNull();
    // The next sentence opens with "However": another claim, not this one's qualifier.
    expect(qualifierLeftOut(bulletin, endOf('the first direct electricity link between the South Caucasus and the European Union.'))).toBeNull();
  });
});

describe('passages never linked to a feature', () => {
  const features = datasetFromDisk();
  const byId = new Map(features.map((feature) => [feature.id, feature]));

  it('each pair names a real feature, a passage found once, and a reason', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(byId.has(rule.feature), rule.feature).toBe(true);
      expect(anchorQuote(texts[rule.source], { exact: rule.passage }).ok, rule.passage).toBe(true);
      expect(rule.reason.length, rule.feature).toBeGreaterThan(20);
    }
  });

  it('no feature of the atlas cites a passage it must not', () => {
    expect(neverLinkedFindings(features, texts, rules)).toEqual([]);
  });

  it('catches the link as it was: Aliyev’s corridor "through … Armenia" on the Baku–Tbilisi–Kars railway, as context or not', () => {
    const btk = byId.get('mc-baku-tbilisi-kars-railway')!;
    const aliyev = { source: 'bulletin-2026-02' as const, exact: 'will connect Asia with Europe through the territory of Azerbaijan, Armenia, and other neighbors' };
    for (const role of ['describes', 'context'] as const) {
      const linked: AtlasFeature = { ...btk, properties: { ...btk.properties, citations: [...btk.properties.citations, { ...aliyev, role }] } };
      const findings = neverLinkedFindings(features.map((f) => (f.id === linked.id ? linked : f)), texts, rules);
      expect(findings).toHaveLength(1);
      expect(findings[0].message).toMatch(/Azerbaijan and Armenia/);
    }
  });

  it('catches a figure whose passage is forbidden too', () => {
    const anaklia = byId.get('mc-port-anaklia')!;
    const figure = { quantity: 'other' as const, value: 1, unit: 'x', label: 'x', citation: { source: 'bulletin-2026-02' as const, exact: "strengthened Azerbaijan's role as a transit hub" } };
    const linked: AtlasFeature = { ...anaklia, properties: { ...anaklia.properties, figures: [figure] } };
    expect(neverLinkedFindings(features.map((f) => (f.id === linked.id ? linked : f)), texts, rules).map((f) => f.featureId)).toEqual(['mc-port-anaklia']);
  });
});
