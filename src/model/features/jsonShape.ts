/** Whether parsed JSON is an object with keys (not null, not an array): the first question of every outline check. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
