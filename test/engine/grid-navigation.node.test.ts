import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { moveInGrid } from '../../src/engine/index.js';

describe('moveInGrid', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowRight', 11, 7)).to.deep.equal({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowLeft', 11, 7)).to.deep.equal({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowUp', 11, 7)).to.deep.equal({ row: 0, col: 1 });
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowDown', 11, 7)).to.deep.equal({ row: 2, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', 11, 7)).to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', 11, 7)).to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid({ row: 10, col: 6 }, 'ArrowDown', 11, 7)).to.deep.equal({ row: 10, col: 6 });
    expect(moveInGrid({ row: 10, col: 6 }, 'ArrowRight', 11, 7)).to.deep.equal({ row: 10, col: 6 });
  });

  it('goes to the row start and end with Home/End, the grid corners with Ctrl', () => {
    expect(moveInGrid({ row: 4, col: 3 }, 'Home', 11, 7)).to.deep.equal({ row: 4, col: 0 });
    expect(moveInGrid({ row: 4, col: 3 }, 'End', 11, 7)).to.deep.equal({ row: 4, col: 6 });
    expect(moveInGrid({ row: 4, col: 3 }, 'Home', 11, 7, true)).to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid({ row: 4, col: 3 }, 'End', 11, 7, true)).to.deep.equal({
      row: 10,
      col: 6,
    });
  });

  it('ignores other keys and empty grids', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'a', 11, 7)).to.equal(undefined);
    expect(moveInGrid({ row: 1, col: 1 }, 'Tab', 11, 7)).to.equal(undefined);
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowDown', 0, 7)).to.equal(undefined);
  });

  it('always lands inside the grid, whatever the start and the key', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 20 }),
        fc.integer({ min: -5, max: 20 }),
        fc.constantFrom(...keys),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (row, col, key, ctrl, rows, cols) => {
          const next = moveInGrid({ row, col }, key, rows, cols, ctrl)!;
          return next.row >= 0 && next.row < rows && next.col >= 0 && next.col < cols;
        },
      ),
    );
  });

  it('undoes an arrow with the opposite arrow away from the edges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 }), (row, col) => {
        const right = moveInGrid({ row, col }, 'ArrowRight', 11, 7)!;
        const down = moveInGrid({ row, col }, 'ArrowDown', 11, 7)!;
        const back1 = moveInGrid(right, 'ArrowLeft', 11, 7)!;
        const back2 = moveInGrid(down, 'ArrowUp', 11, 7)!;
        return back1.row === row && back1.col === col && back2.row === row && back2.col === col;
      }),
    );
  });
});
