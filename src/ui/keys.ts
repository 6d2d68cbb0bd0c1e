/**
 * Whether a key press belongs to where the focus is: a field being typed in, a dialog, or (for
 * Enter and Space) a button or link that the key presses. Global shortcuts leave those alone.
 */
export function keyBelongsToFocus(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, dialog, [role="dialog"]')) return true;
  return (event.key === ' ' || event.key === 'Enter') && target.closest('button, a, [role="button"]') !== null;
}
