import { html } from 'lit';

/**
 * A data table: a caption (visually hidden unless `hiddenCaption` is false), column headings,
 * and rows whose first cell heads the row. The quiz's results and the summary's views share it.
 * The space before each cell keeps the cells apart in the row's plain text (copied, or read).
 */
export const dataTable = (
  caption: unknown,
  columns: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  hiddenCaption = true,
) =>
  html`<table part="table">
    <caption class=${hiddenCaption ? 'visually-hidden' : 'caption'}>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${columns.map((c) => html`<th scope="col">${c}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([head, ...cells]) =>
          html`<tr>
            <th scope="row">${head}</th>
            ${cells.map((c) => html` <td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
