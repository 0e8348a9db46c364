import assert from 'node:assert/strict';
import { resolveConfig } from './config';
import { workspaceScales } from './workspace-scales';

describe('workspaceScales', () => {
  const sev = (...ids: string[]) => ids.map((id) => ({ id }));

  it("orders severities by the first folder's scale, then adds the others' new ids", () => {
    const scales = workspaceScales([
      { uri: 'file:///w/alpha', config: resolveConfig({ severities: sev('SEV0', 'SEV1', 'SEV2') }) },
      { uri: 'file:///w/beta', config: resolveConfig({ severities: sev('P0', 'SEV1', 'P2') }) },
      { uri: 'file:///w/gamma', config: resolveConfig() },
    ]);
    assert.deepEqual(scales.severityScale, ['SEV0', 'SEV1', 'SEV2', 'P0', 'P2', 'P1', 'P3', 'P4']);
  });

  it("reads each review's times in its own folder's zone, the innermost folder's when they nest", () => {
    const { zoneOf } = workspaceScales([
      { uri: 'file:///w/ops', config: resolveConfig({ timeZone: 'America/Los_Angeles' }) },
      { uri: 'file:///w/ops/emea', config: resolveConfig({ timeZone: 'Europe/Berlin' }) },
      { uri: 'file:///w/opsx', config: resolveConfig() },
    ]);
    assert.equal(zoneOf('file:///w/ops/reviews/a.pir.yaml'), 'America/Los_Angeles');
    assert.equal(zoneOf('file:///w/ops/emea/b.pir.yaml'), 'Europe/Berlin');
    assert.equal(zoneOf('file:///w/opsx/c.pir.yaml'), undefined, 'a folder whose name starts the same is another folder');
    assert.equal(zoneOf('untitled:Untitled-1'), undefined);
  });

  it('gives the format defaults for a workspace without folders', () => {
    assert.deepEqual(workspaceScales([]).severityScale, ['P1', 'P2', 'P3', 'P4']);
  });
});
