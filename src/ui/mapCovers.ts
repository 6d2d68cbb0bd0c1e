/** What is drawn over the map (a tour's caption, presentation controls, title, legend), measured where it is now. */
import type { ScreenRect } from '../model/view/framing.ts';

/** Elements over the map that a framed subject must stay clear of. */
const COVERS = '[data-covers-map], .presentation-overlay .map-legend';

export function coversOver(container: HTMLElement): ScreenRect[] {
  const origin = container.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>(COVERS)].flatMap((element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return [];
    return [{ left: box.left - origin.left, top: box.top - origin.top, right: box.right - origin.left, bottom: box.bottom - origin.top }];
  });
}
