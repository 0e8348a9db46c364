// Chart colours from the VS Code theme. Canvas drawing cannot use CSS variables, so the values
// are read from the computed style and read again when the theme changes.

/** How many severity colours there are (main.css has a `.severity.rank-N` for each). */
export const SEVERITY_RANKS = 6;

export interface Palette {
  foreground: string;
  muted: string;
  grid: string;
  background: string;
  fontFamily: string;
  fontSize: number;
  /** Severity colours by rank in the scale, most severe first; a scale longer than this repeats the last. */
  severity: string[];
  unrated: string;
  mttd: string;
  mtta: string;
  mttr: string;
  completed: string;
  onTime: string;
}

/** The theme's colours; the fallbacks (Dark Modern's) only matter outside VS Code. */
export function readPalette(): Palette {
  const style = getComputedStyle(document.body);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const foreground = read('--vscode-foreground', '#cccccc');
  return {
    foreground,
    muted: read('--vscode-descriptionForeground', foreground),
    grid: read('--vscode-editorWidget-border', read('--vscode-panel-border', '#80808040')),
    background: read('--vscode-editor-background', '#1f1f1f'),
    fontFamily: read('--vscode-font-family', 'sans-serif'),
    fontSize: Number.parseFloat(read('--vscode-font-size', '13px')) || 13,
    severity: [
      read('--vscode-charts-red', '#f14c4c'),
      read('--vscode-charts-orange', '#d18616'),
      read('--vscode-charts-yellow', '#cca700'),
      read('--vscode-charts-blue', '#3794ff'),
      read('--vscode-charts-purple', '#b180d7'),
      read('--vscode-charts-green', '#89d185'),
    ],
    unrated: read('--vscode-charts-foreground', '#8b8b8b'),
    mttd: read('--vscode-charts-blue', '#3794ff'),
    mtta: read('--vscode-charts-purple', '#b180d7'),
    mttr: read('--vscode-charts-green', '#89d185'),
    completed: read('--vscode-charts-green', '#89d185'),
    onTime: read('--vscode-charts-blue', '#3794ff'),
  };
}

/** Calls `changed` after VS Code switches theme: it swaps the theme class on <body> and the variables on <html>. */
export function onThemeChange(changed: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    // Class and variables change in separate mutations; read once both are in.
    clearTimeout(timer);
    timer = setTimeout(changed, 30);
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
}
