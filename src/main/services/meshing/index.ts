/** Public surface of the meshing service: label map → closed LPS surface meshes → STL/OBJ files. */
export { buildStructureMeshes, selectStructures, meshCache, DEFAULT_SMOOTHING_ITERATIONS, type BuildStructureMeshesOptions } from './buildStructureMeshes';
export { exportMeshes, encodeStl, encodeObj, meshFileName, type ExportMeshesOptions, type MeshFileFormat } from './exportMeshes';
export { alignLabelsToImage } from './alignLabelsToImage';
export { meshStructures, type StructureMesh, type StructureRef, type MeshStructuresInput } from './meshStructures';
export { checkWatertight, signedVolume, volumeCentroid, pointBounds, weldIdenticalVertices, type WatertightReport, type Bounds } from './meshMetrics';
