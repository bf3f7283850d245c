/** One class of a label map: integer label value → anatomical structure. */
export interface LabelClass {
  /** Integer value in the label map (1..n; 0 is background). */
  label: number;
  /** Canonical structure id (TotalSegmentator name where one exists, e.g. `kidney_left`), or `label_<n>`. */
  id: string;
  /** Human display name. */
  name: string;
  /** RGB 0-255. */
  color: [number, number, number];
}

/** Names a label map's classes. */
export interface ClassMap {
  /** e.g. 'total', 'total_mr', 'builtin:bones', 'file:…' */
  source: string;
  classes: LabelClass[];
}
