/** Labels whose words are not just the value's. */
const SPECIAL: Record<string, string> = { 'wont-do': "Won't do" };

/** An enum value as a label: "incident-commander" -> "Incident commander", "tools" -> "Tools". */
export function humanize(value: string): string {
  if (Object.hasOwn(SPECIAL, value)) return SPECIAL[value];
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A count with its noun: "1 error", "3 errors", "1 action item". Nouns here all take a plain -s. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
