// Messages quote counts as the document does ("2,000,000"), independent of the host locale.
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
