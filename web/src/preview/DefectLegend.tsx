import { formatCount } from '../../../libs/api/src/count-format';
import type { EnvelopeDataset } from '../../../libs/client/src/api-types';
import { defectWords } from './defect-words';

interface DefectLegendProps {
  datasets: readonly EnvelopeDataset[];
  reality: number;
  showClean: boolean;
}

// What the highlights in the tables below mean, and how many defects of each kind they show.
export function DefectLegend({ datasets, reality, showClean }: DefectLegendProps) {
  const counts = countsByKind(datasets);
  if (counts.length === 0) {
    return (
      <p className="preview-clean">
        {reality === 0
          ? 'The data is clean: at reality level 0 no defects are added.'
          : `None of these records has a defect. At reality level ${reality} defects are rare, so the full data may still hold a few.`}
      </p>
    );
  }
  return (
    <div className="defect-legend">
      {showClean ? (
        <p>
          <span className="legend-sample cell-fixed">Marked</span> cells and rows had a defect; they show its clean value now, as
          reality level 0 writes it.
        </p>
      ) : (
        <p>
          <span className="legend-sample cell-defect">Highlighted</span> cells hold a defect added at reality level {reality}; a
          repeated record is highlighted as a whole row. Point at one or reach it with Tab to see what changed and its clean value.
        </p>
      )}
      <ul className="legend-kinds" aria-label="Defects in this preview, by kind">
        {counts.map(([kind, count]) => {
          const words = defectWords(kind);
          return (
            <li key={kind}>
              <strong>{formatCount(count)}</strong> {words.name}: {words.meaning}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function countsByKind(datasets: readonly EnvelopeDataset[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const dataset of datasets) {
    for (const defect of dataset.defects ?? []) counts.set(defect.kind, (counts.get(defect.kind) ?? 0) + 1);
  }
  return [...counts].sort(([kindA, countA], [kindB, countB]) => countB - countA || kindA.localeCompare(kindB));
}
