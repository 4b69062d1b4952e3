import { useId } from 'react';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { BOX_WIDTH, HEADER_HEIGHT, layoutDiagram, planRelations, relationText, type RowKind } from './relations-layout';
import { useNarrowScreen } from './use-narrow-screen';

const ROW_MARKS: Readonly<Record<RowKind, string>> = { key: 'key', unique: 'unique', reference: 'refers', referenced: '' };
// Characters that fit a box line at the diagram's font size.
const LINE_CHARACTERS = 22;

// How the datasets refer to each other: a box per dataset with its key and reference columns,
// an arrow from each referencing column to the key it refers to. The same relations are listed
// in words beside the drawing.
export function RelationsDiagram({ plan }: { plan: PlanJson }) {
  const ids = useId().replace(/[^\w-]/g, '');
  const narrow = useNarrowScreen();
  const layout = layoutDiagram(plan, narrow ? 'down' : 'across');
  const relations = planRelations(plan).map(relationText);
  const arrowHead = `${ids}-arrow`;

  if (relations.length === 0) {
    return (
      <div className="plan-relations" data-testid="relations-diagram">
        <p>No dataset refers to another: each one stands on its own.</p>
      </div>
    );
  }

  return (
    <figure className="plan-relations" data-testid="relations-diagram">
      {/* Focusable so a keyboard can scroll a drawing wider than the screen. */}
      <div className="scroll-x" tabIndex={0} role="group" aria-label="Relations diagram">
        <svg
          className="plan-relations-drawing"
          role="img"
          aria-labelledby={`${ids}-title ${ids}-desc`}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          <title id={`${ids}-title`}>How the datasets refer to each other</title>
          <desc id={`${ids}-desc`}>{relations.join('. ')}.</desc>
          <defs>
            <marker id={arrowHead} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="plan-arrow-head" />
            </marker>
          </defs>
          {layout.boxes.map((box) => (
            <g key={box.dataset}>
              <rect className="plan-box" x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
              <rect className="plan-box-header" x={box.x} y={box.y} width={box.width} height={HEADER_HEIGHT} rx={6} />
              <text className="plan-box-title" x={box.x + 10} y={box.y + HEADER_HEIGHT / 2} dominantBaseline="central">
                {shortened(box.dataset, LINE_CHARACTERS)}
              </text>
              {box.rows.map((row) => (
                <g key={row.field}>
                  <text className="plan-box-row" x={box.x + 10} y={row.y} dominantBaseline="central">
                    {shortened(row.field, LINE_CHARACTERS - ROW_MARKS[row.kind].length - 1)}
                  </text>
                  <text className="plan-box-mark" x={box.x + BOX_WIDTH - 8} y={row.y} dominantBaseline="central" textAnchor="end">
                    {ROW_MARKS[row.kind]}
                  </text>
                </g>
              ))}
            </g>
          ))}
          {layout.arrows.map((arrow) => (
            <g key={`${arrow.relation.from.dataset}.${arrow.relation.from.field}`}>
              <path className="plan-arrow" d={arrow.path} markerEnd={`url(#${arrowHead})`} />
              <text className="plan-arrow-label" x={arrow.labelX} y={arrow.labelY} textAnchor={arrow.labelAnchor}>
                {arrow.relation.from.field}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        <ul className="plan-relations-list">
          {relations.map((relation) => (
            <li key={relation}>{relation}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function shortened(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, characters - 1)}…`;
}
