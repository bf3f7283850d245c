import { describe, expect, it } from 'vitest';
import { GPU_QUALITY, isSoftwareRenderer, SOFTWARE_QUALITY, volumeQualityFor } from './renderQuality';

describe('volume render quality', () => {
  it('recognises software GL renderers', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
  });
  it('casts fewer rays in software', () => {
    expect(volumeQualityFor('SwiftShader')).toBe(SOFTWARE_QUALITY);
    expect(volumeQualityFor('Apple M2')).toBe(GPU_QUALITY);
    expect(SOFTWARE_QUALITY.imageSampleDistance).toBeGreaterThan(GPU_QUALITY.imageSampleDistance);
  });
});
