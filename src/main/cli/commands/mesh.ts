import { OstendoError } from '../../../shared/errors';
import { resolveClassMap } from '../../services/anatomy/resolveClassMap';
import { meshLabelFile } from '../../services/meshing/meshLabelFile';
import type { MeshFileFormat } from '../../services/meshing/exportMeshes';
import type { CliCommand, ParsedArgs } from '../command';
import { loadVolumeArg } from './info';

function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  if (v === true) throw new OstendoError('INVALID_REQUEST', `--${name} needs a value`);
  return v === false ? undefined : v;
}

function parseFormat(value: string | undefined): MeshFileFormat {
  if (value === undefined) return 'stl';
  if (value === 'stl' || value === 'obj') return value;
  throw new OstendoError('INVALID_REQUEST', `--format must be stl or obj, got '${value}'`);
}

function parseStructures(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) throw new OstendoError('INVALID_REQUEST', '--structures needs at least one structure id');
  return ids;
}

export const meshCommand: CliCommand = {
  name: 'mesh',
  summary: 'Closed surface meshes (LPS mm) of label-map structures, written as binary STL or OBJ for 3D printing',
  usage: 'ostendo mesh <image> --labels <file> --out DIR [--structures a,b] [--format stl|obj] [--classes total|total_mr|FILE] [--json]',
  async run(args, io) {
    const target = args.positional[0];
    if (!target) throw new OstendoError('INVALID_REQUEST', 'mesh needs an image (file, DICOM folder or series id) that defines the grid');
    const labelsPath = stringFlag(args, 'labels');
    if (!labelsPath) throw new OstendoError('INVALID_REQUEST', 'mesh needs --labels <file>');
    const outDir = stringFlag(args, 'out');
    if (!outDir) throw new OstendoError('INVALID_REQUEST', 'mesh needs --out DIR');
    const format = parseFormat(stringFlag(args, 'format'));
    const structureIds = parseStructures(stringFlag(args, 'structures'));
    const classesArg = stringFlag(args, 'classes');
    const image = await loadVolumeArg(target, args);
    const result = await meshLabelFile({
      image,
      labelsPath,
      outDir,
      format,
      structureIds,
      classMapFor: (labelValues) => resolveClassMap(classesArg, labelValues),
    });
    if (args.flags.json) {
      io.stdout(JSON.stringify(result, null, 2));
      return 0;
    }
    if (result.resampledToImageGrid) io.stderr('note: label map stored in another axis order; re-stored onto the image grid');
    for (const s of result.structures) {
      io.stdout(`${s.file}  ${s.structureId} (label ${s.label}): ${s.triangles} triangles, ${s.meshVolumeMl.toFixed(1)} mL${s.watertight ? '' : '  NOT WATERTIGHT'}`);
    }
    if (result.absent.length > 0) io.stderr(`no voxels for: ${result.absent.join(', ')}`);
    io.stdout(`${result.structures.length} ${format.toUpperCase()} file(s) in ${result.outDir} (coordinates LPS mm)`);
    return 0;
  },
};
