import { STATUS_LABELS } from '../style/symbology';
import type { AtlasFeature } from '../model/feature';

export function StatusBadge({ feature }: { feature: AtlasFeature }) {
  const { status, status_year, kind } = feature.properties;
  // A place is not built or planned: it has no status worth a badge.
  if (kind === 'place') return null;
  return (
    <span className={`status-badge status-${status.replace(/ /g, '-')}`}>
      {STATUS_LABELS[status]} <span className="status-year">({status_year})</span>
    </span>
  );
}
