// Reviews laid out the ways people lay them out, for the panel-edit property: comments on every
// line where one can go, block or flow timeline / whys / causes, 2-, 3- or 4-space indentation,
// lists indented under their key or not, CRLF, `x-` keys, an empty or missing timeline.
import fc from 'fast-check';

export interface Layout {
  unit: number;
  indentSeq: boolean;
  crlf: boolean;
  flowTimeline: boolean;
  flowWhys: boolean;
  flowCauses: boolean;
  events: number;
  whys: number;
  causes: number;
  keyComments: boolean;
}

export const layout: fc.Arbitrary<Layout> = fc.record({
  unit: fc.constantFrom(2, 3, 4),
  indentSeq: fc.boolean(),
  crlf: fc.boolean(),
  flowTimeline: fc.boolean(),
  flowWhys: fc.boolean(),
  flowCauses: fc.boolean(),
  events: fc.nat(3),
  whys: fc.nat(3),
  causes: fc.nat(3),
  keyComments: fc.boolean(),
});

/** A review in `l`'s layout. */
export function trickyReview(l: Layout): string {
  const u = ' '.repeat(l.unit);
  const seq = l.indentSeq ? u : '';
  const note = (text: string): string => (l.keyComments ? `   # ${text}` : '');
  /** A block list under a key at `pad`, each item a map of `fields`. */
  const blockList = (pad: string, items: [string, string][][]): string[] => items.flatMap((fields, i) => [
    `${pad}${seq}# item ${i}`,
    ...fields.map(([key, value], k) => `${pad}${seq}${k === 0 ? '- ' : '  '}${key}: ${value}${k === 0 ? `  # on ${key} ${i}` : ''}`),
  ]);
  const events: [string, string][][] = Array.from({ length: l.events }, (_, i) => [['at', `2026-03-14T09:0${i}:00Z`], ['text', i % 2 ? '"Paged: DB team"' : `Event ${i}`], ['x-ticket', `T-${i}`]]);
  const causes: [string, string][][] = Array.from({ length: l.causes }, (_, i) => [['category', ['tools', 'process', 'people'][i % 3]], ['text', `Cause ${i}`]]);
  const whys = Array.from({ length: l.whys }, (_, i) => (i === 1 ? '"Why: quoted"' : `Why ${i}`));
  const lines = [
    '# yaml-language-server: $schema=./pir.schema.json',
    '# Header comment',
    'pir: 1  # version',
    'title: Checkout outage',
    `x-team: payments${note('owner team')}`,
    `times:${note('lifecycle')}`,
    `${u}# when it began`,
    `${u}started: 2026-03-14T09:00:00Z  # first alert`,
    `${u}x-source: pager`,
    l.flowTimeline
      ? `timeline: [${events.map((fields) => `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`).join(', ')}]${note('flow')}`
      : l.events === 0 ? `timeline: []${note('none yet')}` : `timeline:${note('compact')}`,
    ...(l.flowTimeline ? [] : blockList('', events)),
    '# between sections',
    'analysis:',
    `${u}fiveWhys:${note('chain')}`,
    `${u}${u}problem: Checkout failed  # the effect`,
    l.flowWhys ? `${u}${u}whys: [${whys.join(', ')}]${note('flow')}` : `${u}${u}whys:${l.whys === 0 ? ' []' : ''}${note('why chain')}`,
    ...(l.flowWhys ? [] : whys.flatMap((why, i) => [`${u}${u}${seq}# why ${i}`, `${u}${u}${seq}- ${why}  # answer ${i}`])),
    `${u}fishbone:`,
    `${u}${u}effect: Checkout errors`,
    l.flowCauses
      ? `${u}${u}causes: [${causes.map((fields) => `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`).join(', ')}]`
      : `${u}${u}causes:${l.causes === 0 ? ' []' : ''}${note('bones')}`,
    ...(l.flowCauses ? [] : blockList(`${u}${u}`, causes)),
    `${u}x-method: 5 whys  # local`,
    'contributingFactors:',
    `${seq}- category: tools`,
    `${seq}  text: Missing canary  # kept`,
    'x-links: [https://example.com/a]  # flow x- key',
    '# trailing comment',
    '',
  ];
  return lines.join(l.crlf ? '\r\n' : '\n');
}
