import type { PlanJson } from '../../../libs/client/src/plan-types';
import type { FieldAddress } from './plan-edits';

// Where the relations diagram draws each dataset and arrow. Datasets sit in layers by
// dependency: a dataset no other references is in layer 0, one referencing only layer-0
// datasets in layer 1, and so on. `across` puts layers side by side (referenced on the left),
// `down` stacks them (referenced on top) for narrow screens.

export interface Relation {
  from: FieldAddress;
  to: FieldAddress;
}

export type Orientation = 'across' | 'down';

export type RowKind = 'key' | 'unique' | 'reference' | 'referenced';

export interface BoxRow {
  field: string;
  kind: RowKind;
  // Centre line of the row.
  y: number;
}

export interface BoxLayout {
  dataset: string;
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
  rows: BoxRow[];
}

export interface ArrowLayout {
  relation: Relation;
  path: string;
  // The label sits by the arrow's start, where arrows never share a spot; it ends at labelX
  // across (left of the box) and starts there down (above the box).
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: BoxLayout[];
  arrows: ArrowLayout[];
}

export const BOX_WIDTH = 176;
export const HEADER_HEIGHT = 28;
export const ROW_HEIGHT = 20;
const BOX_PADDING = 6;
const MARGIN = 12;
// Room between layers for the arrows and their labels.
const LAYER_GAP = { across: 120, down: 64 } as const;
const SIBLING_GAP = { across: 24, down: 20 } as const;
const LABEL_STEP = 13;

export function planRelations(plan: PlanJson): Relation[] {
  return plan.datasets.flatMap((dataset) =>
    dataset.fields.flatMap((field) =>
      field.foreign_key ? [{ from: { dataset: dataset.name, field: field.name }, to: { dataset: field.foreign_key.dataset, field: field.foreign_key.field } }] : [],
    ),
  );
}

export function relationText(relation: Relation): string {
  return `${relation.from.dataset}.${relation.from.field} references ${relation.to.dataset}.${relation.to.field}`;
}

// Each dataset's layer, in plan order. A reference to a missing dataset, to itself or around
// a cycle adds no depth, so an edited plan that is not (yet) valid still lays out.
export function dependencyLayers(plan: PlanJson): Map<string, number> {
  const targets = new Map(plan.datasets.map((dataset) => [dataset.name, new Set<string>()]));
  for (const relation of planRelations(plan)) {
    if (relation.to.dataset !== relation.from.dataset && targets.has(relation.to.dataset)) targets.get(relation.from.dataset)!.add(relation.to.dataset);
  }
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  const layerOf = (name: string): number => {
    const known = layers.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return -1;
    visiting.add(name);
    const layer = Math.max(-1, ...[...targets.get(name)!].map(layerOf)) + 1;
    visiting.delete(name);
    layers.set(name, layer);
    return layer;
  };
  for (const dataset of plan.datasets) layerOf(dataset.name);
  return new Map(plan.datasets.map((dataset) => [dataset.name, layers.get(dataset.name)!]));
}

export function layoutDiagram(plan: PlanJson, orientation: Orientation): DiagramLayout {
  const relations = planRelations(plan);
  const layers = dependencyLayers(plan);
  const referenced = new Set(relations.map((relation) => `${relation.to.dataset}.${relation.to.field}`));
  const sized = plan.datasets.map((dataset) => {
    const rows = dataset.fields.flatMap((field): { field: string; kind: RowKind }[] => {
      if (field.foreign_key) return [{ field: field.name, kind: 'reference' }];
      if (field.primary_key) return [{ field: field.name, kind: 'key' }];
      if (field.unique) return [{ field: field.name, kind: 'unique' }];
      return referenced.has(`${dataset.name}.${field.name}`) ? [{ field: field.name, kind: 'referenced' }] : [];
    });
    return { dataset: dataset.name, layer: layers.get(dataset.name)!, rows, height: HEADER_HEIGHT + rows.length * ROW_HEIGHT + BOX_PADDING };
  });
  const layerCount = Math.max(0, ...sized.map((box) => box.layer + 1));
  const inLayer = (layer: number) => sized.filter((box) => box.layer === layer);

  const boxes: BoxLayout[] = [];
  let layerStart = MARGIN;
  for (let layer = 0; layer < layerCount; layer++) {
    const members = inLayer(layer);
    let offset = MARGIN;
    for (const member of members) {
      const x = orientation === 'across' ? layerStart : offset;
      const y = orientation === 'across' ? offset : layerStart;
      boxes.push({
        dataset: member.dataset,
        layer,
        x,
        y,
        width: BOX_WIDTH,
        height: member.height,
        rows: member.rows.map((row, index) => ({ ...row, y: y + HEADER_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2 })),
      });
      offset += (orientation === 'across' ? member.height : BOX_WIDTH) + SIBLING_GAP[orientation];
    }
    const depth = orientation === 'across' ? BOX_WIDTH : Math.max(0, ...members.map((member) => member.height));
    layerStart += depth + LAYER_GAP[orientation];
  }
  boxes.sort((a, b) => plan.datasets.findIndex((d) => d.name === a.dataset) - plan.datasets.findIndex((d) => d.name === b.dataset));

  const arrows = relations.flatMap((relation) => {
    const source = boxes.find((box) => box.dataset === relation.from.dataset);
    const target = boxes.find((box) => box.dataset === relation.to.dataset);
    if (!source || !target) return [];
    return [orientation === 'across' ? arrowAcross(relation, source, target) : arrowDown(relation, source, target, relations)];
  });

  return {
    width: Math.max(...boxes.map((box) => box.x + box.width), 0) + MARGIN,
    height: Math.max(...boxes.map((box) => box.y + box.height), 0) + MARGIN,
    boxes,
    arrows,
  };
}

// From the referencing column on the left edge of its box to the key on the right edge of the
// referenced box.
function arrowAcross(relation: Relation, source: BoxLayout, target: BoxLayout): ArrowLayout {
  const start = { x: source.x, y: rowY(source, relation.from.field) };
  const end = { x: target.x + target.width, y: rowY(target, relation.to.field) };
  const bend = Math.max(40, Math.abs(start.x - end.x) / 2);
  return { ...curve(relation, start, { x: start.x - bend, y: start.y }, { x: end.x + bend, y: end.y }, end), labelX: start.x - 6, labelY: start.y - 4, labelAnchor: 'end' };
}

// From the top of the referencing box (one spot per reference) to the bottom of the
// referenced one.
function arrowDown(relation: Relation, source: BoxLayout, target: BoxLayout, relations: readonly Relation[]): ArrowLayout {
  const outgoing = relations.filter((candidate) => candidate.from.dataset === relation.from.dataset);
  const slot = outgoing.indexOf(relation);
  const start = { x: source.x + (source.width * (slot + 1)) / (outgoing.length + 1), y: source.y };
  const end = { x: target.x + target.width / 2, y: target.y + target.height };
  const bend = Math.max(24, Math.abs(start.y - end.y) / 2);
  // Labels of one box's arrows step upwards so they do not overlap.
  const label = { labelX: start.x + 4, labelY: start.y - 6 - slot * LABEL_STEP, labelAnchor: 'start' as const };
  return { ...curve(relation, start, { x: start.x, y: start.y - bend }, { x: end.x, y: end.y + bend }, end), ...label };
}

interface Point {
  x: number;
  y: number;
}

function curve(relation: Relation, start: Point, control1: Point, control2: Point, end: Point): Pick<ArrowLayout, 'relation' | 'path'> {
  return { relation, path: `M ${start.x} ${start.y} C ${control1.x} ${control1.y}, ${control2.x} ${control2.y}, ${end.x} ${end.y}` };
}

function rowY(box: BoxLayout, field: string): number {
  return box.rows.find((row) => row.field === field)?.y ?? box.y + HEADER_HEIGHT / 2;
}
