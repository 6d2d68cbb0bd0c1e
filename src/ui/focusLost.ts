/**
 * Whether keyboard focus was lost: the control that had it went away with what it opened (a
 * search result, "Read in source"), and the browser dropped focus to the page. Then the focus
 * goes to what was opened, so a keyboard or screen-reader user carries on from there.
 */
export function focusWasLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}
