// What the workspace-wide views (the Reviews view, the dashboard) follow of several configs: in a
// multi-root workspace each folder has its own .pirrc.yaml, and each review is read with its
// own folder's. Pure: the extension passes the folders' resolved configs.
import { DEFAULT_SCALES, type ResolvedConfig } from './config';
import type { ZoneOf } from './reliability';

export interface FolderConfig {
  /** The folder's uri as a string, e.g. file:///work/alpha. */
  uri: string;
  config: Pick<ResolvedConfig, 'severities' | 'timeZone'>;
}

export interface WorkspaceScales {
  /** Every folder's severities, most severe first: the first folder's scale, then the ids other folders add, in their order. */
  severityScale: string[];
  /** The `timeZone` of the folder a review is in (the innermost, when folders nest). */
  zoneOf: ZoneOf;
}

/** Without folders (a lone file), the format's scale. */
export function workspaceScales(folders: readonly FolderConfig[]): WorkspaceScales {
  const scales = folders.length ? folders.map(({ config }) => config.severities) : [DEFAULT_SCALES.severities];
  const severityScale = [...new Set(scales.flatMap((scale) => scale.map((entry) => entry.id)))];
  // Innermost first, so a nested folder's config wins over its parent's.
  const byDepth = [...folders].sort((a, b) => b.uri.length - a.uri.length);
  const inside = (uri: string, folder: string) => uri === folder || uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
  return {
    severityScale,
    zoneOf: (uri) => byDepth.find((folder) => inside(uri, folder.uri))?.config.timeZone,
  };
}
