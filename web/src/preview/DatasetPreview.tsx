import { useId, useMemo } from 'react';
import { formatCount } from '../../../libs/api/src/count-format';
import type { DefectEntry, EnvelopeDataset, RecordJson } from '../../../libs/client/src/api-types';
import { CellValue } from './CellValue';
import { cleanRecords } from './clean-records';
import { cellExplanation, rowExplanation } from './defect-explanation';
import { DefectIndex } from './defect-index';
import { DefectTooltip } from './DefectTooltip';

interface DatasetPreviewProps {
  name: string;
  dataset: EnvelopeDataset;
  // The dataset's size in the plan the preview was made from; undefined if it names none.
  plannedSize: number | undefined;
  showClean: boolean;
  fullText: boolean;
}

// One dataset's first records as a table, each defect highlighted where it sits, or with the
// clean values put back and the cells they went into marked as fixed.
export function DatasetPreview({ name, dataset, plannedSize, showClean, fullText }: DatasetPreviewProps) {
  const id = useId();
  const defects = useMemo(() => (dataset.defects ?? []).filter((defect) => defect.index < dataset.content.length), [dataset]);
  const defectIndex = useMemo(() => new DefectIndex(defects), [defects]);
  const clean = useMemo(() => cleanRecords(dataset.content, defects), [dataset, defects]);
  const records = showClean ? clean : dataset.content;
  const shown = dataset.content.length;
  const descriptionId = (defect: DefectEntry) => `${id}-${defect.index}-${defect.column === null ? 'row' : dataset.columns.indexOf(defect.column)}`;
  const explanation = (defect: DefectEntry) =>
    defect.column === null
      ? rowExplanation(defect, showClean, dataset.columns)
      : cellExplanation(defect, showClean, dataset.content[defect.index]?.[defect.column]);

  const cell = (record: RecordJson, index: number, column: string) => {
    const defect = defectIndex.cell(index, column);
    const value = <CellValue value={record[column]} fullText={fullText} />;
    if (defect === undefined) {
      return (
        <td key={column} data-column={column}>
          {value}
        </td>
      );
    }
    return (
      <DefectTooltip key={column} lines={explanation(defect)} descriptionId={descriptionId(defect)}>
        <td data-column={column} data-defect-kind={defect.kind} tabIndex={0} className={showClean ? 'cell-fixed' : 'cell-defect'}>
          {value}
        </td>
      </DefectTooltip>
    );
  };

  const rowHeader = (index: number) => {
    const defect = defectIndex.row(index);
    if (defect === undefined) return <th scope="row">{index + 1}</th>;
    return (
      <DefectTooltip lines={explanation(defect)} descriptionId={descriptionId(defect)}>
        <th scope="row" data-defect-kind={defect.kind} tabIndex={0} className="row-mark">
          {index + 1}
        </th>
      </DefectTooltip>
    );
  };

  return (
    <section className="dataset-preview">
      <h3 id={`${id}-title`}>
        {name} <span className="dataset-count">{recordsLine(shown, plannedSize)}</span>
      </h3>
      <div className="scroll-x preview-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <table className="preview-table" data-testid={`preview-table-${name}`}>
          <caption>{caption(name, shown, defects.length, showClean)}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span aria-hidden="true">#</span>
                <span className="visually-hidden">Record</span>
              </th>
              {dataset.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.map((record, index) => {
              const rowDefect = defectIndex.row(index);
              return (
                <tr key={index} data-index={index} className={rowDefect === undefined ? undefined : showClean ? 'row-fixed' : 'row-defect'}>
                  {rowHeader(index)}
                  {dataset.columns.map((column) => cell(record, index, column))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {defects.length > 0 && (
        <div hidden>
          {defects.map((defect) => (
            <span key={descriptionId(defect)} id={descriptionId(defect)}>
              {explanation(defect).join('. ')}
            </span>
          ))}
        </div>
      )}
    </section>
  );
}

function recordsLine(shown: number, plannedSize: number | undefined): string {
  if (plannedSize === undefined || plannedSize <= shown) return shown === 1 ? 'the only record' : `all ${formatCount(shown)} records`;
  return `first ${formatCount(shown)} of ${formatCount(plannedSize)} records`;
}

function caption(name: string, shown: number, defects: number, showClean: boolean): string {
  if (defects === 0) return `${name}, ${shown === 1 ? 'the first record' : `the first ${formatCount(shown)} records`}`;
  return showClean ? `${name} with the clean values put back: fixed cells are marked` : `${name} as generated: defects are highlighted`;
}
