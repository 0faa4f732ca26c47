/** "1 team", "3 teams": a count with its noun, singular for one. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
