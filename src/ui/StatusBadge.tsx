import { FormattedMessage, useIntl } from 'react-intl';
import { STATUS_LABELS } from '../model/scene/symbology.ts';
import type { AtlasFeature } from '../model/features/feature.ts';
import { useAtlas } from '../state/store.ts';
import { featuresInYear } from '../state/shownFeatures.ts';
import './StatusBadge.css';

/**
 * A project's status in the year the map shows: "Operating (2026)" at the documents' present,
 * "Under construction (in 2012)" on the slider, "Not yet begun in 2005" before its first event.
 */
export function StatusBadge({ feature }: { feature: AtlasFeature }) {
  const intl = useIntl();
  const year = useAtlas((state) => state.year);
  // Places and regions are not built or planned: they carry no project status and get no badge.
  if (!feature.properties.status) return null;
  const then = year === null ? feature : featuresInYear(year).find((candidate) => candidate.id === feature.id);
  if (!then?.properties.status) {
    return (
      <span className="status-badge status-not-begun">
        <FormattedMessage id="status.notBegun" defaultMessage="Not yet begun in {year}" values={{ year: String(year) }} />
      </span>
    );
  }
  const status = then.properties.status;
  return (
    <span className={`status-badge status-${status.replace(/ /g, '-')}`}>
      {intl.formatMessage(STATUS_LABELS[status])}{' '}
      <span className="status-year">
        {year === null ? (
          `(${feature.properties.status_year})`
        ) : (
          <FormattedMessage id="status.inYear" defaultMessage="(in {year})" description="After a status: the year the map shows" values={{ year: String(year) }} />
        )}
      </span>
    </span>
  );
}
