/**
 * Collapses whitespace and cuts text to at most `max` characters (UTF-16
 * code units, as the limits Teams documents are checked), ending at a word
 * boundary with an ellipsis when anything was cut.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  // Never leave half of a surrogate pair at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  const endsAWord = flat[cut.length] === ' ';
  if (!endsAWord && space > max / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
