import '@kitware/vtk.js/Rendering/Profiles/Volume';
import '@kitware/vtk.js/Rendering/Profiles/Geometry';
import vtkDataArray from '@kitware/vtk.js/Common/Core/DataArray';
import vtkImageData from '@kitware/vtk.js/Common/DataModel/ImageData';
import vtkImageMapper from '@kitware/vtk.js/Rendering/Core/ImageMapper';
import vtkImageSlice from '@kitware/vtk.js/Rendering/Core/ImageSlice';
import vtkRenderWindow from '@kitware/vtk.js/Rendering/Core/RenderWindow';
import vtkRenderer from '@kitware/vtk.js/Rendering/Core/Renderer';
import type vtkOpenGLRenderWindow from '@kitware/vtk.js/Rendering/OpenGL/RenderWindow';
import { createDisposalRegistry } from '../vtkDisposal';
import type { SliceGrid } from './sliceGrid';
import type { WindowLevel } from './windowLevel';

/**
 * vtk.js objects of one 2D view: the intensity slice drawn as a 2D image in plane coordinates
 * (u, v mm; see SliceGrid), viewed by a parallel camera, window/level applied by vtk.js. No vtk
 * interactor: the view handles pointer events itself so screen ↔ plane mapping stays explicit.
 * (The label overlay is a canvas above it, see overlayCanvas.ts.)
 */
export interface SliceScene {
  /** Replace the slice's pixels (new grid size allowed). */
  setSlice(grid: SliceGrid, intensity: Float32Array): void;
  setWindowLevel(wl: WindowLevel): void;
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

  renderer.addActor(imageActor);
  const camera = renderer.getActiveCamera();
  camera.setParallelProjection(true);

  const place = (data: vtkImageData, grid: SliceGrid, values: Float32Array, z: number) => {
    data.setDimensions(grid.widthPx, grid.heightPx, 1);
    data.setSpacing([grid.pixelMm, grid.pixelMm, 1]);
    data.setOrigin([grid.uMinMm + 0.5 * grid.pixelMm, grid.vMinMm + 0.5 * grid.pixelMm, z]);
    const scalars = vtkDataArray.newInstance({ name: 'values', numberOfComponents: 1, values });
    data.getPointData().setScalars(scalars);
    data.modified();
  };

  return {
    setSlice(grid, intensity) {
      place(image, grid, intensity, 0);
    },
    setWindowLevel(wl) {
      imageActor.getProperty().setColorWindow(wl.width);
      imageActor.getProperty().setColorLevel(wl.center);
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
