import { FormattedMessage, useIntl } from 'react-intl';
import type { AtlasFeature } from '../model/features/feature.ts';
import { featuresAsCsv, featuresAsGeoJson, featuresAsKml } from '../model/exports/featureExport.ts';
import { citationsAsWebAnnotations } from '../model/exports/webAnnotations.ts';
import { citationIndex, documents, texts } from '../state/atlasData.ts';
import { download } from './download.ts';
import { appUrl } from './appUrl.ts';
import { useAtlas } from '../state/store.ts';
import './DownloadButtons.css';

/** Downloads of the features shown: data as GeoJSON, CSV and KML (docs/DATA-EXPORTS.md), citations as Web Annotations. */
export function DownloadButtons({ features }: { features: readonly AtlasFeature[] }) {
  // The features come as they stood in the year shown: the files say which year their statuses are of.
  const year = useAtlas((state) => state.year);
  const context = () => ({ index: citationIndex, docs: documents, appUrl: appUrl(), year });
  const empty = features.length === 0;
  const intl = useIntl();
  return (
    <div className="downloads" role="group" aria-label={intl.formatMessage({ id: 'downloads.label', defaultMessage: 'Download the features shown' })}>
      <button type="button" disabled={empty} onClick={() => download(new Blob([featuresAsGeoJson(features, context())], { type: 'application/geo+json' }), 'corridor-atlas-features.geojson')}>
        GeoJSON
      </button>
      <button type="button" disabled={empty} onClick={() => download(new Blob([featuresAsCsv(features, context())], { type: 'text/csv;charset=utf-8' }), 'corridor-atlas-features.csv')}>
        CSV
      </button>
      <button
        type="button"
        disabled={empty}
        onClick={async () =>
          download(new Blob([await featuresAsKml(features, context())], { type: 'application/vnd.google-earth.kml+xml' }), 'corridor-atlas-features.kml')
        }
      >
        KML
      </button>
      <button
        type="button"
        disabled={empty}
        onClick={() =>
          download(
            new Blob([citationsAsWebAnnotations(features, citationIndex, texts, appUrl())], { type: 'application/ld+json' }),
            'corridor-atlas-citations.jsonld',
          )
        }
      >
        <FormattedMessage id="downloads.citations" defaultMessage="Citations (Web Annotations)" description="W3C Web Annotations: a standard's name" />
      </button>
    </div>
  );
}
