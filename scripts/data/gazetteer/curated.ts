/**
 * The gazetteer's hand-written rows: the region's places, seas, rivers and regions in Azerbaijani,
 * Armenian and Russian where no generated source (CLDR, Natural Earth name_ru) has them, and the
 * atlas's own feature names. Each row names its source; build-gazetteer.ts merges these with the
 * generated rows into data/gazetteer.json (committed).
 *
 * A row is [name, source, ref?, note?]; the first row of a language is its display form.
 */
import type { GazetteerForm, GazetteerLang } from '../../../src/model/names/gazetteer.ts';

export type CuratedRow = { name: string; form: GazetteerForm; source: string; ref?: string; note?: string };
export type CuratedEntry = { key: string; contested?: string; rows: Partial<Record<Exclude<GazetteerLang, 'en'>, CuratedRow[]>> & { en?: CuratedRow[] } };

const wiki = (lang: 'az' | 'hy' | 'ru', title: string, form: GazetteerForm = 'conventional', note?: string): CuratedRow => ({
  name: title.replace(/ \(.*\)$/, ''),
  form,
  source: `wikipedia-${lang}`,
  ref: title,
  ...(note ? { note } : {}),
});

/** [az, hy, ru] article titles of one name, each the form that language's encyclopaedia uses. */
function place(key: string, az: string | null, hy: string | null, ru?: string | null): CuratedEntry {
  return {
    key,
    rows: {
      ...(az ? { az: [wiki('az', az)] } : {}),
      ...(hy ? { hy: [wiki('hy', hy)] } : {}),
      ...(ru ? { ru: [wiki('ru', ru)] } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Contested and attributed names: both sides' forms, each with whose usage it is.
// ---------------------------------------------------------------------------------------------

const AZ_USAGE = 'Azerbaijani official name (renamed from Stepanakert by Azerbaijan in 1991; the town is administered by Azerbaijan)';
const AM_USAGE = 'Armenian usage: the name the town bore from 1923 and that Armenian sources keep';

/**
 * Both forms shown in every language, the Azerbaijani official form first: the order the English
 * map already uses, the same in every language, with the form in official use by the state that
 * administers the place first.
 */
const khankendi = (key: string): CuratedEntry => ({
  key,
  contested: 'Khankendi (Azerbaijani official) / Stepanakert (Armenian usage)',
  rows: {
    en: [
      { name: 'Khankendi', form: 'official', source: 'atlas-data', ref: 'place-khankendi', note: AZ_USAGE },
      { name: 'Stepanakert', form: 'usage', source: 'atlas-data', ref: 'place-khankendi', note: AM_USAGE },
      { name: 'Xankəndi', form: 'alternate', source: 'atlas-data', ref: 'place-khankendi', note: 'Azerbaijani spelling' },
    ],
    az: [
      { name: 'Xankəndi', form: 'official', source: 'wikipedia-az', ref: 'Xankəndi', note: AZ_USAGE },
      { name: 'Stepanakert', form: 'usage', source: 'wikipedia-az', ref: 'Xankəndi', note: AM_USAGE },
    ],
    hy: [
      { name: 'Խանքենդի', form: 'official', source: 'wikipedia-hy', ref: 'Ստեփանակերտ', note: `${AZ_USAGE}; the Armenian article lists Խանքենդի among the town’s former names` },
      { name: 'Ստեփանակերտ', form: 'usage', source: 'wikipedia-hy', ref: 'Ստեփանակերտ', note: AM_USAGE },
    ],
    ru: [
      { name: 'Ханкенди', form: 'official', source: 'wikipedia-ru', ref: 'Степанакерт', note: AZ_USAGE },
      { name: 'Степанакерт', form: 'usage', source: 'natural-earth-ru', ref: 'Stepanakert', note: AM_USAGE },
    ],
  },
});

const NAKHCHIVAN_RU = [
  { name: 'Нахичевань', form: 'conventional', source: 'natural-earth-ru', ref: 'Naxcivan', note: 'traditional Russian form, of Russian reference works and maps; Armenian sources writing in Russian use it too' },
  { name: 'Нахчыван', form: 'alternate', source: 'web', ref: 'https://hmong.ru/wiki/Nakhchivan_(city)', note: 'Russian form of the Azerbaijani official name, used in Azerbaijan’s official Russian-language publications' },
] satisfies CuratedRow[];

const nakhchivanCity = (key: string, hyNote = ''): CuratedEntry => ({
  key,
  rows: {
    az: [{ name: 'Naxçıvan', form: 'official', source: 'atlas-data', ref: 'place-nakhchivan', note: 'Azerbaijani official name' }],
    hy: [
      { name: 'Նախիջևան', form: 'conventional', source: 'wikipedia-hy', ref: 'Նախիջևան', note: `Armenian name${hyNote}` },
      { name: 'Նախիջեւան', form: 'alternate', source: 'wikipedia-hy', ref: 'Նախիջևան', note: 'classical Armenian spelling (եւ for և)' },
    ],
    ru: NAKHCHIVAN_RU,
  },
});

export const CONTESTED_AND_ATTRIBUTED: CuratedEntry[] = [
  khankendi('place/Khankendi / Stepanakert'),
  khankendi('feature/place-khankendi'),
  nakhchivanCity('place/Nakhchivan'),
  {
    key: 'region/Nakhchivan Autonomous Republic',
    rows: {
      az: [{ name: 'Naxçıvan Muxtar Respublikası', form: 'official', source: 'atlas-data', ref: 'place-nakhchivan-autonomous-republic', note: 'Azerbaijani official name' }],
      hy: [wiki('hy', 'Նախիջևանի Ինքնավար Հանրապետություն')],
      ru: [
        wiki('ru', 'Нахичеванская Автономная Республика', 'conventional', 'traditional Russian form'),
        { name: 'Нахчыванская Автономная Республика', form: 'alternate', source: 'web', ref: 'https://hmong.ru/wiki/Nakhchivan_(city)', note: 'Russian form of the Azerbaijani official name' },
      ],
    },
  },
  {
    key: 'region/Syunik',
    rows: {
      en: [{ name: 'Zangezur', form: 'historic', source: 'atlas-data', ref: 'tripp-syunik-route', note: 'historic region that Syunik lies in; Azerbaijani usage for the route (“Zangezur corridor”, the bulletin’s term)' }],
      az: [
        { name: 'Sünik', form: 'official', source: 'wikipedia-az', ref: 'Sünik vilayəti', note: 'official name of the province of Armenia' },
        { name: 'Zəngəzur', form: 'historic', source: 'wikipedia-az', ref: 'Zəngəzur', note: 'historic region; Azerbaijani usage for the route through Syunik' },
      ],
      hy: [
        { name: 'Սյունիք', form: 'official', source: 'wikipedia-hy', ref: 'Սյունիքի մարզ', note: 'official name of the province of Armenia' },
        { name: 'Զանգեզուր', form: 'historic', source: 'wikipedia-hy', ref: 'Զանգեզուր', note: 'historic region' },
      ],
      ru: [
        { name: 'Сюник', form: 'official', source: 'wikipedia-ru', ref: 'Сюникская область', note: 'official name of the province of Armenia' },
        { name: 'Зангезур', form: 'historic', source: 'wikipedia-ru', ref: 'Зангезур', note: 'historic region; Azerbaijani usage for the route through Syunik' },
      ],
    },
  },
  ...['region/Karabakh', 'feature/place-karabakh'].map(
    (key): CuratedEntry => ({
      key,
      rows: {
        en: [
          { name: 'Artsakh', form: 'usage', source: 'atlas-data', ref: 'place-karabakh', note: 'Armenian usage' },
          { name: 'Nagorno-Karabakh', form: 'usage', source: 'atlas-data', ref: 'place-karabakh', note: 'international usage for the former autonomous oblast' },
        ],
        az: [
          { name: 'Qarabağ', form: 'official', source: 'atlas-data', ref: 'place-karabakh', note: 'Azerbaijani official usage' },
          { name: 'Dağlıq Qarabağ', form: 'usage', source: 'wikipedia-az', ref: 'Dağlıq Qarabağ', note: 'the former autonomous oblast' },
        ],
        hy: [
          { name: 'Ղարաբաղ', form: 'conventional', source: 'wikipedia-hy', ref: 'Ղարաբաղ' },
          { name: 'Արցախ', form: 'usage', source: 'wikipedia-hy', ref: 'Արցախ', note: 'Armenian usage' },
          { name: 'Լեռնային Ղարաբաղ', form: 'usage', source: 'wikipedia-hy', ref: 'Լեռնային Ղարաբաղ', note: 'the former autonomous oblast' },
        ],
        ru: [
          { name: 'Карабах', form: 'conventional', source: 'wikipedia-ru', ref: 'Карабах' },
          { name: 'Нагорный Карабах', form: 'usage', source: 'wikipedia-ru', ref: 'Нагорный Карабах', note: 'the former autonomous oblast; international usage' },
          { name: 'Арцах', form: 'usage', source: 'wikipedia-ru', ref: 'Нагорный Карабах', note: 'Armenian usage' },
        ],
      },
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Towns the basemap names that CLDR's exemplar cities do not cover (Russian comes from Natural Earth).
// ---------------------------------------------------------------------------------------------

export const PLACES: CuratedEntry[] = [
  place('place/Ankara', 'Ankara', 'Անկարա'),
  place('place/Astana', 'Astana', 'Աստանա'),
  place('place/Bern', 'Bern', 'Բեռն'),
  place('place/Islamabad', 'İslamabad', 'Իսլամաբադ'),
  place('place/Pristina', 'Priştina', 'Պրիշտինա', 'Приштина'),
  place('place/Valletta', 'Valletta', 'Վալետա'),
  place('place/Vatican City', 'Vatikan', 'Վատիկան'),
  place('place/Aleppo', 'Hələb', 'Հալեպ'),
  place('place/Frankfurt', 'Frankfurt', 'Ֆրանկֆուրտ'),
  place('place/Geneva', 'Cenevrə', 'Ժնև'),
  place('place/Hamburg', 'Hamburq', 'Համբուրգ'),
  place('place/Mashhad', 'Məşhəd', 'Մաշհադ'),
  place('place/Milan', 'Milan', 'Միլան'),
  place('place/Munich', 'Münhen', 'Մյունխեն'),
  place('place/Naples', 'Neapol', 'Նեապոլ'),
  place('place/Adana', 'Adana', 'Ադանա'),
  place('place/Batumi', 'Batumi', 'Բաթումի'),
  place('place/Bursa', 'Bursa', 'Բուրսա'),
  place('place/Constanța', 'Konstansa', 'Կոնստանցա'),
  place('place/Dilucu', 'Dilucu', null, 'Дилуджу'),
  place('place/Erzurum', 'Ərzurum', 'Էրզրում'),
  place('place/Ganja', 'Gəncə', 'Գյանջա'),
  place('place/Grozny', 'Qroznı', 'Գրոզնի'),
  place('place/Gyumri', 'Gümrü', 'Գյումրի'),
  place('place/Horadiz', 'Horadiz', 'Հորադիզ', 'Горадиз'),
  place('place/Iğdır', 'İğdır', 'Իգդիր', 'Ыгдыр'),
  place('place/Kapan', 'Qafan', 'Կապան'),
  place('place/Kars', 'Qars', 'Կարս'),
  place('place/Kazan', 'Kazan', 'Կազան'),
  place('place/Konya', 'Konya', 'Կոնիա'),
  place('place/Krasnodar', 'Krasnodar', 'Կրասնոդար'),
  place('place/Kutaisi', 'Kutaisi', 'Քութայիսի'),
  place('place/Lankaran', 'Lənkəran', 'Լենքորան'),
  place('place/Makhachkala', 'Mahaçqala', 'Մախաչկալա'),
  place('place/Meghri', 'Mehri', 'Մեղրի', 'Мегри'),
  place('place/Novorossiysk', 'Novorossiysk', 'Նովոռոսիյսկ'),
  place('place/Ordubad', 'Ordubad', 'Օրդուբադ', 'Ордубад'),
  place('place/Poti', 'Poti', 'Փոթի'),
  place('place/Rostov-on-Don', 'Rostov-na-Donu', 'Դոնի Ռոստով'),
  place('place/Rustavi', 'Rustavi', 'Ռուսթավի'),
  place('place/Samsun', 'Samsun', 'Սամսուն'),
  place('place/Sevastopol', 'Sevastopol', 'Սևաստոպոլ'),
  place('place/Sochi', 'Soçi', 'Սոչի'),
  place('place/Stavropol', 'Stavropol', 'Ստավրոպոլ'),
  place('place/Sumqayıt', 'Sumqayıt', 'Սումգայիթ', 'Сумгаит'),
  place('place/Tabriz', 'Təbriz', 'Թավրիզ'),
  place('place/Trabzon', 'Trabzon', 'Տրապիզոն'),
  place('place/Türkmenbaşy', 'Türkmənbaşı', 'Թուրքմենբաշի'),
  place('place/İzmir', 'İzmir', 'Իզմիր'),
  place('place/Şirvan', 'Şirvan', 'Շիրվան'),
  place('place/Kharkiv', 'Xarkov', 'Խարկով'),
  place('place/Lviv', 'Lvov', 'Լվով'),
  place('place/Odesa', 'Odessa', 'Օդեսա', 'Одесса'),
  place('place/Donetsk', 'Donetsk', 'Դոնեցկ'),
  place('place/Bukhara', 'Buxara', 'Բուխարա'),
  place('place/Venice', 'Venesiya', 'Վենետիկ'),
  place('place/Florence', 'Florensiya', 'Ֆլորենցիա'),
  place('place/Marseille', 'Marsel', 'Մարսել'),
  place('place/Thessaloniki', 'Saloniki', 'Սալոնիկ'),
  place('place/Kraków', 'Krakov', 'Կրակով'),
  place('place/Dresden', 'Drezden', 'Դրեզդեն'),
  place('place/Palermo', 'Palermo', 'Պալերմո'),
  place('place/Herat', 'Herat', 'Հերաթ'),
  place('place/Mosul', 'Mosul', 'Մոսուլ'),
  place('place/Kirkuk', 'Kərkük', 'Քիրքուկ'),
  place('place/Hamadan', 'Həmədan', 'Համադան'),
  place('place/Sousse', 'Sus', 'Սուս'),
  place('place/Novosibirsk', 'Novosibirsk', null),
  place('place/Omsk', 'Omsk', null),
  place('place/Samara', 'Samara', null),
  place('place/Saratov', 'Saratov', null),
  place('place/Ulyanovsk', 'Ulyanovsk', null),
  place('place/Barnaul', 'Barnaul', null),
  place('place/Chelyabinsk', 'Çelyabinsk', 'Չելյաբինսկ'),
  place('place/Ufa', 'Ufa', 'Ուֆա'),
  place('place/Orenburg', 'Orenburq', 'Օրենբուրգ'),
  place('place/Voronezh', 'Voronej', 'Վորոնեժ'),
  place('place/Ryazan', 'Ryazan', 'Ռյազան'),
  place('place/Smolensk', 'Smolensk', 'Սմոլենսկ'),
  place('place/Penza', 'Penza', 'Պենզա'),
  place('place/Bryansk', 'Bryansk', 'Բրյանսկ'),
  place('place/Nalchik', 'Nalçik', 'Նալչիկ'),
  place('place/Zhytomyr', null, 'Ժիտոմիր'),
  place('place/Gdańsk', null, 'Գդանսկ'),
  place('place/Karaganda', 'Qaraqanda', 'Կարագանդա'),
  place('place/Shymkent', 'Şımkənd', null),
  place('place/Taraz', 'Taraz', null),
  place('place/Pavlodar', 'Pavlodar', 'Պավլոդար'),
  place('place/Andijan', 'Əndican', null),
  place('place/Kashgar', 'Kaşqar', null),
  place('place/Nukus', 'Nukus', 'Նուկուս'),
  // The capitals CLDR has no Azerbaijani exemplar for (it inherits the zone id).
  place('place/Tbilisi', 'Tbilisi', null),
  place('place/Tehran', 'Tehran', null),
  place('place/Berlin', 'Berlin', null),
  place('place/Bratislava', 'Bratislava', null),
  place('place/Minsk', 'Minsk', null),
  place('place/San Marino', 'San-Marino', null),
  place('place/Tunis', 'Tunis', null),
  {
    key: 'place/Yerevan',
    rows: {
      az: [
        { name: 'İrəvan', form: 'conventional', source: 'wikipedia-az', ref: 'İrəvan', note: 'Azerbaijani name of the city' },
        { name: 'Yerevan', form: 'official', source: 'cldr', ref: 'exemplar city Asia/Yerevan (root)', note: 'the city’s official name, as CLDR gives it for Azerbaijani' },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Seas, rivers, regions.
// ---------------------------------------------------------------------------------------------

export const WATER_AND_REGIONS: CuratedEntry[] = [
  place('sea/Black Sea', 'Qara dəniz', 'Սև ծով', 'Чёрное море'),
  place('sea/Caspian Sea', 'Xəzər dənizi', 'Կասպից ծով', 'Каспийское море'),
  place('sea/Mediterranean Sea', 'Aralıq dənizi', 'Միջերկրական ծով', 'Средиземное море'),
  place('sea/Adriatic Sea', 'Adriatik dənizi', 'Ադրիատիկ ծով', 'Адриатическое море'),
  place('sea/Baltic Sea', 'Baltik dənizi', 'Բալթիկ ծով', 'Балтийское море'),
  place('sea/North Sea', 'Şimal dənizi', 'Հյուսիսային ծով', 'Северное море'),
  place('sea/Persian Gulf', 'Fars körfəzi', 'Պարսից ծոց', 'Персидский залив'),
  place('sea/Red Sea', 'Qırmızı dəniz', 'Կարմիր ծով', 'Красное море'),
  place('sea/Tyrrhenian Sea', 'Tirren dənizi', 'Տիրենյան ծով', 'Тирренское море'),
  place('sea/Aegean Sea', 'Egey dənizi', 'Էգեյան ծով', 'Эгейское море'),
  place('sea/Bosporus', 'Bosfor', 'Բոսֆոր', 'Босфор'),
  place('sea/Gulf of Gabès', null, null, 'Габес (залив)'),
  place('sea/Gulf of Lion', null, null, 'Лионский залив'),
  place('sea/Ionian Sea', 'İon dənizi', 'Հոնիական ծով', 'Ионическое море'),
  place('sea/Kattegat', null, null, 'Каттегат'),
  place('sea/Ligurian Sea', 'Liquriya dənizi', 'Լիգուրիական ծով', 'Лигурийское море'),
  place('sea/Sea of Azov', 'Azov dənizi', 'Ազովի ծով', 'Азовское море'),
  place('sea/Sea of Crete', null, null, 'Критское море'),
  place('sea/Bay of Mecklenburg', null, null, 'Мекленбургская бухта'),
  place('sea/Dardanelles', 'Dardanel', 'Դարդանելի նեղուց', 'Дарданеллы'),
  place('sea/Garabogaz Bay', 'Qaraboğazgöl', 'Կարա-Բողազ-Գոլ', 'Кара-Богаз-Гол'),
  place('sea/Sea of Marmara', 'Mərmərə dənizi', 'Մարմարա ծով', 'Мраморное море'),
  place('sea/Szczecin Lagoon', null, null, 'Щецинский залив'),
  place('sea/Vistula Lagoon', null, null, 'Калининградский залив'),
  place('sea/Wadden Sea', null, null, 'Ваттовое море'),
  place('sea/Øresund', null, null, 'Эресунн'),
  place('river/Danube', 'Dunay', 'Դանուբ', 'Дунай'),
  place('river/Euphrates', 'Fərat', 'Եփրատ', 'Евфрат'),
  place('river/Indus', null, 'Ինդոս', 'Инд'),
  place('river/Irtysh', 'İrtış', 'Իրտիշ', 'Иртыш'),
  place('river/Volga', 'Volqa', 'Վոլգա', 'Волга'),
  place('river/Amu Darya', 'Amudərya', 'Ամուդարյա', 'Амударья'),
  place('river/Daugava', null, null, 'Западная Двина'),
  place('river/Dnieper', 'Dnepr', 'Դնեպր', 'Днепр'),
  place('river/Elbe', 'Elba', 'Էլբա', 'Эльба'),
  place('river/Naryn', null, null, 'Нарын'),
  place('river/Ob', 'Ob', 'Օբ', 'Обь'),
  place('river/Oder', null, null, 'Одра'),
  place('river/Panj', null, null, 'Пяндж'),
  place('river/Rhine', 'Reyn', 'Ռեյն', 'Рейн'),
  place('river/Syr Darya', 'Sırdərya', 'Սիրդարյա', 'Сырдарья'),
  place('river/Tigris', 'Dəclə', 'Տիգրիս', 'Тигр'),
  place('river/Tobol', null, null, 'Тобол'),
  place('river/Ural', 'Ural', 'Ուրալ', 'Урал'),
  place('river/Vistula', 'Visla', 'Վիսլա', 'Висла'),
  place('river/Aras', 'Araz', 'Արաքս', 'Аракс'),
  place('river/Atrak', 'Ətrək', null, 'Атрек'),
  place('river/Kuban', 'Kuban', 'Կուբան', 'Кубань'),
  place('river/Kura', 'Kür', 'Կուր', 'Кура'),
  place('river/Kızılırmak', 'Qızılırmaq', null, 'Кызылырмак'),
  place('river/Murat', null, 'Արածանի', 'Мурат'),
  place('river/Qezel Owzan', 'Qızılüzən', null, 'Кызылузен'),
  place('river/Sakarya', 'Sakarya', null, 'Сакарья'),
  place('river/Sefid', null, null, 'Сефидруд'),
  place('region/Greater Caucasus', 'Böyük Qafqaz', 'Մեծ Կովկաս', 'Большой Кавказ'),
  place('region/Lesser Caucasus', 'Kiçik Qafqaz', 'Փոքր Կովկաս', 'Малый Кавказ'),
  place('region/Absheron Peninsula', 'Abşeron yarımadası', 'Ապշերոնի թերակղզի', 'Апшеронский полуостров'),
  place('region/Karakum Desert', 'Qaraqum', 'Կարակում', 'Каракумы'),
  place('region/Kyzylkum Desert', 'Qızılqum', 'Կիզիլկում', 'Кызылкум'),
  place('region/Ustyurt Plateau', 'Üstyurt', 'Ուստյուրտ', 'Устюрт'),
  place('region/Mangyshlak Peninsula', 'Manqışlaq yarımadası', 'Մանգիշլակ', 'Мангышлак'),
];

// ---------------------------------------------------------------------------------------------
// The atlas's own features: its descriptive names translated (place names as in the rows above,
// project names as established), and the atlas's places.
// ---------------------------------------------------------------------------------------------

type Three = [az: string, hy: string, ru: string];

/** A feature's name in az, hy, ru, and, where the map prints a shorter name, that too. */
function feature(id: string, names: Three, short?: Three, extra: Partial<Record<'en' | 'az' | 'hy' | 'ru', CuratedRow[]>> = {}): CuratedEntry {
  const row = (name: string): CuratedRow => ({ name, form: 'conventional', source: 'atlas-translation', ref: id });
  const shortRow = (name: string): CuratedRow => ({ name, form: 'short', source: 'atlas-translation', ref: id, note: 'the name the map prints beside the mark' });
  const rows = (i: 0 | 1 | 2, lang: 'az' | 'hy' | 'ru') => [row(names[i]), ...(short ? [shortRow(short[i])] : []), ...(extra[lang] ?? [])];
  return { key: `feature/${id}`, rows: { az: rows(0, 'az'), hy: rows(1, 'hy'), ru: rows(2, 'ru'), ...(extra.en ? { en: extra.en } : {}) } };
}

/** A place feature: the name as the place's own entries give it (its sources), no translation. */
function placeFeature(id: string, az: CuratedRow, hy: CuratedRow, ru: CuratedRow, extra: Partial<Record<'en' | 'az' | 'hy' | 'ru', CuratedRow[]>> = {}): CuratedEntry {
  return { key: `feature/${id}`, rows: { az: [az, ...(extra.az ?? [])], hy: [hy, ...(extra.hy ?? [])], ru: [ru, ...(extra.ru ?? [])], ...(extra.en ? { en: extra.en } : {}) } };
}

const official = (name: string, id: string): CuratedRow => ({ name, form: 'official', source: 'atlas-data', ref: id, note: 'Azerbaijani official name' });
const tr = (name: string, id: string, note?: string): CuratedRow => ({ name, form: 'conventional', source: 'atlas-translation', ref: id, ...(note ? { note } : {}) });
const usage = (name: string, id: string, note: string): CuratedRow => ({ name, form: 'usage', source: 'atlas-data', ref: id, note });

const KHIZI: Three = ['Xızı-Abşeron külək', 'Խըզը-Ապշերոն, հողմային', 'Хызы-Апшерон, ВЭС'];

export const FEATURES: CuratedEntry[] = [
  feature('bsc-submarine-cable', ['Qara dəniz sualtı kabeli (Anakliya–Konstansa)', 'Սև ծովի ստորջրյա մալուխ (Անակլիա–Կոնստանցա)', 'Черноморский подводный кабель (Анаклия–Констанца)']),
  feature(
    'bsc-landing-anaklia',
    ['Qara dəniz kabelinin sahil və çevirici stansiyası, Anakliya (planlaşdırılır)', 'Սևծովյան մալուխի ափամերձ և փոխակերպիչ կայան, Անակլիա (նախատեսված)', 'Береговая и преобразовательная станция черноморского кабеля, Анаклия (планируется)'],
    ['Anakliya', 'Անակլիա', 'Анаклия'],
  ),
  feature(
    'bsc-landing-constanta',
    ['Qara dəniz kabelinin sahil və çevirici stansiyası, Konstansa (planlaşdırılır)', 'Սևծովյան մալուխի ափամերձ և փոխակերպիչ կայան, Կոնստանցա (նախատեսված)', 'Береговая и преобразовательная станция черноморского кабеля, Констанца (планируется)'],
    ['Konstansa', 'Կոնստանցա', 'Констанца'],
  ),
  feature('bsc-onward-azerbaijan-georgia', ['Davamı: Azərbaycan–Gürcüstan şəbəkəsi ilə Anakliya sahil stansiyasına', 'Շարունակություն՝ Ադրբեջան–Վրաստան ցանցով մինչև Անակլիայի ափամերձ կայան', 'Продолжение: энергосеть Азербайджан–Грузия до берегового узла в Анаклии']),
  feature('bsc-onward-romania-hungary', ['Davamı: Rumıniya şəbəkəsi ilə Macarıstana', 'Շարունակություն՝ Ռումինիայի ցանցով մինչև Հունգարիա', 'Продолжение: энергосеть Румынии до Венгрии']),
  feature('plant-khizi-absheron-wind-sitalchay', ['Xızı-Abşeron Külək Elektrik Stansiyası: Sitalçay klasteri (Xızı)', 'Խըզը-Ապշերոնի հողմային էլեկտրակայան՝ Սիթալչայի հատված (Խըզը)', 'Хызы-Апшеронская ветровая электростанция: кластер Ситалчай (Хызы)'], KHIZI),
  feature('plant-khizi-absheron-wind-pirakashkul', ['Xızı-Abşeron Külək Elektrik Stansiyası: Pirəkəşkül klasteri (Abşeron)', 'Խըզը-Ապշերոնի հողմային էլեկտրակայան՝ Փիրաքաշքյուլի հատված (Ապշերոն)', 'Хызы-Апшеронская ветровая электростанция: кластер Пиракашкюль (Апшерон)'], KHIZI),
  feature('plant-garadagh-solar', ['Qaradağ Günəş Elektrik Stansiyası', 'Ղարադաղի արևային էլեկտրակայան', 'Гарадагская солнечная электростанция'], ['Qaradağ günəş', 'Ղարադաղ, արևային', 'Гарадаг, СЭС']),
  feature('plant-metsamor-npp', ['Metsamor (Erməni) Atom Elektrik Stansiyası', 'Մեծամորի (Հայկական) ատոմային էլեկտրակայան', 'Мецаморская (Армянская) атомная электростанция'], ['Metsamor atom', 'Մեծամոր, ատոմային', 'Мецамор, АЭС']),
  feature(
    'plant-western-renewables-area',
    [
      'Su və külək enerjisi layihələri, Kəlbəcər–Laçın ərazisi (erməni istifadəsində Karvaçar–Berdzor; bülletenin “qərb əraziləri”)',
      'Հիդրո և հողմային էներգիայի նախագծեր, Քելբաջար–Լաչին տարածք (հայկական անվանմամբ՝ Քարվաճառ–Բերձոր. տեղեկագրի «արևմտյան տարածքներ»)',
      'Гидро- и ветроэнергетические проекты, район Кельбаджар–Лачин (в армянском употреблении Карвачар–Бердзор; «западные территории» бюллетеня)',
    ],
    undefined,
    {
      en: [
        { name: 'Karvachar', form: 'usage', source: 'wikipedia-hy', ref: 'Քարվաճառ', note: 'Armenian usage for Kalbajar' },
        { name: 'Berdzor', form: 'usage', source: 'wikipedia-hy', ref: 'Բերձոր', note: 'Armenian usage for Lachin' },
      ],
    },
  ),
  feature('gec-central-asia-azerbaijan', ['Mərkəzi Asiya–Azərbaycan yaşıl enerji dəhlizi (Transxəzər elektrik xətti)', 'Կենտրոնական Ասիա–Ադրբեջան կանաչ էներգիայի միջանցք (Անդրկասպյան էլեկտրական կապ)', 'Зелёный энергетический коридор Центральная Азия–Азербайджан (Транскаспийская электрическая связь)']),
  feature('mc-kazakhstan-rail-dostyk-aktau', ['Qazaxıstan dəmir yolu magistralı: Dostıq–Moyıntı–Beyneu–Aktau', 'Ղազախստանի երկաթուղային մայրուղի՝ Դոստիկ–Մոյինտի–Բեյնեու–Ակտաու', 'Железнодорожная магистраль Казахстана: Достык–Мойынты–Бейнеу–Актау']),
  feature('mc-kazakhstan-rail-altynkol-moyynty', ['Qazaxıstan dəmir yolu: Altınkol (Xorqos)–Almatı–Şu–Moyıntı', 'Ղազախստանի երկաթուղի՝ Ալթինկոլ (Խորգոս)–Ալմաթի–Շու–Մոյինտի', 'Железная дорога Казахстана: Алтынколь (Хоргос)–Алматы–Шу–Мойынты']),
  feature('mc-kazakhstan-rail-kuryk', ['Kurık limanına dəmir yolu çıxışı', 'Երկաթուղային մուտք դեպի Կուրիկի նավահանգիստ', 'Железнодорожный подход к порту Курык']),
  feature('mc-port-aktau', ['Aktau limanı', 'Ակտաուի նավահանգիստ', 'Порт Актау'], ['Aktau', 'Ակտաու', 'Актау']),
  feature('mc-port-kuryk', ['Kurık limanı', 'Կուրիկի նավահանգիստ', 'Порт Курык'], ['Kurık', 'Կուրիկ', 'Курык']),
  feature('mc-port-turkmenbashi', ['Türkmənbaşı Beynəlxalq Dəniz Limanı', 'Թուրքմենբաշիի միջազգային ծովային նավահանգիստ', 'Туркменбашийский международный морской порт'], ['Türkmənbaşı', 'Թուրքմենբաշի', 'Туркменбаши']),
  feature('mc-port-baku-alat', ['Bakı Beynəlxalq Dəniz Ticarət Limanı (Ələt)', 'Բաքվի միջազգային ծովային առևտրային նավահանգիստ (Ալաթ)', 'Бакинский международный морской торговый порт (Алят)'], ['Ələt', 'Ալաթ', 'Алят']),
  feature('mc-port-poti', ['Poti limanı', 'Փոթիի նավահանգիստ', 'Порт Поти'], ['Poti', 'Փոթի', 'Поти']),
  feature('mc-port-batumi', ['Batumi limanı', 'Բաթումիի նավահանգիստ', 'Порт Батуми'], ['Batumi', 'Բաթումի', 'Батуми']),
  feature('mc-port-anaklia', ['Anakliya dərin su limanı (yer)', 'Անակլիայի խորջրյա նավահանգիստ (տեղանք)', 'Глубоководный порт Анаклия (площадка)'], ['Anakliya', 'Անակլիա', 'Анаклия']),
  feature('mc-sea-aktau-baku', ['Xəzər bərə xətti: Aktau–Bakı (Ələt)', 'Կասպյան լաստանավ՝ Ակտաու–Բաքու (Ալաթ)', 'Каспийский паром: Актау–Баку (Алят)']),
  feature('mc-sea-kuryk-baku', ['Xəzər bərə xətti: Kurık–Bakı (Ələt)', 'Կասպյան լաստանավ՝ Կուրիկ–Բաքու (Ալաթ)', 'Каспийский паром: Курык–Баку (Алят)']),
  feature('mc-sea-turkmenbashi-baku', ['Xəzər bərə xətti: Türkmənbaşı–Bakı (Ələt)', 'Կասպյան լաստանավ՝ Թուրքմենբաշի–Բաքու (Ալաթ)', 'Каспийский паром: Туркменбаши–Баку (Алят)']),
  feature('mc-baku-tbilisi-kars-railway', ['Bakı–Tbilisi–Qars dəmir yolu (Axalkalaki üzərindən)', 'Բաքու–Թբիլիսի–Կարս երկաթուղի (Ախալքալաքով)', 'Железная дорога Баку–Тбилиси–Карс (через Ахалкалаки)']),
  feature('mc-georgia-rail-black-sea-ports', ['Gürcüstan dəmir yolu Qara dəniz limanlarına (Tbilisi–Poti və Batumi)', 'Վրաստանի երկաթուղին դեպի Սև ծովի նավահանգիստներ (Թբիլիսի–Փոթի և Բաթումի)', 'Грузинская железная дорога к черноморским портам (Тбилиси–Поти и Батуми)']),
  feature('mc-sea-black-sea-constanta', ['Qara dəniz bərə və konteyner xətləri: Poti/Batumi–Konstansa', 'Սևծովյան լաստանավային և բեռնարկղային կապեր՝ Փոթի/Բաթումի–Կոնստանցա', 'Черноморские паромные и контейнерные линии: Поти/Батуми–Констанца']),
  feature('mc-turkiye-rail-kars-europe', ['Türkiyə üzərindən davam edən dəmir yolu: Qars–Ankara–İstanbul (Marmaray)–Kapıkule', 'Շարունակվող երկաթուղին Թուրքիայով՝ Կարս–Անկարա–Ստամբուլ (Մարմարայ)–Կապըկուլե', 'Продолжение по железной дороге через Турцию: Карс–Анкара–Стамбул (Мармарай)–Капыкуле']),
  feature('mc-uzbekistan-rail-tashkent-turkmenbashi', ['Özbəkistanın Türkmənistan üzərindən Xəzərə dəmir yolu çıxışı (Daşkənd–Buxara–Aşqabad–Türkmənbaşı)', 'Ուզբեկստանի երկաթուղային ելքը դեպի Կասպից ծով Թուրքմենստանով (Տաշքենդ–Բուխարա–Աշխաբադ–Թուրքմենբաշի)', 'Железнодорожный выход Узбекистана к Каспию через Туркменистан (Ташкент–Бухара–Ашхабад–Туркменбаши)']),
  feature('mc-uzbekistan-rail-navoi-beyneu', ['Özbəkistanın Qazaxıstan üzərindən Xəzərə dəmir yolu çıxışı (Nəvai–Nukus–Beyneu)', 'Ուզբեկստանի երկաթուղային ելքը դեպի Կասպից ծով Ղազախստանով (Նավոի–Նուկուս–Բեյնեու)', 'Железнодорожный выход Узбекистана к Каспию через Казахстан (Навои–Нукус–Бейнеу)']),
  feature('l330-jabrayil-aghband', ['Naxçıvana 330 kV-luq xətt: Cəbrayıl–Ağbənd hissəsi', '330 կՎ գիծ դեպի Նախիջևան՝ Ջաբրայիլ–Աղբենդ հատված', 'ЛЭП 330 кВ в Нахичевань: участок Джебраил–Агбенд']),
  feature('l330-syunik-segment', ['Naxçıvana 330 kV-luq xətt: Sünikdən (Ermənistan) keçən hissə', '330 կՎ գիծ դեպի Նախիջևան՝ Սյունիքով (Հայաստան) անցնող հատված', 'ЛЭП 330 кВ в Нахичевань: участок через Сюник (Армения)']),
  feature('l330-nakhchivan-ordubad', ['Naxçıvana 330 kV-luq xətt: Naxçıvan–Ordubad sərhəd hissəsi', '330 կՎ գիծ դեպի Նախիջևան՝ Նախիջևան–Օրդուբադ սահմանային հատված', 'ЛЭП 330 кВ в Нахичевань: участок Нахичевань–Ордубад до границы']),
  feature('l330-nakhchivan-substation', ['Yeni 330 kV-luq yarımstansiya, Naxçıvan', 'Նոր 330 կՎ ենթակայան, Նախիջևան', 'Новая подстанция 330 кВ, Нахичевань'], ['330 kV-luq yarımstansiya', '330 կՎ ենթակայան', 'Подстанция 330 кВ']),
  feature('n400-nakhchivan-agri', ['Naxçıvan–Türkiyə 400 kV-luq xətti (Ağrı istiqamətində)', 'Նախիջևան–Թուրքիա 400 կՎ գիծ (դեպի Աղրի)', 'ЛЭП 400 кВ Нахичевань–Турция (в направлении Агры)']),
  feature('n400-converter-substation', ['400 kV-luq çevirici yarımstansiya, Naxçıvan', '400 կՎ փոխակերպիչ ենթակայան, Նախիջևան', 'Преобразовательная подстанция 400 кВ, Нахичевань'], ['400 kV-luq çevirici yarımstansiya', '400 կՎ փոխակերպիչ ենթակայան', 'Преобразовательная подстанция 400 кВ']),
  placeFeature('place-baku', { name: 'Bakı', form: 'official', source: 'cldr', ref: 'exemplar city Asia/Baku' }, { name: 'Բաքու', form: 'conventional', source: 'cldr', ref: 'exemplar city Asia/Baku' }, { name: 'Баку', form: 'conventional', source: 'cldr', ref: 'exemplar city Asia/Baku' }),
  placeFeature('place-washington', wiki('az', 'Vaşinqton'), wiki('hy', 'Վաշինգտոն'), wiki('ru', 'Вашингтон')),
  {
    key: 'feature/place-nakhchivan-autonomous-republic',
    rows: CONTESTED_AND_ATTRIBUTED.find((entry) => entry.key === 'region/Nakhchivan Autonomous Republic')!.rows,
  },
  { key: 'feature/place-nakhchivan', rows: nakhchivanCity('x', ' (the atlas calls the feature “Nakhchivan (city)”)').rows },
  placeFeature('place-jabrayil', official('Cəbrayıl', 'place-jabrayil'), tr('Ջաբրայիլ', 'place-jabrayil'), tr('Джебраил', 'place-jabrayil')),
  placeFeature('place-aghband', official('Ağbənd', 'place-aghband'), tr('Աղբենդ', 'place-aghband'), tr('Агбенд', 'place-aghband')),
  placeFeature('place-ordubad', wiki('az', 'Ordubad'), wiki('hy', 'Օրդուբադ'), wiki('ru', 'Ордубад')),
  placeFeature('place-tashkent', { name: 'Daşkənd', form: 'conventional', source: 'cldr', ref: 'exemplar city Asia/Tashkent' }, { name: 'Տաշքենդ', form: 'conventional', source: 'cldr', ref: 'exemplar city Asia/Tashkent' }, { name: 'Ташкент', form: 'conventional', source: 'cldr', ref: 'exemplar city Asia/Tashkent' }),
  placeFeature('place-brussels', { name: 'Brüssel', form: 'conventional', source: 'cldr', ref: 'exemplar city Europe/Brussels' }, { name: 'Բրյուսել', form: 'conventional', source: 'cldr', ref: 'exemplar city Europe/Brussels' }, { name: 'Брюссель', form: 'conventional', source: 'cldr', ref: 'exemplar city Europe/Brussels' }),
  placeFeature('place-davos', wiki('az', 'Davos'), wiki('hy', 'Դավոս'), wiki('ru', 'Давос')),
  placeFeature(
    'place-khojaly',
    official('Xocalı', 'place-khojaly'),
    tr('Խոջալու', 'place-khojaly'),
    tr('Ходжалы', 'place-khojaly'),
    {
      az: [usage('İvanyan', 'place-khojaly', 'Armenian usage (the name given by the Armenian side in 1991)')],
      hy: [usage('Իվանյան', 'place-khojaly', 'Armenian usage (the name given by the Armenian side in 1991)')],
      ru: [usage('Иванян', 'place-khojaly', 'Armenian usage (the name given by the Armenian side in 1991)')],
    },
  ),
  placeFeature('place-baghanis-ayrim', official('Bağanis Ayrım', 'place-baghanis-ayrim'), tr('Բաղանիս Այրում', 'place-baghanis-ayrim'), tr('Баганис Айрум', 'place-baghanis-ayrim')),
  placeFeature('place-jamilli', official('Cəmilli', 'place-jamilli'), tr('Ջամիլլի', 'place-jamilli'), tr('Джамилли', 'place-jamilli')),
  placeFeature('place-karkijahan', official('Kərkicahan', 'place-karkijahan'), tr('Կրկժան', 'place-karkijahan', 'Armenian form of the name (Krkjan); Azerbaijani official Kərkicahan'), tr('Кяркиджахан', 'place-karkijahan'), {
    ru: [usage('Кркжан', 'place-karkijahan', 'Armenian usage')],
  }),
  placeFeature('place-meshali', official('Meşəli', 'place-meshali'), tr('Մեշալի', 'place-meshali'), tr('Мешали', 'place-meshali')),
  placeFeature('place-malibeyli', official('Malıbəyli', 'place-malibeyli'), tr('Մալիբեյլի', 'place-malibeyli'), tr('Малыбейли', 'place-malibeyli')),
  placeFeature('place-tugh', official('Tuğ', 'place-tugh'), tr('Տող', 'place-tugh', 'Armenian form of the name (Togh); Azerbaijani official Tuğ'), tr('Туг', 'place-tugh'), {
    ru: [usage('Тог', 'place-tugh', 'Armenian usage')],
  }),
  placeFeature('place-selaketin', official('Səlakətin', 'place-selaketin'), tr('Սալաքաթին', 'place-selaketin'), tr('Салакетин', 'place-selaketin')),
  placeFeature('place-garadaghly', official('Qaradağlı', 'place-garadaghly'), tr('Ղարադաղլու', 'place-garadaghly'), tr('Гарадаглы', 'place-garadaghly')),
  placeFeature('place-khojaly-airport', official('Xocalı Hava Limanı', 'place-khojaly-airport'), tr('Խոջալուի օդանավակայան', 'place-khojaly-airport'), tr('Аэропорт Ходжалы', 'place-khojaly-airport'), {
    hy: [usage('Ստեփանակերտի օդանավակայան', 'place-khojaly-airport', 'Armenian usage')],
    ru: [usage('Аэропорт Степанакерт', 'place-khojaly-airport', 'Armenian usage')],
  }),
  feature('rl-armenia-azerbaijan-turkiye-grid', ['Ermənistan–Azərbaycan(–Türkiyə) elektrik şəbəkələrinin birləşdirilməsi (müzakirə olunur)', 'Հայաստան–Ադրբեջան(–Թուրքիա) էլեկտրական ցանցերի միացում (քննարկվում է)', 'Энергосвязь Армения–Азербайджан(–Турция) (обсуждается)']),
  feature('rl-oil-products-to-armenia', ['Azərbaycandan Ermənistana neft məhsullarının tədarükü (Gürcüstan üzərindən)', 'Նավթամթերքի մատակարարումներ Ադրբեջանից Հայաստան (Վրաստանով)', 'Поставки нефтепродуктов из Азербайджана в Армению (через Грузию)']),
  feature('rl-trans-caspian-digital', ['Transxəzər rəqəmsal əlaqə (sxematik)', 'Անդրկասպյան թվային կապ (սխեմատիկ)', 'Транскаспийская цифровая связь (схематично)']),
  feature('sgc-south-caucasus-pipeline', ['Cənubi Qafqaz Boru Kəməri (SCP)', 'Հարավկովկասյան խողովակաշար (SCP)', 'Южно-Кавказский трубопровод (SCP)']),
  feature('sgc-tanap', ['Trans-Anadolu Təbii Qaz Boru Kəməri (TANAP)', 'Անդրանատոլիական բնական գազի խողովակաշար (TANAP)', 'Трансанатолийский газопровод (TANAP)']),
  feature('sgc-tap', ['Trans-Adriatik Boru Kəməri (TAP)', 'Անդրադրիատիկ խողովակաշար (TAP)', 'Трансадриатический газопровод (TAP)']),
  feature('sgc-onward-austria-germany', ['2026: Avstriya və Almaniyaya davam edən axınlar', '2026՝ շարունակվող հոսքեր դեպի Ավստրիա և Գերմանիա', '2026: дальнейшие поставки в Австрию и Германию']),
  feature('sgc-acg-fields', ['Azəri–Çıraq–Günəşli neft yataqları («Əsrin müqaviləsi»)', 'Ազերի–Չըրաղ–Գյունեշլի նավթահանքեր («Դարի պայմանագիր»)', 'Месторождения Азери–Чираг–Гюнешли («Контракт века»)']),
  feature('tripp-syunik-route', ['Sünikdən keçən TRIPP marşrutu (Mehri hissəsi)', 'TRIPP երթուղին Սյունիքով (Մեղրիի հատված)', 'Маршрут TRIPP через Сюник (мегринский участок)']),
  feature('tripp-horadiz-aghband-railway', ['Horadiz–Ağbənd dəmir yolu', 'Հորադիզ–Աղբենդ երկաթուղի', 'Железная дорога Горадиз–Агбенд']),
  feature('tripp-nakhchivan-railway', ['Naxçıvan dəmir yolu (Ordubad–Culfa–Naxçıvan–Sədərək)', 'Նախիջևանի երկաթուղի (Օրդուբադ–Ջուլֆա–Նախիջևան–Սադարակ)', 'Нахичеванская железная дорога (Ордубад–Джульфа–Нахичевань–Садарак)']),
  feature('tripp-kars-igdir-dilucu-railway', ['Qars–İğdır–Dilucu dəmir yolu', 'Կարս–Իգդիր–Դիլուջու երկաթուղի', 'Железная дорога Карс–Ыгдыр–Дилуджу']),
];
