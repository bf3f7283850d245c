/** Ray-casting settings for the 3D volume. */
export interface VolumeQuality {
  /** Rays per screen pixel side: 1 = one ray per pixel, 2 = one per 2x2 pixels. */
  imageSampleDistance: number;
  /** Most samples along one ray (the step is the volume's diagonal / this, or finer). */
  samplesPerDiagonal: number;
  /** Gradient shading (six extra texture reads per sample); presets may still turn it off. */
  allowShading: boolean;
}

/** A real GPU: a ray per pixel, ~800 steps across the volume. */
export const GPU_QUALITY: VolumeQuality = { imageSampleDistance: 1, samplesPerDiagonal: 800, allowShading: true };
/**
 * A software rasteriser (SwiftShader, llvmpipe) ray-casts on the CPU and stalls the page for tens of
 * seconds on a 512x512x300 CT at full quality (measured, bench/viewer-render.ts): cast ~9x fewer
 * rays with ~3x fewer steps and no gradient shading there.
 */
export const SOFTWARE_QUALITY: VolumeQuality = { imageSampleDistance: 3, samplesPerDiagonal: 300, allowShading: false };

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|mesa offscreen/i;

/** True when a WebGL renderer string names a software implementation. */
export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_RENDERERS.test(rendererName);
}

/** Renderer name of this browser's WebGL2, from a throwaway context ('' when unavailable). */
export function webglRendererName(): string {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2');
  if (!gl) return '';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

export function volumeQualityFor(rendererName: string): VolumeQuality {
  return isSoftwareRenderer(rendererName) ? SOFTWARE_QUALITY : GPU_QUALITY;
}
