// The public API document's words for each band of reality levels ("Reality Levels").
export interface RealityBand {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly useCases: string;
}

export const REALITY_BANDS: readonly RealityBand[] = [
  { from: 0, to: 2, description: 'Perfect data with no inconsistencies', useCases: 'Testing ideal scenarios, demos' },
  { from: 3, to: 5, description: 'Minor inconsistencies (formatting variations, occasional nulls)', useCases: 'General testing, development' },
  { from: 6, to: 8, description: 'Moderate issues (duplicates, typos, missing values)', useCases: 'Data cleaning workflows, ETL testing' },
  { from: 9, to: 10, description: 'Highly messy (inconsistent formats, many nulls, outliers)', useCases: 'Stress testing, data quality tools' },
];

export function realityBand(level: number): RealityBand {
  return REALITY_BANDS.find((band) => level >= band.from && level <= band.to) ?? REALITY_BANDS[0];
}
