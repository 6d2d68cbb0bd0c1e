import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parseExportArgs, type ExportContext } from './exportOptions.ts';

const context: ExportContext = {
  hasFeature: (id) => id === 'tripp-meghri-segment',
  pathKind: (path) => (path === resolve('pictures') || path === resolve('.') || path === resolve('locked') ? 'dir' : null),
  canWrite: (path) => !path.startsWith(resolve('locked')),
};
const parse = (...args: string[]) => parseExportArgs(args, context);
const refusal = (...args: string[]) => {
  const result = parse(...args);
  if (result.ok !== false) throw new Error(`accepted ${args.join(' ')}`);
  return result.message;
};

describe('npm run export options', () => {
  it('read a share link, a size preset and every switch', () => {
    const result = parse(
      '--view', 'http://127.0.0.1:4173/#feature=tripp-meghri-segment&palette=high-contrast',
      '--size', 'slide-4k', '--out', 'pictures/tripp.png', '--no-legend', '--no-scale-bar', '--no-sources', '--locator', '--title', 'TRIPP',
    );
    expect(result).toEqual({
      ok: true,
      command: {
        hash: '#feature=tripp-meghri-segment&palette=high-contrast',
        size: { width: 3840, height: 2160 },
        viewport: { width: 1280, height: 800 },
        out: resolve('pictures/tripp.png'),
        title: 'TRIPP',
        legend: false,
        scaleBar: false,
        sources: false,
        locator: true,
        format: 'png',
        lang: 'en',
        linkBase: 'http://127.0.0.1:4173/',
      },
    });
  });

  it('write SVG or PDF when --format or the --out file says so, PNG otherwise, and refuse a mismatch or an unknown format in the command\'s language', () => {
    expect(parse('--format', 'svg')).toMatchObject({ ok: true, command: { format: 'svg', out: resolve('corridor-atlas-1920x1080.svg') } });
    expect(parse('--out', 'pictures/tripp.pdf')).toMatchObject({ ok: true, command: { format: 'pdf', out: resolve('pictures/tripp.pdf') } });
    expect(parse('--format', 'PDF', '--out', 'pictures/tripp.pdf')).toMatchObject({ ok: true, command: { format: 'pdf' } });
    expect(parse('--out', 'pictures/tripp.png')).toMatchObject({ ok: true, command: { format: 'png' } });
    expect(refusal('--format', 'svg', '--out', 'pictures/tripp.png')).toBe('--out "pictures/tripp.png" must end in .svg: the picture is SVG.');
    expect(refusal('--format', 'jpeg')).toBe('--format "jpeg" is not a format the atlas exports (png, svg, pdf).');
    expect(refusal('--format', 'jpeg', '--lang', 'hy')).toBe('--format "jpeg"-ը ատլասի արտահանած ձևաչափ չէ (png, svg, pdf)։');
    expect(refusal('--out', 'picture.jpg')).toBe('--out "picture.jpg" must end in .png: the picture is PNG.');
    const help = parse('--help');
    expect(help.ok === 'help' && help.usage).toMatch(/--format png\|svg\|pdf/);
  });

  it('link the footnotes to the atlas the view came from, or to --link-base, never to the command\'s own passing server', () => {
    expect(parse('--format', 'pdf')).toMatchObject({ ok: true, command: { linkBase: null } });
    expect(parse('--format', 'pdf', '--view', 'https://atlas.example.am/corridors/#feature=tripp-meghri-segment')).toMatchObject({
      ok: true,
      command: { hash: '#feature=tripp-meghri-segment', linkBase: 'https://atlas.example.am/corridors/' },
    });
    expect(parse('--format', 'svg', '--link-base', 'https://school.example.az/atlas/index.html')).toMatchObject({ ok: true, command: { linkBase: 'https://school.example.az/atlas/index.html' } });
    expect(refusal('--link-base', 'atlas.example')).toBe('--link-base "atlas.example" is not a web address (http:// or https://).');
    expect(refusal('--link-base', 'javascript:alert(1)')).toBe('--link-base "javascript:alert(1)" is not a web address (http:// or https://).');
  });

  it('default to the opening view at Full HD, named after its size', () => {
    expect(parse()).toMatchObject({ ok: true, command: { hash: '', size: { width: 1920, height: 1080 }, out: resolve('corridor-atlas-1920x1080.png'), title: undefined } });
    expect(parse('--no-title')).toMatchObject({ ok: true, command: { title: null } });
    // The locator map is the dialog's choice too, and off unless asked for.
    expect(parse()).toMatchObject({ ok: true, command: { locator: false } });
  });

  it('refuse every bad option in one line', () => {
    const messages = [
      refusal('--colour', 'red'),
      refusal('--size'),
      refusal('--size', 'huge'),
      refusal('--size', '100x100'),
      refusal('--size', '99999x2000'),
      refusal('--viewport', '1280'),
      refusal('--out', 'picture.jpg'),
      refusal('--out', 'pictures'),
      refusal('--out', 'no-such-folder/p.png'),
      refusal('--title', 'A', '--no-title'),
      refusal('--title', 'x'.repeat(201)),
      refusal('#map=7/40/45'),
    ];
    for (const message of messages) expect(message).not.toMatch(/\n|\bat .*:\d+:\d+/);
    expect(messages[0]).toMatch(/Unknown option '--colour'/);
    expect(messages[2]).toBe('--size "huge" is not WIDTHxHEIGHT (e.g. 3840x2160) or slide-hd, slide-4k, a4-300dpi.');
    expect(messages[3]).toMatch(/too small: at least 200 pixels/);
    expect(messages[4]).toMatch(/too large/);
    expect(messages[7]).toMatch(/is a folder/);
    expect(messages[8]).toMatch(/does not exist/);
    expect(messages[11]).toMatch(/put --view before a link/);
  });

  it('read a year to draw beside the view, and refuse one the atlas does not show', () => {
    const result = parse('--view', '#year=2030', '--beside', '2017');
    expect(result.ok === true && result.command).toMatchObject({ hash: '#year=2030', beside: 2017 });
    expect(refusal('--beside', '17')).toMatch(/--beside "17" is not a year the atlas shows/);
    expect(refusal('--beside', '2099')).toMatch(/not a year the atlas shows \(1850–2035\)/);
  });

  it('answer --help with the usage, as an answer and not a refusal', () => {
    for (const args of [['--help'], ['--size', 'slide-4k', '--help'], ['-h']]) {
      const result = parse(...args);
      expect(result.ok).toBe('help');
      if (result.ok === 'help') expect(result.usage).toMatch(/^usage: npm run export -- /);
    }
  });

  it('never take a view it cannot read for the default view', () => {
    expect(refusal('--view', '#map=abc')).toMatch(/^--view: The map position "abc" in the link is not valid.*Nothing was exported/);
    expect(refusal('--view', '#feature=no-such-thing')).toMatch(/feature "no-such-thing" that is not in the atlas/);
    expect(refusal('--view', '#zoom=7')).toMatch(/does not know \("zoom"\)/);
    expect(refusal('--view', 'http://[::1')).toMatch(/is not a link the atlas can read/);
    expect(refusal('--view', 'http://127.0.0.1:4173/?feature=tripp-meghri-segment')).toMatch(/no view after a "#"/);
    expect(refusal('--view', `#title=${'x'.repeat(20_000)}`)).toMatch(/at most 10000/);
    // A link without its view, or no link to the atlas at all, is not the opening view.
    expect(refusal('--view', 'http://127.0.0.1:4173/')).toMatch(/no view after a "#"/);
    expect(refusal('--view', 'javascript:alert(1)')).toMatch(/is not a link to the atlas/);
  });

  it('say before drawing that the picture could not be written', () => {
    expect(refusal('--out', 'locked/tripp.png')).toMatch(/cannot be written.*nothing was drawn/);
  });

  it('speak the language of --lang, else of the link, and word the picture in --lang too', () => {
    expect(refusal('--lang', 'ru', '--size', 'huge')).toBe('--size "huge" — не в формате WIDTHxHEIGHT (например, 3840x2160) и не slide-hd, slide-4k, a4-300dpi.');
    expect(refusal('--view', '#lang=hy&map=abc')).toMatch(/^--view\. Հղման "abc" քարտեզի դիրքը սխալ է/);
    expect(refusal('--view', '#lang=az', '--out', 'locked/x.png')).toMatch(/yazıla bilmir/);
    // --lang outranks the link's own language, and the page is opened in it.
    const parsed = parse('--view', '#lang=hy&feature=tripp-meghri-segment', '--lang', 'ru');
    expect(parsed.ok === true && parsed.command).toMatchObject({ lang: 'ru', hash: '#lang=ru&feature=tripp-meghri-segment' });
    expect(refusal('--lang', 'ka')).toBe('--lang "ka" is not a language the atlas speaks (en, az, hy, ru).');
    const help = parse('--lang', 'az', '--help');
    expect(help.ok === 'help' && help.usage).toMatch(/^istifadə: npm run export -- /);
  });
});
