/**
 * Other names, abbreviations and spellings of the project features, for search and for the panel
 * (the places carry theirs in places.ts). Each says whose usage it is: the documents' own terms and
 * one side's names are searchable, and never shown as the atlas's own.
 */
import type { AlternateName, AlternateNameUsage } from '../../src/model/features/feature.ts';

/** Several names of one usage: `usage('spelling', 'Agbend', 'Aghbend')`. */
export const usage = (kind: AlternateNameUsage, ...names: string[]): AlternateName[] => names.map((name) => ({ name, usage: kind }));

export const PROJECT_ALTERNATE_NAMES: Record<string, AlternateName[]> = {
  'tripp-syunik-route': [
    ...usage('abbreviation', 'TRIPP'),
    ...usage('project', 'Trump Route for International Peace and Prosperity'),
    ...usage('bulletin', 'Zangezur corridor'),
    ...usage('international', 'Meghri route', 'Syunik route'),
  ],
  'tripp-horadiz-aghband-railway': [
    ...usage('spelling', 'Horadiz–Agbend railway'),
    ...usage('azerbaijani-official', 'Horadiz–Ağbənd railway', 'Horadiz–Aghband–Zangezur railway'),
  ],
  'tripp-nakhchivan-railway': usage('project', 'Julfa railway', 'Sadarak–Julfa–Ordubad railway'),
  'tripp-kars-igdir-dilucu-railway': [
    ...usage('turkish', 'Kars–Iğdır–Aralık–Dilucu railway'),
    ...usage('project', 'Kars–Igdir–Nakhchivan railway'),
    ...usage('spelling', 'Kars–Igdir–Dilucu railway'),
  ],
  'mc-kazakhstan-rail-dostyk-aktau': [
    ...usage('abbreviation', 'TITR'),
    ...usage('bulletin', 'Trans-Caspian International Transport Route'),
    ...usage('project', 'Middle Corridor', 'Dostyk–Moyynty second track'),
  ],
  'mc-sea-aktau-baku': [
    ...usage('abbreviation', 'TITR'),
    ...usage('bulletin', 'Trans-Caspian International Transport Route'),
    ...usage('project', 'Middle Corridor'),
    ...usage('charter', 'Trans-Caspian Transport Corridor'),
  ],
  'mc-baku-tbilisi-kars-railway': [
    ...usage('abbreviation', 'BTK', 'TITR'),
    ...usage('spelling', 'Kars–Tbilisi–Baku railway'),
    ...usage('project', 'Baku–Tbilisi–Akhalkalaki–Kars railway', 'Middle Corridor'),
  ],
  'mc-port-baku-alat': usage('project', 'Port of Baku', 'Alat port', 'Baku port'),
  'mc-port-turkmenbashi': [...usage('spelling', 'Türkmenbaşy port'), ...usage('historic', 'Krasnovodsk port')],
  'mc-turkiye-rail-kars-europe': usage('project', 'Marmaray'),
  'sgc-south-caucasus-pipeline': [
    ...usage('abbreviation', 'SCP', 'SCPX'),
    ...usage('project', 'South Caucasus Pipeline Expansion', 'Baku–Tbilisi–Erzurum pipeline'),
  ],
  'sgc-tanap': [...usage('abbreviation', 'TANAP'), ...usage('project', 'Trans-Anatolian Pipeline')],
  'sgc-tap': [...usage('abbreviation', 'TAP'), ...usage('spelling', 'Trans-Adriatic Pipeline')],
  'sgc-onward-austria-germany': [...usage('abbreviation', 'TAG', 'WAG'), ...usage('project', 'Trans Austria Gasleitung', 'West-Austria-Gasleitung')],
  'sgc-acg-fields': [
    ...usage('abbreviation', 'ACG'),
    ...usage('spelling', 'Azeri-Chirag-Guneshli'),
    ...usage('project', 'Azeri–Chirag–Deepwater Gunashli'),
    ...usage('charter', 'Contract of the Century'),
  ],
  'bsc-submarine-cable': [
    ...usage('project', 'Black Sea Energy', 'Caspian–Black Sea–Europe Green Energy Corridor'),
    ...usage('bulletin', 'Black Sea Submarine Cable'),
    ...usage('abbreviation', 'BSSC'),
  ],
  'gec-central-asia-azerbaijan': usage('project', 'Trans-Caspian Green Energy Corridor', 'Caspian–Black Sea–Europe Green Energy Corridor'),
  'l330-jabrayil-aghband': [
    ...usage('bulletin', 'Zangezur power line', 'Zangezur transmission line', 'Jabrayil–Agbend line'),
    ...usage('azerbaijani-official', 'Cəbrayıl–Ağbənd line'),
  ],
  'l330-syunik-segment': usage('bulletin', 'Zangezur power line', 'Zangezur corridor segment'),
  'l330-nakhchivan-ordubad': usage('bulletin', 'Zangezur power line', 'Zangezur transmission line'),
  'n400-nakhchivan-agri': [...usage('project', 'Jabrayil–Ağrı line'), ...usage('azerbaijani-official', 'Cəbrayıl–Ağrı line')],
  'plant-metsamor-npp': [...usage('project', 'Armenian Nuclear Power Plant'), ...usage('abbreviation', 'ANPP'), ...usage('spelling', 'Medzamor')],
};
