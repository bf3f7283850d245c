import '@kitware/vtk.js/Rendering/Profiles/Volume';
import '@kitware/vtk.js/Rendering/Profiles/Geometry';
import vtkDataArray from '@kitware/vtk.js/Common/Core/DataArray';
import vtkImageData from '@kitware/vtk.js/Common/DataModel/ImageData';
import vtkColorTransferFunction from '@kitware/vtk.js/Rendering/Core/ColorTransferFunction';
import vtkPiecewiseFunction from '@kitware/vtk.js/Common/DataModel/PiecewiseFunction';
import vtkImageMapper from '@kitware/vtk.js/Rendering/Core/ImageMapper';
import vtkImageSlice from '@kitware/vtk.js/Rendering/Core/ImageSlice';
import vtkRenderWindow from '@kitware/vtk.js/Rendering/Core/RenderWindow';
import vtkRenderer from '@kitware/vtk.js/Rendering/Core/Renderer';
import type vtkOpenGLRenderWindow from '@kitware/vtk.js/Rendering/OpenGL/RenderWindow';
import { createDisposalRegistry } from '../vtkDisposal';
import type { SliceGrid } from './sliceGrid';
import type { WindowLevel } from './windowLevel';

/** Colour/opacity of one display index of the label overlay (index 1..255). */
export interface OverlayEntry {
  index: number;
  color: [number, number, number];
  /** 0..1; 0 hides the structure. */
  opacity: number;
}

/** Share of a structure's opacity used for the 2D fill, so the anatomy underneath stays readable. */
export const FILL_ALPHA = 0.5;

/**
 * vtk.js objects of one 2D view: an intensity slice and a label slice drawn as 2D images in
 * plane coordinates (u, v mm; see SliceGrid), viewed by a parallel camera. No vtk interactor:
 * the view handles pointer events itself so screen ↔ plane mapping stays explicit.
 */
export interface SliceScene {
  /** Replace both slices' pixels (new grid size allowed). */
  setSlices(grid: SliceGrid, intensity: Float32Array, labels: Uint8Array | null): void;
  setWindowLevel(wl: WindowLevel): void;
  setOverlay(entries: OverlayEntry[], mode: 'fill' | 'outline'): void;
  /** Camera centre (u, v mm) and half-height of the view in mm. */
  setCamera(centerUMm: number, centerVMm: number, halfHeightMm: number): void;
  resize(widthCssPx: number, heightCssPx: number): void;
  render(): void;
  dispose(): void;
}

export function createSliceScene(container: HTMLElement): SliceScene {
  const bag = createDisposalRegistry();
  const renderWindow = bag.track(vtkRenderWindow.newInstance());
  const renderer = bag.track(vtkRenderer.newInstance({ background: [0, 0, 0] }));
  renderWindow.addRenderer(renderer);
  const glWindow = renderWindow.newAPISpecificView('WebGL') as vtkOpenGLRenderWindow;
  bag.onDispose(() => glWindow.delete());
  glWindow.setContainer(container);
  renderWindow.addView(glWindow);
  bag.onDispose(() => glWindow.setContainer(null as unknown as HTMLElement));

  const image = bag.track(vtkImageData.newInstance());
  const imageMapper = bag.track(vtkImageMapper.newInstance());
  imageMapper.setInputData(image);
  imageMapper.setSlicingMode(2); // K: the grid is one slice thick
  const imageActor = bag.track(vtkImageSlice.newInstance());
  imageActor.setMapper(imageMapper);
  imageActor.getProperty().setInterpolationTypeToLinear();

  const labels = bag.track(vtkImageData.newInstance());
  const labelMapper = bag.track(vtkImageMapper.newInstance());
  labelMapper.setInputData(labels);
  labelMapper.setSlicingMode(2);
  const labelActor = bag.track(vtkImageSlice.newInstance());
  labelActor.setMapper(labelMapper);
  const labelProp = labelActor.getProperty();
  labelProp.setInterpolationTypeToNearest();
  labelProp.setUseLookupTableScalarRange(true);
  const cfun = bag.track(vtkColorTransferFunction.newInstance());
  const ofun = bag.track(vtkPiecewiseFunction.newInstance());
  labelProp.setRGBTransferFunction(0, cfun);
  labelProp.setPiecewiseFunction(0, ofun);
  labelActor.setVisibility(false);

  renderer.addActor(imageActor);
  renderer.addActor(labelActor);
  const camera = renderer.getActiveCamera();
  camera.setParallelProjection(true);

  const place = (data: vtkImageData, grid: SliceGrid, values: Float32Array | Uint8Array, z: number) => {
    data.setDimensions(grid.widthPx, grid.heightPx, 1);
    data.setSpacing([grid.pixelMm, grid.pixelMm, 1]);
    data.setOrigin([grid.uMinMm + 0.5 * grid.pixelMm, grid.vMinMm + 0.5 * grid.pixelMm, z]);
    const scalars = vtkDataArray.newInstance({ name: 'values', numberOfComponents: 1, values });
    data.getPointData().setScalars(scalars);
    data.modified();
  };

  return {
    setSlices(grid, intensity, labelSlice) {
      place(image, grid, intensity, 0);
      if (labelSlice) place(labels, grid, labelSlice, 0.01);
      labelActor.setVisibility(labelSlice !== null);
    },
    setWindowLevel(wl) {
      imageActor.getProperty().setColorWindow(wl.width);
      imageActor.getProperty().setColorLevel(wl.center);
    },
    setOverlay(entries, mode) {
      cfun.removeAllPoints();
      ofun.removeAllPoints();
      cfun.addRGBPoint(0, 0, 0, 0);
      ofun.addPoint(0, 0);
      let maxIndex = 1;
      const outlineOpacity: number[] = [];
      // plateaus of ±0.4 around each index keep neighbouring labels' colours from blending
      for (const e of entries) {
        const [r, g, b] = e.color.map((c) => c / 255);
        const alpha = mode === 'fill' ? e.opacity * FILL_ALPHA : 0;
        for (const x of [e.index - 0.4, e.index + 0.4]) {
          cfun.addRGBPoint(x, r, g, b);
          ofun.addPoint(x, alpha);
        }
        outlineOpacity[e.index - 1] = e.opacity;
        maxIndex = Math.max(maxIndex, e.index);
      }
      for (let n = 0; n < maxIndex; n++) outlineOpacity[n] ??= 0;
      cfun.setMappingRange(0, 255);
      labelProp.setUseLabelOutline(mode === 'outline');
      labelProp.setLabelOutlineThickness(1);
      labelProp.setLabelOutlineOpacity(outlineOpacity);
    },
    setCamera(cu, cv, halfHeightMm) {
      camera.setFocalPoint(cu, cv, 0);
      camera.setPosition(cu, cv, 1000);
      camera.setViewUp(0, 1, 0);
      camera.setParallelScale(halfHeightMm);
      camera.setClippingRange(1, 2000);
    },
    resize(w, h) {
      const dpr = window.devicePixelRatio || 1;
      glWindow.setSize(Math.max(1, Math.floor(w * dpr)), Math.max(1, Math.floor(h * dpr)));
    },
    render() {
      renderWindow.render();
    },
    dispose() {
      bag.dispose();
    },
  };
}
