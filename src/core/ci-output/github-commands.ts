// GitHub Actions workflow commands: `::error file=…,line=…::message` lines become annotations on the pull request.
import type { Severity } from '../types';
import type { LocatedFinding } from './located-finding';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** One workflow command per finding, each on its own line. */
export function toGithubCommands(findings: readonly LocatedFinding[]): string {
  return findings.map((finding) => {
    const properties = [
      ['file', finding.file.split('\\').join('/')],
      ['line', String(finding.line)],
      ['col', String(finding.column)],
      ['endLine', String(finding.endLine)],
      ['endColumn', String(finding.endColumn)],
      ['title', `pir ${finding.rule}`],
    ].map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
    return `::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}\n`;
  }).join('');
}

/** The message: a `%` or a line break would otherwise end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the properties from each other and from the message. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
