/**
 * Growable stack of voxel offsets for flood fills. Starts small: a fill's frontier is far smaller than the volume,
 * and preallocating one slot per voxel would cost 4 bytes x voxels (0.5 GB for a 512x512x500 CT).
 */
export class OffsetStack {
  private data: Int32Array;
  private top = 0;
  constructor(initialCapacity = 1 << 16) {
    this.data = new Int32Array(initialCapacity);
  }
  push(offset: number): void {
    if (this.top === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.top++] = offset;
  }
  pop(): number {
    return this.data[--this.top]!;
  }
  get size(): number {
    return this.top;
  }
}
