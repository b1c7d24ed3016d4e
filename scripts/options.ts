/**
 * Options of the command-line tools (corpus, training): read with `node:util`'s `parseArgs` inside `read`. A mistyped
 * option, a missing value or a value `read` rejects prints its error with the usage and exits 2, so no tool runs on the
 * whole corpus (or trains) as if the option had not been given.
 */
export function optionsOrUsage<T>(usage: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
