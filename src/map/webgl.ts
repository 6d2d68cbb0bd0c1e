/** Tells, before the map is made, whether this browser can draw it. */
export type WebglSupport = { ok: true } | { ok: false; reason: string };

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
    return {
      ok: false,
      reason:
        'This browser cannot draw the map: WebGL 2 is turned off or not supported. ' +
        'Try an up-to-date Firefox, Chrome, Edge or Safari, or turn on hardware acceleration in the browser settings.',
    };
  } catch (error) {
    return { ok: false, reason: `This browser cannot draw the map: ${String(error)}` };
  }
}
