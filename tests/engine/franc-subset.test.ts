import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { francSubset } from '../../lib/build/franc-subset';
import { francLanguages } from '../../lib/engine/language';

const francData = join(dirname(createRequire(import.meta.url).resolve('franc')), 'data.js');

async function subsetSource(languages: readonly string[]): Promise<string> {
  const plugin = francSubset(languages);
  const load = plugin.load as (this: { error: (message: string) => never }, id: string) => Promise<string | null>;
  const source = await load.call({ error: (message) => { throw new Error(message); } }, francData);
  if (source === null) throw new Error('the plugin did not replace franc/data.js');
  return source;
}

describe('franc subset for the extension bundle', () => {
  it('keeps exactly the languages the engine asks franc about', async () => {
    const source = await subsetSource(francLanguages);
    const data = JSON.parse(source.replace(/^export const data = /, '').replace(/;\s*$/, '')) as Record<string, Record<string, string>>;
    expect(Object.keys(data)).toEqual(['Latin']);
    expect(Object.keys(data.Latin!).sort()).toEqual([...francLanguages].sort());
    expect(source.length).toBeLessThan(40_000);
  });

  it('leaves other modules alone and refuses a language franc has no model for', async () => {
    const plugin = francSubset(francLanguages);
    expect(await (plugin.load as (id: string) => Promise<unknown>).call({}, '/x/other/data.js')).toBeNull();
    await expect(subsetSource(['nob', 'xxx'])).rejects.toThrow(/no model/);
  });

  it('answers as full franc does for the engine’s languages', () => {
    // The subset only drops models that `only` excludes anyway; spot-check the full package here.
    expect(franc('Jeg synes ikke det er greit at bussen er forsinket hver eneste morgen.', { only: francLanguages })).not.toBe('und');
    expect(franc('Привет, как дела у тебя сегодня вечером, друг мой?', { only: francLanguages })).toBe('und');
  });
});
