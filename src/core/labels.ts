/** An enum value as a label: "incident-commander" -> "Incident commander", "tools" -> "Tools". */
export function humanize(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
