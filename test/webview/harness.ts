// Serves a built panel bundle in the same HTML shell and CSP the extension uses, with a fake
// VS Code host: `acquireVsCodeApi` records what the panel posts, and the test posts host messages.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { panelHtml } from '../../src/extension/webview/html';
import type { HostMessage, WebviewMessage } from '../../src/core/protocol/panels';

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist/webview');
export const SCREENSHOTS = path.join(ROOT, '.test-output/screenshots');
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.map': 'application/json' };

/** The theme colours the panels use, as VS Code's Dark Modern and Light Modern set them on the webview's <html>. */
export const THEMES = {
  dark: { bodyClass: 'vscode-dark', vars: {
    '--vscode-foreground': '#cccccc', '--vscode-editor-foreground': '#cccccc', '--vscode-editor-background': '#1f1f1f', '--vscode-descriptionForeground': '#9d9d9d',
    '--vscode-focusBorder': '#0078d4', '--vscode-editorWidget-background': '#202020', '--vscode-panel-border': '#2b2b2b',
    '--vscode-list-hoverBackground': '#2a2d2e', '--vscode-textLink-foreground': '#4daafc', '--vscode-font-family': 'sans-serif',
    '--vscode-font-size': '13px', '--vscode-button-background': '#0078d4', '--vscode-button-foreground': '#ffffff',
    '--vscode-input-background': '#313131', '--vscode-input-foreground': '#cccccc', '--vscode-settings-textInputBackground': '#313131',
    '--vscode-settings-textInputForeground': '#cccccc', '--vscode-button-secondaryBackground': '#313131',
    '--vscode-button-secondaryForeground': '#cccccc', '--vscode-panelTitle-activeForeground': '#cccccc',
    '--vscode-panelTitle-inactiveForeground': '#9d9d9d', '--vscode-panelTitle-activeBorder': '#0078d4',
    '--vscode-charts-blue': '#3794ff', '--vscode-charts-purple': '#b180d7', '--vscode-charts-orange': '#d18616',
    '--vscode-charts-green': '#89d185', '--vscode-charts-yellow': '#cca700',
    '--vscode-settings-checkboxBackground': '#313131', '--vscode-settings-checkboxBorder': '#3c3c3c', '--vscode-settings-checkboxForeground': '#cccccc',
  } },
  light: { bodyClass: 'vscode-light', vars: {
    '--vscode-foreground': '#3b3b3b', '--vscode-editor-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff', '--vscode-descriptionForeground': '#717171',
    '--vscode-focusBorder': '#005fb8', '--vscode-editorWidget-background': '#f8f8f8', '--vscode-panel-border': '#e5e5e5',
    '--vscode-list-hoverBackground': '#f2f2f2', '--vscode-textLink-foreground': '#005fb8', '--vscode-font-family': 'sans-serif',
    '--vscode-font-size': '13px', '--vscode-button-background': '#005fb8', '--vscode-button-foreground': '#ffffff',
    '--vscode-input-background': '#ffffff', '--vscode-input-foreground': '#3b3b3b', '--vscode-settings-textInputBackground': '#ffffff',
    '--vscode-editorWarning-foreground': '#bf8803',
    // Inputs, dropdowns, checkboxes, secondary buttons and tabs (vscode-elements), as Light Modern sets them.
    '--vscode-settings-textInputForeground': '#3b3b3b', '--vscode-settings-textInputBorder': '#cecece',
    '--vscode-input-placeholderForeground': '#767676', '--vscode-button-secondaryBackground': '#e5e5e5',
    '--vscode-button-secondaryForeground': '#3b3b3b', '--vscode-button-secondaryHoverBackground': '#cccccc',
    '--vscode-settings-dropdownBackground': '#ffffff', '--vscode-settings-dropdownForeground': '#3b3b3b',
    '--vscode-settings-dropdownBorder': '#cecece', '--vscode-panelTitle-activeForeground': '#3b3b3b',
    '--vscode-panelTitle-inactiveForeground': '#717171', '--vscode-panelTitle-activeBorder': '#005fb8',
    '--vscode-settings-headerBorder': '#e5e5e5', '--vscode-list-activeSelectionBackground': '#e8e8e8',
    '--vscode-widget-shadow': '#00000029', '--vscode-charts-blue': '#1a85ff', '--vscode-charts-purple': '#652d90',
    '--vscode-charts-orange': '#d18616', '--vscode-charts-green': '#388a34', '--vscode-charts-yellow': '#bf8803',
    '--vscode-settings-checkboxBackground': '#f8f8f8', '--vscode-settings-checkboxBorder': '#cecece', '--vscode-settings-checkboxForeground': '#3b3b3b',
  } },
};
export type ThemeName = keyof typeof THEMES;

/** A panel open in Chromium; `In` and `Out` default to the review panels' protocol. */
export interface PanelPage<In = HostMessage, Out = WebviewMessage> {
  page: Page;
  /** Messages the panel posted to the host, oldest first. */
  posted(): Promise<Out[]>;
  send(message: In): Promise<void>;
  /** What the panel last saved with setState (what VS Code would keep across a reload). */
  saved(): Promise<unknown>;
  /** CSP violations and dialogs seen so far. */
  violations(): Promise<string[]>;
  dialogs: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;

export async function launch(): Promise<void> {
  browser ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function shutdown(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** `elements: false` for a panel without the VS Code Elements toolkit (the preview). */
export async function openPanel<In = HostMessage, Out = WebviewMessage>(
  panel: string, theme: ThemeName = 'dark', { elements = true } = {},
): Promise<PanelPage<In, Out>> {
  const server = await serve(panel);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser!.newContext({ viewport: { width: 900, height: 900 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(5_000); // a missing element fails fast, with the locator in the message
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { bodyClass, vars } = THEMES[theme];
  await page.addInitScript({ content: fakeHost(bodyClass, vars) });
  await page.goto(`${origin}/`);
  if (elements) await page.waitForFunction("customElements.get('vscode-button') !== undefined");
  return {
    page,
    dialogs,
    posted: () => page.evaluate<Out[]>('window.__posted'),
    saved: () => page.evaluate('window.__saved'),
    send: (message) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`),
    violations: () => page.evaluate<string[]>('window.__violations'),
    close: async () => {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Runs before the panel's script: the VS Code API stub, a CSP violation log and the theme
 * (VS Code sets theme variables on <html> and a theme class on <body>). Browser code, kept as
 * text because this file is compiled for Node.
 */
function fakeHost(bodyClass: string, vars: Record<string, string>): string {
  return `(() => {
    const posted = [];
    const violations = [];
    window.__posted = posted;
    window.__violations = violations;
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => window.__saved,
      setState: (state) => { window.__saved = state; },
    });
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ': ' + e.blockedURI));
    document.addEventListener('DOMContentLoaded', () => {
      for (const [name, value] of Object.entries(${JSON.stringify(vars)})) document.documentElement.style.setProperty(name, value);
      document.body.classList.add(${JSON.stringify(bodyClass)});
    });
  })();`;
}

function serve(panel: string): Promise<Server> {
  const nonce = randomBytes(16).toString('base64');
  const server = createServer((request, response) => {
    const origin = `http://${request.headers.host}`;
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(panelHtml({
        cspSource: origin, nonce, title: panel,
        scriptUri: `${origin}/dist/webview/${panel}.js`, styleUri: `${origin}/dist/webview/${panel}.css`, codiconUri: `${origin}/dist/webview/codicon.css`,
      }));
      return;
    }
    const file = path.join(DIST, path.basename(url.pathname));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
