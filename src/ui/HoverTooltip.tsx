import { useEffect, useRef } from 'react';
import { useAtlas } from '../state/store.ts';
import './HoverTooltip.css';

/** How far from the pointer the name sits, so that it does not hide what is pointed at. */
const OFFSET_PX = 14;

/**
 * The name of the feature under the pointer, next to the pointer. The store changes only when
 * another feature is pointed at; following the pointer moves this element directly, no render.
 */
export function HoverTooltip() {
  const hover = useAtlas((state) => state.hover);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const tooltip = ref.current;
    const area = tooltip?.offsetParent;
    if (!tooltip || !(area instanceof HTMLElement)) return;
    const follow = (event: PointerEvent) => {
      const box = area.getBoundingClientRect();
      tooltip.style.left = `${event.clientX - box.left + OFFSET_PX}px`;
      tooltip.style.top = `${event.clientY - box.top + OFFSET_PX}px`;
    };
    area.addEventListener('pointermove', follow, { passive: true });
    return () => area.removeEventListener('pointermove', follow);
  }, [hover]);

  if (!hover) return null;
  return (
    <div ref={ref} className="hover-tooltip" role="tooltip" lang="en" style={{ left: hover.x + OFFSET_PX, top: hover.y + OFFSET_PX }}>
      {hover.name}
    </div>
  );
}
