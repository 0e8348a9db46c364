// GitHub: deployments, deployment statuses and releases, as the REST list endpoints return them
// (a JSON list) or as single webhook payloads. A deployment counts when it succeeded: its success
// status's time; a release when it was published: `published_at`.
import { isRecord, stringOf } from '../review';
import type { Collector } from './collect';
import { parseIsoInstant } from './instant';

type GitHubRecord = 'deployment' | 'deployment_status' | 'release';

/** Which kind of GitHub record an object is, by the fields only that kind has. */
function recordKind(value: Record<string, unknown>): GitHubRecord | undefined {
  if ('tag_name' in value && 'published_at' in value) return 'release';
  if ('state' in value && 'deployment_url' in value) return 'deployment_status';
  if ('environment' in value && 'sha' in value && 'statuses_url' in value) return 'deployment';
  return undefined;
}

/** The GitHub records in a list or a webhook payload (`{deployment_status, deployment}`, `{release}`), each with its deployment when known. */
export function githubRecords(value: unknown): { kind: GitHubRecord; record: Record<string, unknown>; deployment?: Record<string, unknown> }[] | undefined {
  if (isRecord(value)) {
    const deployment = isRecord(value.deployment) ? value.deployment : undefined;
    if (isRecord(value.deployment_status)) return [{ kind: 'deployment_status', record: value.deployment_status, deployment }];
    if (isRecord(value.release)) return [{ kind: 'release', record: value.release }];
    if (deployment) return [{ kind: 'deployment', record: deployment }];
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const records = value.filter(isRecord).map((record) => ({ kind: recordKind(record)!, record }));
  return records.length === value.length && records.every((item) => item.kind) ? records : undefined;
}

/** Deployments by id, from every GitHub file read together: a status list names its deployment only by URL. */
export type Deployments = Map<string, Record<string, unknown>>;

export function collectDeployments(records: NonNullable<ReturnType<typeof githubRecords>>, deployments: Deployments): void {
  for (const { kind, record, deployment } of records) {
    const found = kind === 'deployment' ? record : deployment;
    if (found?.id !== undefined) deployments.set(String(found.id), found);
  }
}

export function readGitHub(records: NonNullable<ReturnType<typeof githubRecords>>, file: string, sink: Collector, deployments: Deployments): void {
  for (const { kind, record, deployment } of records) {
    if (kind === 'release') readRelease(record, file, sink);
    else if (kind === 'deployment_status') readStatus(record, deployment ?? deployments.get(deploymentId(record, undefined)), file, sink);
    else readDeployment(record, file, sink);
  }
}

function readRelease(release: Record<string, unknown>, file: string, sink: Collector): void {
  const ms = parseIsoInstant(release.published_at);
  if (ms === undefined || release.draft === true) return sink.skip();
  const tag = stringOf(release.tag_name) ?? '';
  const name = stringOf(release.name);
  sink.add('github', file, ms, () => ({
    kind: 'note',
    text: `Released ${tag}${name && name !== tag ? ` (${name})` : ''}${release.prerelease ? ' as a pre-release' : ''}`,
    actor: login(release.author),
    origin: `github:release/${String(release.id ?? tag)}`,
    source: stringOf(release.html_url),
  }));
}

/** A status: success is the deployment; failure and error are worth a note; the rest (queued, in progress) is noise. */
function readStatus(status: Record<string, unknown>, deployment: Record<string, unknown> | undefined, file: string, sink: Collector): void {
  const state = stringOf(status.state);
  const ms = parseIsoInstant(status.created_at);
  if (ms === undefined || (state !== 'success' && state !== 'failure' && state !== 'error')) return sink.skip();
  const id = deploymentId(status, deployment);
  const what = deployment ? deploymentName(deployment) : `deployment ${id}`;
  const environment = stringOf(status.environment) ?? stringOf(deployment?.environment);
  sink.add('github', file, ms, () => ({
    kind: 'note',
    text: `${state === 'success' ? 'Deployed' : 'Deployment failed:'} ${what}${environment ? ` to ${environment}` : ''}${stringOf(status.description) ? `: ${status.description}` : ''}`,
    actor: login(status.creator) ?? login(deployment?.creator),
    origin: state === 'success' ? `github:deployment/${id}` : `github:deployment-status/${String(status.id)}`,
    source: stringOf(status.log_url) || stringOf(status.target_url) || undefined,
  }));
}

/** A deployment without its statuses: offered at its creation, as a note that it was started. */
function readDeployment(deployment: Record<string, unknown>, file: string, sink: Collector): void {
  const ms = parseIsoInstant(deployment.created_at);
  if (ms === undefined) return sink.skip();
  sink.add('github', file, ms, () => ({
    kind: 'note',
    text: `Deployment of ${deploymentName(deployment)} to ${stringOf(deployment.environment) ?? 'an environment'} started`,
    actor: login(deployment.creator),
    origin: `github:deployment/${String(deployment.id)}:created`,
  }));
}

function deploymentId(status: Record<string, unknown>, deployment: Record<string, unknown> | undefined): string {
  if (deployment?.id !== undefined) return String(deployment.id);
  return (stringOf(status.deployment_url) ?? '').split('/').pop() ?? String(status.id);
}

function deploymentName(deployment: Record<string, unknown>): string {
  const ref = stringOf(deployment.ref);
  const sha = stringOf(deployment.sha)?.slice(0, 7);
  return ref && sha && ref !== sha ? `${ref} (${sha})` : (ref ?? sha ?? 'a deployment');
}

function login(user: unknown): string | undefined {
  return isRecord(user) ? stringOf(user.login) : undefined;
}
