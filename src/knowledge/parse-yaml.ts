/**
 * Parses YAML, loading the parser on first use: knowledge files are read
 * when the index is built or checked, and answering from a built index needs
 * no YAML at all, so it does not pay to load the parser.
 */
export async function parseYaml(text: string): Promise<unknown> {
  const { parse } = await import('yaml');
  return parse(text);
}
