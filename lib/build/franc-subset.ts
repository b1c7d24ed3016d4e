import type { Plugin } from 'vite';

/**
 * franc ships trigram models for 187 languages (~117 kB gzipped), but the engine only ever asks
 * it about a handful (`only`). This build plugin replaces franc's data module with just those
 * languages' models, which gives the same answers for those languages: for any other script
 * franc finds no model and says `und`, as `only` makes it do with the full data.
 */
export function francSubset(languages: readonly string[]): Plugin {
  return {
    name: 'vaer-varsom:franc-subset',
    enforce: 'pre',
    async load(id) {
      if (!/[\\/]franc[\\/]data\.js$/.test(id)) return null;
      const { data } = (await import(id)) as { data: Record<string, Record<string, string>> };
      const subset: Record<string, Record<string, string>> = {};
      for (const [script, models] of Object.entries(data)) {
        const kept = Object.fromEntries(Object.entries(models).filter(([language]) => languages.includes(language)));
        if (Object.keys(kept).length > 0) subset[script] = kept;
      }
      if (languages.some((language) => !Object.values(subset).some((models) => language in models))) {
        this.error(`franc has no model for one of ${languages.join(', ')}`);
      }
      return `export const data = ${JSON.stringify(subset)};\n`;
    },
  };
}
