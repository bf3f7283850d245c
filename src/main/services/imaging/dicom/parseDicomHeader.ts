import { OstendoError } from '../../../../shared/errors';

/** The header fields Ostendo needs to file an instance into patient/study/series and sort it. */
export interface DicomHeader {
  transferSyntaxUid: string;
  sopInstanceUid: string;
  patientId: string;
  patientName: string;
  patientBirthDate: string;
  studyInstanceUid: string;
  studyDate: string;
  studyDescription: string;
  accessionNumber: string;
  seriesInstanceUid: string;
  seriesNumber: string;
  seriesDescription: string;
  modality: string;
  frameOfReferenceUid: string;
  instanceNumber: number | null;
  /** (0020,0032) LPS mm of the first transmitted pixel's centre */
  imagePositionPatient: number[] | null;
  /** (0020,0037) row then column direction cosines, LPS */
  imageOrientationPatient: number[] | null;
  /** (0028,0030) row spacing, column spacing (mm) */
  pixelSpacingMm: number[] | null;
  rows: number;
  columns: number;
  numberOfFrames: number;
  hasPixelData: boolean;
}

const TAGS: Record<number, keyof DicomHeader> = {
  0x00020010: 'transferSyntaxUid',
  0x00080018: 'sopInstanceUid',
  0x00100020: 'patientId',
  0x00100010: 'patientName',
  0x00100030: 'patientBirthDate',
  0x0020000d: 'studyInstanceUid',
  0x00080020: 'studyDate',
  0x00081030: 'studyDescription',
  0x00080050: 'accessionNumber',
  0x0020000e: 'seriesInstanceUid',
  0x00200011: 'seriesNumber',
  0x0008103e: 'seriesDescription',
  0x00080060: 'modality',
  0x00200052: 'frameOfReferenceUid',
};
const MEDIA_SOP_INSTANCE = 0x00020003;
const PIXEL_DATA = 0x7fe00010;
const ITEM = 0xfffee000;
const ITEM_END = 0xfffee00d;
const SEQ_END = 0xfffee0dd;
const UNDEFINED = 0xffffffff;
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);

class Reader {
  pos: number;
  constructor(readonly buf: Buffer, start: number, public explicit: boolean) {
    this.pos = start;
  }
  need(n: number, what: string): void {
    if (this.pos + n > this.buf.length) throw new OstendoError('TRUNCATED_FILE', `file ends inside ${what}`);
  }
  tag(): number {
    this.need(4, 'a tag');
    const group = this.buf.readUInt16LE(this.pos);
    const element = this.buf.readUInt16LE(this.pos + 2);
    this.pos += 4;
    return ((group << 16) | element) >>> 0;
  }
  /** Reads VR (if explicit) and value length of the element whose tag was just read. */
  header(tag: number): { vr: string; length: number } {
    if (tag === ITEM || tag === ITEM_END || tag === SEQ_END) {
      this.need(4, 'an item length');
      const length = this.buf.readUInt32LE(this.pos);
      this.pos += 4;
      return { vr: 'na', length };
    }
    if (!this.explicit) {
      this.need(4, 'a value length');
      const length = this.buf.readUInt32LE(this.pos);
      this.pos += 4;
      return { vr: tag === PIXEL_DATA ? 'OW' : 'UN', length };
    }
    this.need(4, 'a VR');
    const vr = this.buf.toString('latin1', this.pos, this.pos + 2);
    if (!/^[A-Z]{2}$/.test(vr)) throw new OstendoError('NOT_DICOM', `invalid value representation at byte ${this.pos}`);
    if (LONG_VRS.has(vr)) {
      this.need(8, 'a value length');
      const length = this.buf.readUInt32LE(this.pos + 4);
      this.pos += 8;
      return { vr, length };
    }
    const length = this.buf.readUInt16LE(this.pos + 2);
    this.pos += 4;
    return { vr, length };
  }
}

/** Skips an undefined-length sequence or item list until its SequenceDelimitationItem. */
function skipUndefinedSequence(r: Reader): void {
  for (;;) {
    const tag = r.tag();
    const { length } = r.header(tag);
    if (tag === SEQ_END) return;
    if (tag === ITEM) {
      if (length === UNDEFINED) skipUndefinedItem(r);
      else skip(r, length, 'a sequence item');
      continue;
    }
    throw new OstendoError('NOT_DICOM', `unexpected tag ${tag.toString(16)} inside a sequence`);
  }
}

function skipUndefinedItem(r: Reader): void {
  for (;;) {
    const tag = r.tag();
    const { vr, length } = r.header(tag);
    if (tag === ITEM_END) return;
    if (length === UNDEFINED) {
      if (vr === 'SQ' || vr === 'UN' || tag === PIXEL_DATA) skipUndefinedSequence(r);
      else throw new OstendoError('NOT_DICOM', 'undefined length on a non-sequence element');
    } else skip(r, length, 'an element');
  }
}

function skip(r: Reader, length: number, what: string): void {
  r.need(length, what);
  r.pos += length;
}

function parseNumbers(text: string): number[] | null {
  const parts = text.split('\\').map((s) => Number.parseFloat(s.trim()));
  return parts.length > 0 && parts.every((n) => Number.isFinite(n)) ? parts : null;
}

/**
 * Parse a DICOM Part 10 file's header without decoding pixels (Ostendo's own reader: it files instances into
 * series and tells a truncated or non-DICOM file apart before the decoder sees it). Supports explicit and
 * implicit VR little endian and encapsulated (compressed) pixel data; checks that the pixel data is complete.
 * Throws OstendoError NOT_DICOM / TRUNCATED_FILE / UNSUPPORTED_FILE.
 */
export function parseDicomHeader(buf: Buffer): DicomHeader {
  if (buf.length < 132 || buf.toString('latin1', 128, 132) !== 'DICM') {
    throw new OstendoError('NOT_DICOM', 'no DICM marker at byte 128 (not a DICOM Part 10 file)');
  }
  const h: DicomHeader = {
    transferSyntaxUid: '', sopInstanceUid: '', patientId: '', patientName: '', patientBirthDate: '', studyInstanceUid: '',
    studyDate: '', studyDescription: '', accessionNumber: '', seriesInstanceUid: '', seriesNumber: '', seriesDescription: '',
    modality: '', frameOfReferenceUid: '', instanceNumber: null, imagePositionPatient: null, imageOrientationPatient: null,
    pixelSpacingMm: null, rows: 0, columns: 0, numberOfFrames: 1, hasPixelData: false,
  };
  let mediaSopInstance = '';
  const r = new Reader(buf, 132, true);
  let switched = false;
  while (r.pos < buf.length) {
    const tag = r.tag();
    if (!switched && tag >>> 16 !== 0x0002) {
      // end of the file meta group: the data set uses the transfer syntax it announced
      switched = true;
      const ts = h.transferSyntaxUid;
      if (ts === '1.2.840.10008.1.2.2') throw new OstendoError('UNSUPPORTED_FILE', 'explicit VR big endian is not supported');
      if (ts === '1.2.840.10008.1.2.1.99') throw new OstendoError('UNSUPPORTED_FILE', 'deflated transfer syntax is not supported');
      r.explicit = ts !== '1.2.840.10008.1.2';
      if (!r.explicit) {
        r.pos -= 4;
        continue;
      }
    }
    const { vr, length } = r.header(tag);
    if (tag === PIXEL_DATA) {
      h.hasPixelData = true;
      if (length === UNDEFINED) skipUndefinedSequence(r);
      else skip(r, length, 'the pixel data');
      break;
    }
    if (length === UNDEFINED) {
      skipUndefinedSequence(r);
      continue;
    }
    r.need(length, 'an element value');
    if (vr === 'SQ') {
      r.pos += length;
      continue;
    }
    const start = r.pos;
    r.pos += length;
    const field = TAGS[tag];
    const text = (): string => buf.toString('latin1', start, start + length).replace(/[\0\s]+$/, '').trim();
    if (field) (h as unknown as Record<string, unknown>)[field] = text();
    else if (tag === MEDIA_SOP_INSTANCE) mediaSopInstance = text();
    else if (tag === 0x00200013) h.instanceNumber = parseNumbers(text())?.[0] ?? null;
    else if (tag === 0x00200032) h.imagePositionPatient = parseNumbers(text());
    else if (tag === 0x00200037) h.imageOrientationPatient = parseNumbers(text());
    else if (tag === 0x00280030) h.pixelSpacingMm = parseNumbers(text());
    else if (tag === 0x00280008) h.numberOfFrames = parseNumbers(text())?.[0] ?? 1;
    else if (tag === 0x00280010 && length === 2) h.rows = buf.readUInt16LE(start);
    else if (tag === 0x00280011 && length === 2) h.columns = buf.readUInt16LE(start);
  }
  if (!h.sopInstanceUid) h.sopInstanceUid = mediaSopInstance;
  return h;
}
