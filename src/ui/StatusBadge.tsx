import { STATUS_LABELS } from '../style/symbology';
import type { AtlasFeature } from '../model/feature';

export function StatusBadge({ feature }: { feature: AtlasFeature }) {
  const { status, status_year } = feature.properties;
  // Places and regions are not built or planned: they carry no project status and get no badge.
  if (!status) return null;
  return (
    <span className={`status-badge status-${status.replace(/ /g, '-')}`}>
      {STATUS_LABELS[status]} {status_year !== undefined && <span className="status-year">({status_year})</span>}
    </span>
  );
}
