/**
 * Other names, abbreviations and spellings of the project features, for search (the places carry
 * theirs in places.ts). The documents' own terms are here too: a reader may search by them.
 */
export const PROJECT_ALTERNATE_NAMES: Record<string, string[]> = {
  'tripp-syunik-route': ['TRIPP', 'Trump Route for International Peace and Prosperity', 'Zangezur corridor', 'Meghri route', 'Syunik route'],
  'tripp-horadiz-aghband-railway': ['Horadiz–Agbend railway', 'Horadiz–Ağbənd railway', 'Horadiz–Aghband–Zangezur railway'],
  'tripp-nakhchivan-railway': ['Julfa railway', 'Sadarak–Julfa–Ordubad railway'],
  'tripp-kars-igdir-dilucu-railway': ['Kars–Iğdır–Aralık–Dilucu railway', 'Kars–Igdir–Nakhchivan railway', 'Kars–Igdir–Dilucu railway'],
  'mc-kazakhstan-rail-dostyk-aktau': ['TITR', 'Trans-Caspian International Transport Route', 'Middle Corridor', 'Dostyk–Moyynty second track'],
  'mc-sea-aktau-baku': ['TITR', 'Trans-Caspian International Transport Route', 'Middle Corridor', 'Trans-Caspian Transport Corridor'],
  'mc-baku-tbilisi-kars-railway': ['BTK', 'Kars–Tbilisi–Baku railway', 'Baku–Tbilisi–Akhalkalaki–Kars railway', 'TITR', 'Middle Corridor'],
  'mc-port-baku-alat': ['Port of Baku', 'Alat port', 'Baku port'],
  'mc-port-turkmenbashi': ['Türkmenbaşy port', 'Krasnovodsk port'],
  'mc-turkiye-rail-kars-europe': ['Marmaray'],
  'sgc-south-caucasus-pipeline': ['SCP', 'SCPX', 'South Caucasus Pipeline Expansion', 'Baku–Tbilisi–Erzurum pipeline'],
  'sgc-tanap': ['TANAP', 'Trans-Anatolian Pipeline'],
  'sgc-tap': ['TAP', 'Trans-Adriatic Pipeline'],
  'sgc-onward-austria-germany': ['TAG', 'Trans Austria Gasleitung', 'WAG', 'West-Austria-Gasleitung'],
  'sgc-acg-fields': ['ACG', 'Azeri-Chirag-Guneshli', 'Azeri–Chirag–Deepwater Gunashli', 'Contract of the Century'],
  'bsc-submarine-cable': ['Black Sea Energy', 'Black Sea Submarine Cable', 'BSSC', 'Caspian–Black Sea–Europe Green Energy Corridor'],
  'gec-central-asia-azerbaijan': ['Trans-Caspian Green Energy Corridor', 'Caspian–Black Sea–Europe Green Energy Corridor'],
  'z330-jabrayil-aghband': ['Zangezur power line', 'Zangezur transmission line', 'Jabrayil–Agbend line', 'Cəbrayıl–Ağbənd line'],
  'z330-zangezur-segment': ['Zangezur power line', 'Zangezur corridor segment'],
  'z330-nakhchivan-ordubad': ['Zangezur power line', 'Zangezur transmission line'],
  'n400-nakhchivan-agri': ['Jabrayil–Ağrı line', 'Cəbrayıl–Ağrı line'],
  'plant-metsamor-npp': ['Armenian Nuclear Power Plant', 'ANPP', 'Medzamor'],
};
