import { describe, expect, it } from 'vitest';
import {
  describeCarried,
  followLayerIndex,
  mergeLayerIndex,
  addUserLayer,
  cleanLayerName,
  colorOfHex,
  fileKindOf,
  fileRefusal,
  hexOfColor,
  layerNameFromFileName,
  MAX_FILE_BYTES,
  MAX_LAYER_NAME,
  MAX_USER_LAYERS,
  newUserLayerId,
  nextUserLayerColor,
  recolorUserLayer,
  recordOf,
  removeUserLayer,
  renameUserLayer,
  setUserLayerVisible,
  USER_LAYER_COLORS,
  type UserLayer,
  type UserLayerRecord,
} from './userLayers.ts';
import { LAYER_SYMBOLS } from '../scene/symbology.ts';
import { colorDistance } from '../../style/colour.ts';
import { wordsOf, type Worded } from '../words/message.ts';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';

/** Words as an English reader sees them. */
const english = (text: Worded | string | null | undefined) => (text ? wordsOf(translatorFor('en'), text) : text);


const layer = (id: string, name = id): UserLayerRecord => ({
  id,
  name,
  color: [1, 2, 3],
  visible: true,
  warnings: [],
  featureCount: 1,
  sourceHash: 'h0',
});

describe('user layers', () => {
  it('rename keeps names tidy, bounded, and never empty', () => {
    const layers = [layer('a', 'Roads'), layer('b', 'Wells')];
    expect(renameUserLayer(layers, 'a', '  New\n  roads ')[0].name).toBe('New roads');
    expect(renameUserLayer(layers, 'a', '   ')[0].name).toBe('Roads');
    expect(renameUserLayer(layers, 'a', 'x'.repeat(200))[0].name).toHaveLength(MAX_LAYER_NAME);
    expect(renameUserLayer(layers, 'a', 'Other')[1]).toBe(layers[1]);
    expect(cleanLayerName('', 'fallback')).toBe('fallback');
  });

  it('recolour, hide and remove change only the layer named', () => {
    const layers = [layer('a'), layer('b')];
    expect(recolorUserLayer(layers, 'b', [9, 9, 9]).map((l) => l.color)).toEqual([[1, 2, 3], [9, 9, 9]]);
    expect(setUserLayerVisible(layers, 'a', false).map((l) => l.visible)).toEqual([false, true]);
    expect(removeUserLayer(layers, 'a').map((l) => l.id)).toEqual(['b']);
  });

  it('adding keeps ids unique and the number of layers bounded', () => {
    expect(addUserLayer([layer('a')], layer('a'))).toHaveLength(1);
    let layers: UserLayerRecord[] = [];
    for (let i = 0; i < MAX_USER_LAYERS + 3; i++) layers = addUserLayer(layers, layer(`l${i}`));
    expect(layers).toHaveLength(MAX_USER_LAYERS);
    const ids = [layer('u000000')];
    let calls = 0;
    expect(newUserLayerId(ids, () => (calls++ === 0 ? 0 : 0.5))).not.toBe('u000000');
  });

  it('new layers get a colour no other user layer has, far from the atlas colours', () => {
    const first = nextUserLayerColor([]);
    const second = nextUserLayerColor([{ color: first }]);
    expect(second).not.toEqual(first);
    for (const color of USER_LAYER_COLORS) {
      for (const symbol of Object.values(LAYER_SYMBOLS)) expect(colorDistance(color, symbol.color)).toBeGreaterThan(80);
    }
    // The colour most layers get is of a hue no atlas layer has: a pink first layer read as TRIPP's crimson.
    const hue = ([r, g, b]: readonly number[]) => {
      const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
      const sector = max === r ? ((g - b) / (max - min) + 6) % 6 : max === g ? (b - r) / (max - min) + 2 : (r - g) / (max - min) + 4;
      return sector * 60;
    };
    const apart = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
    for (const symbol of Object.values(LAYER_SYMBOLS)) expect(apart(hue(USER_LAYER_COLORS[0]), hue(symbol.color))).toBeGreaterThan(30);
  });

  it('files are refused before reading when of the wrong kind, too large, or one too many', () => {
    expect(english(fileRefusal('roads.geojson', 1000))).toBeNull();
    expect(english(fileRefusal('wells.csv', 1000))).toBeNull();
    expect(english(fileRefusal('map.kml', 1000))).toMatch(/neither GeoJSON .* nor CSV/);
    expect(english(fileRefusal('huge.geojson', MAX_FILE_BYTES + 1))).toMatch(/too large for this browser/);
    expect(english(fileRefusal('one-more.json', 10, '', MAX_USER_LAYERS))).toMatch(/remove one/);
    expect(fileKindOf('data', 'application/geo+json')).toBe('geojson');
    expect(fileKindOf('drawing.kml', 'application/json')).toBeNull();
  });

  it('a layer is named after its file; colours convert to and from the colour picker', () => {
    expect(layerNameFromFileName('gas_wells-2024.geojson')).toBe('gas wells 2024');
    expect(hexOfColor([230, 25, 75])).toBe('#e6194b');
    expect(colorOfHex('#E6194B')).toEqual([230, 25, 75]);
    expect(colorOfHex('red')).toBeNull();
  });

  it('what is stored in the index is the record, never the drawing nor the GeoJSON text', () => {
    const stored = recordOf({ ...layer('a'), features: { names: [] }, unstoredSource: '{}' } as unknown as UserLayerRecord);
    expect(Object.keys(stored).sort()).toEqual(['color', 'featureCount', 'id', 'name', 'sourceHash', 'visible', 'warnings']);
  });
});

describe('what became of the layers a views file carried', () => {
  it('says plainly that a layer already on the map was not added again, instead of "Added 0 of 1"', () => {
    expect(describeCarried({ added: 0, alreadyHere: 1, refused: 0, noRoom: 0 }).map(english).join(' ')).toBe(
      '1 layer of your own data in this file is already on the map, the same data: not added again.',
    );
    expect(describeCarried({ added: 2, alreadyHere: 0, refused: 1, noRoom: 0 }).map(english).join(' ')).toBe(
      'Added 2 layers of your own data (see the Find panel). 1 layer of your own data could not be added (the Find panel says why).',
    );
  });

  it('says which layers found no room, instead of "Added 14" when 12 are drawn', () => {
    expect(describeCarried({ added: 12, alreadyHere: 0, refused: 0, noRoom: 2 }).map(english).join(' ')).toBe(
      `Added 12 layers of your own data (see the Find panel). 2 layers of your own data were not added: the atlas draws at most ${MAX_USER_LAYERS}; remove one and import the file again to add them.`,
    );
  });
});

describe('layers kept by two tabs at once', () => {
  it('makes one tab\'s change on the index another tab wrote, never over it', () => {
    const stored = [layer('a'), layer('b')];
    // The other tab imported b after this tab read [a]: this tab's import of c keeps b.
    expect(mergeLayerIndex(stored, { added: layer('c') }).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    // This tab renames a: b, which it may hold stale, is left as the other tab wrote it.
    expect(mergeLayerIndex(stored, { changed: layer('a', 'Rail') }).map((entry) => entry.name)).toEqual(['Rail', 'b']);
    expect(mergeLayerIndex(stored, { removed: 'a' }).map((entry) => entry.id)).toEqual(['b']);
    // Renaming a layer another tab removed does not bring it back.
    expect(mergeLayerIndex(stored, { changed: layer('gone') })).toEqual(stored);
  });

  it('follows the index another tab wrote: removed layers go, changes follow, new ones are to load', () => {
    const drawn = (record: UserLayerRecord, extra: Partial<UserLayer> = {}) => ({ ...record, features: {} as UserLayer['features'], ...extra });
    const mine = [drawn(layer('a')), drawn(layer('b')), drawn(layer('here-only'), { unstoredSource: '{}' })];
    const { layers, toLoad } = followLayerIndex(mine, [layer('a', 'Renamed'), layer('c')]);
    expect(layers.map((l) => `${l.id}:${l.name}`)).toEqual(['a:Renamed', 'here-only:here-only']);
    expect(toLoad.map((entry) => entry.id)).toEqual(['c']);
  });
});
