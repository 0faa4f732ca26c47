/** A cell position in a grid: row and column, both counting from 0. */
export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

/**
 * Where focus goes in an ARIA grid (rows x cols) when a key is pressed, following the WAI-ARIA
 * grid pattern: arrows move one cell and stop at the edges, Home/End go to the start/end of the
 * row, Ctrl+Home/End to the first/last cell of the grid. Returns undefined for any other key, so
 * the caller lets the browser handle it. Out-of-range positions are clamped first.
 */
export function moveInGrid(
  from: GridPosition,
  key: string,
  rows: number,
  cols: number,
  ctrl = false,
): GridPosition | undefined {
  if (rows < 1 || cols < 1) return undefined;
  const clamp = (value: number, size: number) =>
    Math.min(Math.max(Number.isInteger(value) ? value : 0, 0), size - 1);
  const row = clamp(from.row, rows);
  const col = clamp(from.col, cols);
  switch (key) {
    case 'ArrowUp':
      return { row: Math.max(row - 1, 0), col };
    case 'ArrowDown':
      return { row: Math.min(row + 1, rows - 1), col };
    case 'ArrowLeft':
      return { row, col: Math.max(col - 1, 0) };
    case 'ArrowRight':
      return { row, col: Math.min(col + 1, cols - 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    default:
      return undefined;
  }
}
