import '@kitware/vtk.js/Rendering/Profiles/Volume';
import '@kitware/vtk.js/Rendering/Profiles/Geometry';
import vtkDataArray from '@kitware/vtk.js/Common/Core/DataArray';
import vtkImageData from '@kitware/vtk.js/Common/DataModel/ImageData';
import vtkPiecewiseFunction from '@kitware/vtk.js/Common/DataModel/PiecewiseFunction';
import vtkOrientationMarkerWidget from '@kitware/vtk.js/Interaction/Widgets/OrientationMarkerWidget';
import vtkActor from '@kitware/vtk.js/Rendering/Core/Actor';
import vtkAnnotatedCubeActor from '@kitware/vtk.js/Rendering/Core/AnnotatedCubeActor';
import vtkCellPicker from '@kitware/vtk.js/Rendering/Core/CellPicker';
import vtkColorTransferFunction from '@kitware/vtk.js/Rendering/Core/ColorTransferFunction';
import vtkMapper from '@kitware/vtk.js/Rendering/Core/Mapper';
import vtkVolume from '@kitware/vtk.js/Rendering/Core/Volume';
import vtkVolumeMapper from '@kitware/vtk.js/Rendering/Core/VolumeMapper';
import vtkGenericRenderWindow from '@kitware/vtk.js/Rendering/Misc/GenericRenderWindow';
import type { Vec3, VolumeGeometry } from '../../../../shared/domain/geometry';
import type { MeshPayload } from '../../../../shared/ipc/contract';
import { createDisposalRegistry, type Deletable } from '../vtkDisposal';
import { polyDataFromMesh } from './surfaceMesh';
import { volumeQualityFor, webglRendererName } from './renderQuality';
import type { VolumePreset } from './volumePresets';

export interface ValueRange {
  min: number;
  max: number;
}

export interface SurfaceStyle {
  color: [number, number, number];
  opacity: number;
  visible: boolean;
  highlighted: boolean;
}

/** vtk.js objects of the 3D view: volume rendering, one surface actor per structure, orientation cube. */
export interface VolumeScene {
  /**
   * Show the 3D display copy (see displayVolume.ts): float voxels on `geometry` with their known
   * range, so vtk.js neither scans the voxels for it nor converts them before the texture upload.
   */
  setVolume(geometry: VolumeGeometry, voxels: Float32Array, range: ValueRange): void;
  /** Swap the rendered voxels (masked copy or the original, same grid) without touching geometry or camera. */
  setVoxels(voxels: Float32Array, range: ValueRange): void;
  /** True once voxels were given, so a render shows the volume (benchmarks time the first such frame). */
  hasVolume(): boolean;
  setPreset(preset: VolumePreset): void;
  setVolumeVisible(visible: boolean): void;
  setSurfaces(meshes: MeshPayload[]): void;
  styleSurface(id: string, style: SurfaceStyle): void;
  surfaces(): Array<{ id: string; visible: boolean }>;
  /** Structure id and LPS point of the visible surface under a CSS-pixel position, or null. */
  pick(xCss: number, yCss: number): { id: string; positionLps: Vec3 } | null;
  resetCamera(): void;
  /** Match the canvas to the container's size. */
  resize(): void;
  render(): void;
  dispose(): void;
}

const LETTER_FACES = { xPlus: 'L', xMinus: 'R', yPlus: 'P', yMinus: 'A', zPlus: 'S', zMinus: 'I' } as const;

export function createVolumeScene(container: HTMLElement): VolumeScene {
  const bag = createDisposalRegistry();
  const quality = volumeQualityFor(webglRendererName());
  const grw = bag.track(vtkGenericRenderWindow.newInstance({ background: [0.05, 0.05, 0.07], listenWindowResize: false }));
  grw.setContainer(container);
  const renderer = grw.getRenderer();
  const renderWindow = grw.getRenderWindow();
  const interactor = grw.getInteractor();

  const image = bag.track(vtkImageData.newInstance());
  const mapper = bag.track(vtkVolumeMapper.newInstance());
  mapper.setInputData(image);
  const volume = bag.track(vtkVolume.newInstance());
  volume.setMapper(mapper);
  const ctfun = bag.track(vtkColorTransferFunction.newInstance());
  const ofun = bag.track(vtkPiecewiseFunction.newInstance());
  volume.getProperty().setRGBTransferFunction(0, ctfun);
  volume.getProperty().setScalarOpacity(0, ofun);
  volume.getProperty().setInterpolationTypeToLinear();
  volume.setVisibility(false);
  renderer.addVolume(volume);

  // orientation cube labelled in LPS: +x is the patient's Left
  const cube = bag.track(vtkAnnotatedCubeActor.newInstance());
  cube.setDefaultStyle({ fontStyle: 'bold', fontFamily: 'Arial', fontColor: 'white', faceColor: '#3a4a6b', edgeThickness: 0.05, edgeColor: 'white', resolution: 200 });
  for (const [face, text] of Object.entries(LETTER_FACES)) {
    const setter = `set${face[0].toUpperCase()}${face.slice(1)}FaceProperty` as 'setXPlusFaceProperty';
    cube[setter]({ text });
  }
  const marker = bag.track(vtkOrientationMarkerWidget.newInstance({ actor: cube, interactor }));
  marker.setViewportCorner(vtkOrientationMarkerWidget.Corners.BOTTOM_LEFT);
  marker.setViewportSize(0.18);
  marker.setMinPixelSize(60);
  marker.setMaxPixelSize(140);
  marker.setEnabled(true);
  bag.onDispose(() => marker.setEnabled(false));

  const picker = bag.track(vtkCellPicker.newInstance());
  picker.setPickFromList(true);
  picker.setTolerance(0);

  const surfaceActors = new Map<string, { actor: vtkActor; owned: Deletable[] }>();
  const actorToId = new Map<vtkActor, string>();
  const clearSurfaces = () => {
    for (const { actor, owned } of surfaceActors.values()) {
      renderer.removeActor(actor);
      owned.forEach((o) => bag.release(o));
    }
    surfaceActors.clear();
    actorToId.clear();
    picker.initializePickList();
  };
  bag.onDispose(clearSurfaces);

  const resetCamera = () => {
    // anterior view: patient's right on the screen's left, superior up; fits what is visible
    const camera = renderer.getActiveCamera();
    let b = renderer.computeVisiblePropBounds();
    if (!(b[1] >= b[0])) b = image.getBounds();
    const c = [(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2];
    camera.setFocalPoint(c[0], c[1], c[2]);
    camera.setPosition(c[0], c[1] - 1000, c[2]);
    camera.setViewUp(0, 0, 1);
    renderer.resetCamera(b as [number, number, number, number, number, number]);
    renderer.resetCameraClippingRange();
  };

  let hasVolume = false;
  let volumeWanted = false;
  // vtk.js cannot render a volume without scalars, and the display copy arrives after the view asks for it
  const applyVisibility = () => volume.setVisibility(volumeWanted && hasVolume);
  const setScalars = (voxels: Float32Array, range: ValueRange) => {
    const scalars = vtkDataArray.newInstance({ name: 'scalars', numberOfComponents: 1, values: voxels });
    // a preset range spares vtk.js a full scan of the voxels on the UI thread before the upload
    scalars.setRange(range, 0);
    // the mapper releases the replaced array's texture on the next render (GPU resources are keyed by array)
    image.getPointData().setScalars(scalars);
    image.modified();
    hasVolume = true;
    applyVisibility();
  };

  return {
    setVolume(geometry, voxels, range) {
      image.setDimensions(geometry.sizeIjk);
      image.setSpacing(geometry.spacingMm);
      image.setOrigin(geometry.originLps);
      const d = geometry.direction;
      // vtk.js stores direction column-major (column c = axis c), ours is row-major
      image.setDirection([d[0], d[3], d[6], d[1], d[4], d[7], d[2], d[5], d[8]]);
      setScalars(voxels, range);
      const minSpacing = Math.min(...geometry.spacingMm);
      const b = image.getBounds();
      const diagonalMm = Math.hypot(b[1] - b[0], b[3] - b[2], b[5] - b[4]);
      // sub-voxel steps, capped per ray; fewer rays and steps on software GL (see renderQuality.ts)
      mapper.setSampleDistance(Math.max(minSpacing * 0.7, diagonalMm / quality.samplesPerDiagonal));
      mapper.setMaximumSamplesPerRay(Math.ceil(quality.samplesPerDiagonal * 1.25));
      mapper.setImageSampleDistance(quality.imageSampleDistance);
      volume.getProperty().setScalarOpacityUnitDistance(0, minSpacing * 2);
    },
    setVoxels: setScalars,
    hasVolume: () => hasVolume,
    setPreset(preset) {
      ctfun.removeAllPoints();
      for (const [v, r, g, b] of preset.colors) ctfun.addRGBPoint(v, r, g, b);
      ofun.removeAllPoints();
      for (const [v, o] of preset.opacities) ofun.addPoint(v, o);
      const p = volume.getProperty();
      p.setShade(preset.shade && quality.allowShading);
      p.setAmbient(0.25);
      p.setDiffuse(0.75);
      p.setSpecular(0.2);
    },
    setVolumeVisible(visible) {
      volumeWanted = visible;
      applyVisibility();
    },
    setSurfaces(meshes) {
      clearSurfaces();
      for (const mesh of meshes) {
        const poly = bag.track(polyDataFromMesh(mesh));
        const m = bag.track(vtkMapper.newInstance());
        m.setInputData(poly);
        m.setScalarVisibility(false);
        const actor = bag.track(vtkActor.newInstance());
        actor.setMapper(m);
        renderer.addActor(actor);
        picker.addPickList(actor);
        surfaceActors.set(mesh.structureId, { actor, owned: [actor, m, poly] });
        actorToId.set(actor, mesh.structureId);
      }
    },
    styleSurface(id, style) {
      const entry = surfaceActors.get(id);
      if (!entry) return;
      const p = entry.actor.getProperty();
      const [r, g, b] = style.color.map((c) => c / 255);
      p.setColor(r, g, b);
      p.setOpacity(style.opacity);
      // hover: brighten through ambient light rather than changing the structure's colour
      p.setAmbient(style.highlighted ? 0.55 : 0.15);
      p.setDiffuse(0.8);
      p.setSpecular(0.25);
      p.setSpecularPower(20);
      entry.actor.setVisibility(style.visible && style.opacity > 0);
      entry.actor.setPickable(style.visible && style.opacity > 0);
    },
    surfaces() {
      return [...surfaceActors.entries()].map(([id, { actor }]) => ({ id, visible: actor.getVisibility() }));
    },
    pick(xCss, yCss) {
      const rect = container.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      picker.pick([xCss * dpr, (rect.height - yCss) * dpr, 0], renderer);
      const actors = picker.getActors();
      if (actors.length === 0) return null;
      const id = actorToId.get(actors[0]);
      if (!id) return null;
      const p = picker.getPickPosition();
      return { id, positionLps: [p[0], p[1], p[2]] };
    },
    resetCamera,
    resize() {
      grw.resize();
    },
    render() {
      renderWindow.render();
    },
    dispose() {
      bag.dispose();
    },
  };
}
