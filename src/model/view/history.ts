/**
 * Which changes of the view are pages of the browser's history: the views a user made (a feature
 * selected, a passage opened, a corridor or a place jumped to, a presentation started) are new
 * pages that Back returns from; panning, zooming and filtering rewrite the current page, so that
 * the history is not flooded. Pure.
 */
import { passageKey } from '../documents/citationIndex.ts';
import type { ViewState } from './viewState.ts';

export type HistoryMove = 'push' | 'replace';

/** `sentThere`: the map was sent somewhere on the user's request since the last page was written. */
export function historyMove(previous: ViewState, next: ViewState, sentThere: boolean): HistoryMove {
  const passage = (view: ViewState) => (view.passage ? passageKey(view.passage) : null);
  const made =
    sentThere ||
    next.feature !== previous.feature ||
    passage(next) !== passage(previous) ||
    next.presentation.on !== previous.presentation.on;
  return made ? 'push' : 'replace';
}
