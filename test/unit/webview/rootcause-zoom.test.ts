import * as assert from 'node:assert/strict';
import { effectiveScale, stepZoom, zoomLabel, ZOOM_LEVELS } from '../../../webview/rootcause/zoom';

describe('fishbone zoom', () => {
  it('fits a wide diagram to the panel, and never zooms a small one above its size', () => {
    assert.equal(effectiveScale('fit', 1200, 600), 0.5);
    assert.equal(effectiveScale('fit', 400, 600), 1);
    assert.equal(effectiveScale('fit', 1200, 0), 1, 'not laid out yet');
    assert.equal(effectiveScale(1.5, 1200, 600), 1.5);
  });

  it('steps through the levels from wherever the diagram is, stopping at the ends', () => {
    assert.equal(stepZoom(0.5, 1), 0.67);
    assert.equal(stepZoom(0.58, 1), 0.67, 'from a fitted scale between levels');
    assert.equal(stepZoom(0.58, -1), 0.5);
    assert.equal(stepZoom(1, -1), 0.9);
    assert.equal(stepZoom(2, 1), 2);
    assert.equal(stepZoom(ZOOM_LEVELS[0], -1), ZOOM_LEVELS[0]);
  });

  it('labels the zoom', () => {
    assert.equal(zoomLabel('fit', 0.638), 'Fit (64%)');
    assert.equal(zoomLabel(1.25, 1.25), '125%');
  });
});
