// Removes the previous build so that files of deleted modules never linger in dist/ or the package.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
