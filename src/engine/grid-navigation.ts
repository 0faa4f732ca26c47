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
  const to = (
    {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [ctrl ? 0 : row, 0],
      End: [ctrl ? rows - 1 : row, cols - 1],
    } as Record<string, [number, number]>
  )[key];
  // Own keys only: "toString" and the like are not keys of the grid.
  return Array.isArray(to) ? { row: clamp(to[0], rows), col: clamp(to[1], cols) } : undefined;
}
