// Deterministic, realistic reviews for benchmarks: the same seed gives the same text on every
// machine, so runs are comparable.
import {
  ACTION_STATUSES, CATEGORIES, EVENT_KINDS, FISHBONE_CATEGORIES, PARTICIPANT_ROLES, SEVERITIES, type Review,
} from '../src/core/review';
import { MINUTE } from '../src/core/time';

export interface GeneratedFile {
  uri: string;
  text: string;
}

/** `count` reviews of about `bytes` characters each, with uris like `file:///bench/reviews/0042.pir.yaml`. */
export function generateWorkspace(count: number, bytes = 10_000): GeneratedFile[] {
  return Array.from({ length: count }, (_, i) => ({
    uri: `file:///bench/reviews/${String(i).padStart(4, '0')}.pir.yaml`,
    text: generateReview(i, bytes),
  }));
}

/** About how many characters one unit of structure (15 events, 6 action items, …) takes. */
const UNIT_BYTES = 5_500;

/**
 * One review: participants, analysis, impact, response, and per UNIT_BYTES of the size 15
 * timeline events, 6 action items, 4 contributing factors; the summary then grows until the text
 * is about `bytes` long. Large reviews are long because they record much, as real ones are, not
 * because one string is huge (which a parser reads far faster than structure).
 */
export function generateReview(seed: number, bytes = 10_000): string {
  const random = mulberry32(seed + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const sentence = (words: number): string => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 10))).join(' ');

  const started = Date.UTC(2025, 0, 1) + Math.floor(random() * 500) * 86_400_000 + Math.floor(random() * 1440) * MINUTE;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const at = (minutes: number) => iso(started + minutes * MINUTE);
  const service = pick(SERVICES);
  const people = Array.from({ length: 6 }, () => pick(PEOPLE));
  const scale = Math.max(1, Math.floor(bytes / UNIT_BYTES));

  const review: Review = {
    pir: 1,
    id: `PIR-${2025 + Math.floor(seed / 500)}-${String(seed % 1000).padStart(3, '0')}`,
    title: `${service} ${pick(['outage', 'latency spike', 'error burst', 'partial degradation'])} after ${pick(['config rollout', 'certificate expiry', 'database failover', 'dependency upgrade'])}`,
    severity: pick(SEVERITIES),
    status: pick(['draft', 'in-review', 'final'] as const),
    category: pick(CATEGORIES),
    services: [service, pick(SERVICES)],
    tags: [pick(WORDS), pick(WORDS)],
    authors: people.slice(0, 2),
    participants: people.map((name) => ({ name, role: pick(PARTICIPANT_ROLES) })),
    times: { started: at(0), detected: at(7), acknowledged: at(9), mitigated: at(45), resolved: at(78) },
    reviewed: iso(started + 2 * 86_400_000).slice(0, 10),
    summary: paragraph(3),
    rootCause: paragraph(3),
    timeline: Array.from({ length: 15 * scale }, (_, i) => ({
      at: at(i * 5),
      kind: pick(EVENT_KINDS),
      text: sentence(12),
      actor: pick(people),
      source: `https://chat.example.com/archives/C0${seed}/p${i}`,
    })),
    analysis: {
      fiveWhys: { problem: sentence(10), whys: Array.from({ length: 5 }, () => sentence(12)) },
      fishbone: { effect: sentence(6), causes: Array.from({ length: 5 }, () => ({ category: pick(FISHBONE_CATEGORIES), text: sentence(9) })) },
    },
    contributingFactors: Array.from({ length: 4 * scale }, () => ({ text: sentence(12), category: pick(FISHBONE_CATEGORIES) })),
    impact: { description: paragraph(2), usersAffected: Math.floor(random() * 100_000), downtimeMinutes: 45, slaBreached: random() < 0.3 },
    response: { detection: paragraph(2), escalation: paragraph(2), communication: paragraph(2) },
    wentWell: Array.from({ length: 3 * scale }, () => sentence(10)),
    lessonsLearned: Array.from({ length: 3 * scale }, () => sentence(10)),
    actionItems: Array.from({ length: 6 * scale }, (_, i) => ({
      id: `AI-${i + 1}`,
      title: sentence(8),
      type: pick(['corrective', 'preventive'] as const),
      owner: pick(people),
      priority: pick(SEVERITIES),
      due: iso(started + (14 + (i % 52) * 7) * 86_400_000).slice(0, 10),
      status: pick(ACTION_STATUSES),
      tracker: `OPS-${1000 + seed * 6 + i}`,
    })),
    references: [{ title: 'Dashboard', url: `https://grafana.example.com/d/${service}`, kind: 'dashboard' }],
  };
  // The rest is prose, so files of one size have the same shape.
  let text = toYaml(review);
  if (text.length < bytes) {
    // A sentence is about 100 characters; one more emit is cheaper than growing step by step.
    review.summary += `\n\n${paragraph(Math.ceil((bytes - text.length) / 100))}`;
    text = toYaml(review);
  }
  return text;
}

/**
 * Block-style YAML as people write reviews: prose in `|-` literal blocks wrapped at 100
 * columns. Written here because yaml's stringify would dominate the benchmark's set-up time.
 */
function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value.map((item) => `${indent}- ${toYaml(item, `${indent}  `).trimStart()}`).join('');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => {
      if (typeof item === 'object' && item !== null) return `${indent}${key}:\n${toYaml(item, Array.isArray(item) ? indent : `${indent}  `)}`;
      return `${indent}${key}: ${toYaml(item, `${indent}  `).trimStart()}`;
    }).join('');
  }
  if (typeof value === 'string' && value.length > 100) return `|-\n${wrap(value, 100).map((line) => (line ? `${indent}${line}` : '')).join('\n')}\n`;
  // Quote whatever YAML would read as something other than this plain string.
  if (typeof value === 'string' && (!/^\w[\w ./:-]*$/.test(value) || /^(\d+|true|false|null)$/.test(value))) return `${JSON.stringify(value)}\n`;
  return `${String(value)}\n`;
}

/** Lines of at most `width` characters, breaking between words; paragraph breaks are kept. */
function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
  });
}

/** A small seeded PRNG (public domain); Math.random cannot be seeded. Tests that replay from a seed use it too. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['checkout', 'payments', 'search', 'auth', 'inventory', 'notifications', 'api-gateway', 'billing'];
const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'sre-team', 'platform-team'];
const WORDS = [
  'the', 'queue', 'depth', 'alert', 'fired', 'after', 'a', 'config', 'change', 'rolled', 'out', 'to', 'all', 'regions',
  'latency', 'increased', 'on', 'database', 'primary', 'failover', 'connection', 'pool', 'was', 'exhausted', 'and',
  'requests', 'timed', 'retries', 'amplified', 'load', 'responders', 'paged', 'on-call', 'engineer', 'rollback',
  'restored', 'service', 'customers', 'saw', 'errors', 'during', 'checkout', 'dashboard', 'showed', 'saturation',
  'runbook', 'missing', 'step', 'for', 'certificate', 'renewal', 'cache', 'hit', 'rate', 'dropped', 'sharply',
];
