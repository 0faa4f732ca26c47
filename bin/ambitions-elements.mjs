#!/usr/bin/env node
// `npx ambitions-elements render <tag> [--attribute value] [--flag]`: prints the element as
// pre-rendered HTML (declarative shadow DOM) to paste into a page that may run no JavaScript.
// The guide's --contact-name/-phone/-email/-url become light-DOM children of its contact slot, so
// the rest is the same for every site (dist/prerendered/grab-and-go-guide.html).
let ssr;
try {
  ssr = await import('../dist/ssr/index.js');
} catch (error) {
  // @lit-labs/ssr is an optional peer dependency: one line saying what to install.
  console.error(`ambitions-elements: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { renderElement, ELEMENT_TAGS } = ssr;

const usage = `Usage: ambitions-elements render <element> [--attribute value ...]
Elements: ${ELEMENT_TAGS.join(', ')}
Example:  ambitions-elements render grab-and-go-guide --contact-name "St Example Hospice"`;

/** Reads `--name value` pairs; a `--name` followed by another flag (or nothing) is boolean. */
export function parseArguments(args) {
  const attributes = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (!arg.startsWith('--'))
      throw new Error(`Unexpected "${arg}": attributes are written --name value.`);
    const name = arg.slice(2);
    const next = args[index + 1];
    if (next === undefined || next.startsWith('--')) attributes[name] = true;
    else {
      attributes[name] = next;
      index += 1;
    }
  }
  return attributes;
}

const [command, tag, ...rest] = process.argv.slice(2);
if (command !== 'render' || !tag) {
  console.error(usage);
  process.exit(command === '--help' || command === '-h' ? 0 : 1);
}
try {
  process.stdout.write(`${await renderElement(tag, parseArguments(rest))}\n`);
} catch (error) {
  console.error(`ambitions-elements: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
