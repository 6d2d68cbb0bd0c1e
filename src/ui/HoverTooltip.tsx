import { useAtlas } from '../state/store';

/** The name of the feature under the pointer, next to the pointer. */
export function HoverTooltip() {
  const hover = useAtlas((state) => state.hover);
  if (!hover) return null;
  return (
    <div className="hover-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      {hover.name}
    </div>
  );
}
