import type { Dataset } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { ChildCountPhrase } from '../prompt/constraints.js';

// "0-5 orders per customer" becomes the orders' reference to customers counting its children
// (foreign_key.children), when the sizes allow it: every dataset of a prompt's plan has
// dataset_size records, one child per parent on average, so the range must hold 1; else a
// warning says how to get it (sizes set in the plan).
export function applyChildCounts(datasets: readonly Dataset[], phrases: readonly ChildCountPhrase[], warnings: string[]): void {
  for (const phrase of phrases) {
    const said = `${phrase.min}-${phrase.max} ${phrase.children} per ${phrase.parent.replace(/s$/, '')}`;
    const children = datasets.find((dataset) => dataset.name === phrase.children || dataset.name.endsWith(`_${phrase.children}`));
    const parent = datasets.find((dataset) => dataset.name === phrase.parent || dataset.name.endsWith(`_${phrase.parent}`));
    const reference = children?.fields.find((field) => field.foreignKey !== undefined && field.foreignKey.dataset === parent?.name && !field.unique && field.foreignKey.group === '');
    if (children === undefined || parent === undefined || reference === undefined) {
      warnings.push(`Prompt asks for ${said}, but the plan has no ${phrase.children} referencing ${phrase.parent}; the counts are not applied`);
      continue;
    }
    const fits = children.size >= parent.size * phrase.min && children.size <= parent.size * phrase.max;
    if (!fits) {
      warnings.push(
        `Prompt asks for ${said}, but ${children.size} ${children.name} over ${parent.size} ${parent.name} make ${children.size / parent.size} each on average; ` +
          `set their sizes in the plan (${parent.size * phrase.min} to ${parent.size * phrase.max} ${children.name}) and foreign_key.children on ${children.name}.${reference.name}`,
      );
      continue;
    }
    reference.nullable = false;
    reference.nullRate = 0;
    reference.foreignKey = { ...reference.foreignKey!, children: { min: phrase.min, max: phrase.max } };
  }
}
