/** "1 team", "3 teams", "10,080 results": a count with its noun, singular for one. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
