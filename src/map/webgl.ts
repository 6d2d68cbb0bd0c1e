/**
 * Tells, before the map is made, whether this browser can draw it; when it cannot, the browser's
 * own error if it gave one (its words, not ours: shown as they are, beside the interface's own).
 */
export type WebglSupport = { ok: true } | { ok: false; error?: string };

export function detectWebgl(doc: Document = document): WebglSupport {
  try {
    const canvas = doc.createElement('canvas');
    // MapLibre GL 6 and deck.gl 9 both need WebGL 2.
    const gl = canvas.getContext('webgl2');
    if (gl) {
      // Give the test context back at once: browsers allow only a few live ones.
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return { ok: true };
    }
    return { ok: false };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
