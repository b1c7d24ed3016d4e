import { readFileSync } from 'node:fs';

export const guide = readFileSync(new URL('../../docs/administrators.md', import.meta.url), 'utf8');

/**
 * The JSON example marked `<!-- example: <name> … -->` in docs/administrators.md, exactly as an
 * administrator copies it, with `EXTENSION_ID` replaced by `id`.
 */
export function guideExample(name: string, id: string): unknown {
  const block = new RegExp(`<!-- example: ${name}\\b[^>]*-->\\n\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(guide);
  if (!block) throw new Error(`docs/administrators.md has no example "${name}"`);
  return JSON.parse(block[1]!.replaceAll('EXTENSION_ID', id));
}
