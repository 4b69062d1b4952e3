import { SIBLING_RANKED_TYPES } from '../../../../libs/catalogue/src/sibling-ranked-types.js';
import type { Dataset, Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { TableKey, TableReference } from '../encoders/table-shape.js';
import type { FieldContext, FieldValue, SharedPick, SiblingRank } from '../fields/field-context.js';
import { ChildAllocation } from './child-allocation.js';
import { compositeKeysOf, singlePrimaryKey, type CompositeKeySpec } from './composite-keys.js';
import { JointKey } from './joint-key.js';
import { PlanError } from './plan-error.js';
import { streamKey, type DatasetKeys } from './random.js';

// What ties several fields of a dataset together: its composite keys, its foreign key groups
// (fields taking their values from one referenced record), the joint picks of keys made of
// references only, and references with a count of children per parent, beside which a key's
// other fields are kept distinct among siblings. Single fields never meet any of it, so plans
// without these relations compile and write exactly as before.
export class DatasetRelations {
  readonly compositeKeys: readonly CompositeKeySpec[];
  readonly problems: string[] = [];
  private readonly primaryMembers = new Set<number>();
  // Fields kept clean at messy levels: composite key members and grouped references.
  private readonly keyMembers = new Set<number>();
  // Foreign key groups of several fields, by name: their field positions.
  private readonly groups = new Map<string, readonly number[]>();
  private readonly groupStreams = new Map<string, number>();
  private readonly joints = new Map<number, { readonly key: JointKey; readonly unit: number }>();
  private readonly jointKeys = new Set<JointKey>();
  // References with children per parent, and the key fields ranked among their siblings.
  private readonly allocations = new Map<number, ChildAllocation>();
  private readonly ranked = new Map<number, ChildAllocation>();
  private readonly rankTaken = new Set<number>();

  constructor(
    private readonly dataset: Dataset,
    keys: DatasetKeys,
    sizeOf: (dataset: string) => number | undefined,
  ) {
    let compositeKeys: CompositeKeySpec[] = [];
    try {
      compositeKeys = compositeKeysOf(dataset);
    } catch (error) {
      this.problems.push(...PlanError.problemsOf(error));
    }
    this.compositeKeys = compositeKeys;
    const fields = dataset.fields;
    const members = new Map<string, number[]>();
    fields.forEach((field, position) => {
      const group = field.foreignKey?.group ?? '';
      if (group !== '') members.set(group, [...(members.get(group) ?? []), position]);
    });
    for (const [group, positions] of members) {
      if (positions.length < 2) continue;
      this.groups.set(group, positions);
      this.groupStreams.set(group, streamKey(keys, `group:${group}`));
      for (const position of positions) this.keyMembers.add(position);
    }
    fields.forEach((field, position) => this.allocate(field, position, keys, sizeOf));
    const single = singlePrimaryKey(dataset);
    for (const key of compositeKeys) {
      this.rankBeside(key);
      for (const position of key.positions) {
        this.keyMembers.add(position);
        if (key.primaryKey) this.primaryMembers.add(position);
      }
      const jointly = key.positions.every((position) => {
        const field = fields[position]!;
        return field.foreignKey !== undefined && field.foreignKey.dataset !== dataset.name && !field.unique && field !== single;
      });
      if (jointly && key.positions.some((position) => this.allocations.has(position))) {
        this.problems.push(
          `Dataset "${dataset.name}": the key (${key.fields.join(', ')}) is made of references only, whose pairs are drawn jointly: drop foreign_key.children from its references.`,
        );
      } else if (jointly) this.joinReferences(key, keys);
    }
  }

  // A reference saying how many children each referenced record has: checked against the
  // sizes, then its records are shared out once.
  private allocate(field: Field, position: number, keys: DatasetKeys, sizeOf: (dataset: string) => number | undefined): void {
    const children = field.foreignKey?.children;
    if (children === undefined) return;
    const where = `Field "${this.dataset.name}.${field.name}"`;
    const { min, max } = children;
    const parents = sizeOf(field.foreignKey!.dataset);
    const problem =
      field.foreignKey!.dataset === this.dataset.name
        ? 'foreign_key.children cannot count the records of a self-reference.'
        : this.groups.has(field.foreignKey!.group)
          ? 'foreign_key.children counts references of one field, not of a foreign key group.'
          : field.unique
            ? 'a unique reference has at most one child per parent: drop foreign_key.children or unique.'
            : field.nullable && field.nullRate > 0
              ? 'a reference with foreign_key.children cannot be null: each record has its parent.'
              : !(Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max >= 1 && min <= max)
                ? `foreign_key.children needs whole numbers 0 <= min <= max and max >= 1, got ${min}-${max}.`
                : parents === undefined
                  ? undefined
                  : this.dataset.size < parents * min || this.dataset.size > parents * max
                    ? `${this.dataset.size} records cannot give each of the ${parents} records of "${field.foreignKey!.dataset}" ${min}-${max} children: ` +
                      `the size must lie between ${parents * min} and ${parents * max}.`
                    : undefined;
    if (problem !== undefined) this.problems.push(`${where}: ${problem}`);
    else if (parents !== undefined && parents > 0) this.allocations.set(position, new ChildAllocation(parents, this.dataset.size, min, max, field.foreignKey!.distribution, streamKey(keys, `children:${field.name}`)));
  }

  // In a key beside a reference with children per parent, the first other field of a type
  // ranks can tell apart is kept distinct among the records sharing a parent.
  private rankBeside(key: CompositeKeySpec): void {
    const counted = key.positions.filter((position) => this.allocations.has(position));
    if (counted.length !== 1) return;
    const fields = this.dataset.fields;
    const ranked = key.positions.find((position) => fields[position]!.foreignKey === undefined && SIBLING_RANKED_TYPES.has(fields[position]!.type));
    if (ranked !== undefined && !this.ranked.has(ranked)) this.ranked.set(ranked, this.allocations.get(counted[0]!)!);
  }

  // For a key field ranked among its siblings: its rank, 0 .. count - 1. Asking takes it:
  // the key then counts as unique.
  siblingRank(position: number): SiblingRank | undefined {
    const allocation = this.ranked.get(position);
    if (allocation === undefined) return undefined;
    this.rankTaken.add(position);
    return { count: allocation.max, of: (record) => allocation.rankOf(record.index) };
  }

  // A key of references only: each reference, or group of references, is a unit of one joint pick.
  private joinReferences(key: CompositeKeySpec, keys: DatasetKeys): void {
    const units = new Map<string, number>();
    const unitOf = key.positions.map((position) => {
      const field = this.dataset.fields[position]!;
      const group = field.foreignKey!.group;
      const label = this.groups.has(group) ? `group ${group}` : `field ${field.name}`;
      if (!units.has(label)) units.set(label, units.size);
      return units.get(label)!;
    });
    const joint = new JointKey(key.fields, units.size, streamKey(keys, `key:${key.fields.join(',')}`));
    const positions = key.positions.flatMap((position) => {
      const group = this.dataset.fields[position]!.foreignKey!.group;
      return this.groups.get(group) ?? [position];
    });
    const overlap = positions.find((position) => this.joints.has(position));
    if (overlap !== undefined) {
      this.problems.push(
        `Dataset "${this.dataset.name}": "${this.dataset.fields[overlap]!.name}" is in two keys made of references only, and a reference can be ` +
          `drawn jointly for one of them: mark a field of (${key.fields.join(', ')}) unique, or drop one of the keys.`,
      );
      return;
    }
    key.positions.forEach((position, index) => {
      const group = this.dataset.fields[position]!.foreignKey!.group;
      for (const member of this.groups.get(group) ?? [position]) this.joints.set(member, { key: joint, unit: unitOf[index]! });
    });
    this.jointKeys.add(joint);
  }

  allocation(position: number): ChildAllocation | undefined {
    return this.allocations.get(position);
  }

  inCompositePrimaryKey(position: number): boolean {
    return this.primaryMembers.has(position);
  }

  isKey(position: number): boolean {
    return this.keyMembers.has(position);
  }

  // The stream a field's nulls are drawn from: the group's, so that a group's fields are null
  // together (the one with the highest null_rate whenever any of them is).
  nullStream(field: Field, ownStream: number): number {
    return this.groupStreams.get(field.foreignKey?.group ?? '') ?? ownStream;
  }

  sharedPick(from: FieldContext, targetSize: number): SharedPick | undefined {
    const allocation = this.allocations.get(from.index);
    if (allocation !== undefined) {
      return { pick: (record) => allocation.parentOf(record.index), stream: from.stream, distribution: from.field.foreignKey!.distribution, unique: false };
    }
    const joint = this.joints.get(from.index);
    if (joint !== undefined) {
      const { key, unit } = joint;
      key.register(unit, targetSize);
      return { pick: (record) => key.pick(unit, record.index), stream: from.stream, distribution: from.field.foreignKey!.distribution, unique: false };
    }
    const group = from.field.foreignKey?.group ?? '';
    const positions = this.groups.get(group);
    if (positions === undefined) return undefined;
    const fields = this.dataset.fields;
    return {
      stream: this.groupStreams.get(group)!,
      distribution: fields[positions[0]!]!.foreignKey!.distribution,
      unique: positions.some((position) => fields[position]!.unique),
    };
  }

  // Checks, once every field is compiled, that each composite key is unique: drawn jointly, or
  // holding a field unique by itself; and that a primary key is never null.
  seal(uniqueAlone: (position: number) => boolean, canBeNull: (position: number) => boolean): string[] {
    const problems: string[] = [];
    for (const joint of this.jointKeys) {
      const problem = joint.seal(this.dataset.name, this.dataset.size);
      if (problem !== undefined) problems.push(problem);
    }
    for (const key of this.compositeKeys) {
      for (const position of key.positions) {
        if (key.primaryKey && canBeNull(position)) problems.push(`Dataset "${this.dataset.name}": "${this.dataset.fields[position]!.name}" is part of the primary key, which cannot be null.`);
      }
      if (key.positions.some((position) => this.joints.has(position) || this.rankTaken.has(position)) || key.positions.some(uniqueAlone)) continue;
      problems.push(
        `Dataset "${this.dataset.name}": nothing keeps the key (${key.fields.join(', ')}) unique: mark one of its fields unique (or give it a ` +
          'generator that is, such as id.sequence or id.uuid), make each of its fields a foreign key to another dataset, whose tuples are then drawn without repeats, ' +
          'or give its reference foreign_key.children beside an integer, date or timestamp field, which is then kept distinct among siblings.',
      );
    }
    return problems;
  }

  // The fields whose values not null are counted as references: each single-field reference,
  // and for a group the field null whenever any of the group is (the highest null_rate).
  referenceFields(): number[] {
    const fields = this.dataset.fields;
    const representatives = [...this.groups.values()].map((positions) =>
      positions.reduce((best, position) => (nullRate(fields[position]!) > nullRate(fields[best]!) ? position : best)),
    );
    return fields.flatMap((field, position) => {
      if (field.foreignKey === undefined) return [];
      return !this.groups.has(field.foreignKey.group) || representatives.includes(position) ? [position] : [];
    });
  }

  tableKeys(): TableKey[] | undefined {
    return this.compositeKeys.length === 0 ? undefined : this.compositeKeys.map((key) => ({ columns: key.fields, primaryKey: key.primaryKey }));
  }

  // Each group's constraint, its fields in the order of the composite key they reference.
  tableReferences(values: readonly FieldValue[]): TableReference[] | undefined {
    if (this.groups.size === 0) return undefined;
    return [...this.groups.values()].map((positions) => {
      const targets = positions.map((position) => ({ column: this.dataset.fields[position]!.name, target: values[position]!.target! }));
      const key = targets[0]!.target.groupKey!;
      targets.sort((a, b) => key.indexOf(a.target.field) - key.indexOf(b.target.field));
      return { columns: targets.map((entry) => entry.column), table: targets[0]!.target.dataset, referencedColumns: key };
    });
  }
}

function nullRate(field: Field): number {
  return field.nullable ? field.nullRate : 0;
}
