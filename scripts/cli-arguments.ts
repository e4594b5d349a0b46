/** `--name value` from this process's command line (the scripts' own flags); undefined when absent. */
export function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}
