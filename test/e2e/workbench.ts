// Drives the real VS Code workbench (code-server 4.100.3 in Debian's Chromium) for e2e tests.
// Each Workbench has its own code-server with a fresh profile, its own copy of
// test/fixtures/workspace and this repo loaded as the development extension (built
// dist/extension.js), so tests do not share settings, files or state, not even across runs.
//
//   describe('my feature', () => {
//     const workbench = useWorkbench();          // one workbench for the suite, on a copy of the fixtures
//     it('does something', async () => {
//       const wb = workbench();
//       await wb.runCommand('Developer: Show Running Extensions');
//       await wb.screenshot('running-extensions'); // .test-output/screenshots/running-extensions.png
//     });
//   });
import { readFileSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..'); // out/test/e2e -> repo root
const SCREENSHOTS = path.join(ROOT, '.test-output/screenshots');

// The subset of scripts/vscode/server.mjs used here.
interface Server {
  url: string;
  logFile: string;
  workbenchUrl(folder: string, payload?: [string, string][]): string;
  remoteUri(absPath: string): string;
  stop(): Promise<void>;
}
interface ServerModule {
  CHROMIUM: string;
  CHROMIUM_ARGS: string[];
  freshProfile(name: string): unknown;
  freshWorkspace(name: string, files?: Record<string, string>): { folder: string; remove(): void };
  startServer(options: { logName: string; profile: unknown }): Promise<Server>;
}
// tsc (module: commonjs) turns import() into require(), which cannot load an .mjs file on
// every Node 20; this keeps a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

export type Theme = 'dark' | 'light';
// The workbench ignores workbench.colorTheme from settings when it hosts a development
// extension, so themes are switched through the picker.
const THEMES: Record<Theme, { name: string; bodyClass: string }> = {
  dark: { name: 'Dark Modern', bodyClass: 'vs-dark' },
  light: { name: 'Light Modern', bodyClass: 'vs' },
};

export interface OpenOptions {
  /** Files added to the workspace's copy of the fixtures before it opens: relative path -> text. */
  files?: Record<string, string>;
  /** Colour theme; default dark. */
  theme?: Theme;
  /** A `.code-workspace` file among `files` to open instead of the folder: a multi-root workspace. */
  workspaceFile?: string;
  /** The browser's time zone (IANA name), for tests of how times are shown; default the machine's. */
  timezoneId?: string;
}

export class Workbench {
  private constructor(
    /** The Playwright page, for anything the helpers below do not cover. */
    readonly page: Page,
    /** The absolute path of this workbench's workspace folder: a fresh copy of test/fixtures/workspace. */
    readonly folder: string,
    private readonly browser: Browser,
    private readonly server: Server,
    private readonly removeFolder: () => void,
  ) {}

  /** Starts code-server and Chromium and waits until the workbench with the extension is up. */
  static async open({ files, theme = 'dark', workspaceFile, timezoneId }: OpenOptions = {}): Promise<Workbench> {
    const { startServer, freshProfile, freshWorkspace, CHROMIUM, CHROMIUM_ARGS } = (await importEsm(
      pathToFileURL(path.join(ROOT, 'scripts/vscode/server.mjs')).href)) as ServerModule;
    const workspace = freshWorkspace('e2e', files);
    const server = await startServer({ logName: `e2e-code-server-${path.basename(workspace.folder)}`, profile: freshProfile('e2e') })
      .catch((error) => {
        workspace.remove();
        throw error;
      });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }).catch(async (error) => {
      await server.stop();
      workspace.remove();
      throw error;
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId });
    const workbench = new Workbench(page, workspace.folder, browser, server, workspace.remove);
    try {
      const payload: [string, string][] = [['extensionDevelopmentPath', server.remoteUri(ROOT)]];
      await workbench.page.goto(server.workbenchUrl(workspaceFile ? path.join(workspace.folder, workspaceFile) : workspace.folder, payload));
      await workbench.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
      // The explorer shows the folder's files once the remote connection is up.
      await workbench.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      await workbench.setTheme(theme);
      return workbench;
    } catch (error) {
      await workbench.screenshot('open-failed').catch(() => undefined);
      await workbench.close({ keepFolder: true });
      throw new Error(`workbench did not load (code-server log: ${server.logFile}, workspace: ${workspace.folder}): ${error}`);
    }
  }

  /** Runs a command by its exact palette title, e.g. 'Developer: Show Running Extensions'. */
  async runCommand(title: string): Promise<void> {
    await this.quickOpen(`>${title}`, title);
  }

  /** Opens a workspace file via quick open and waits for its editor tab. */
  async openFile(relativePath: string): Promise<void> {
    const name = path.basename(relativePath);
    await this.quickOpen(relativePath, name);
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
  }

  /**
   * The text of the first text editor as Monaco renders it: the lines in view, in line order.
   * (Monaco reuses line elements, so their DOM order is not the line order after edits.)
   */
  async editorText(): Promise<string> {
    const lines = await this.page.locator('.editor-group-container .monaco-editor .view-lines').first().locator('.view-line')
      .evaluateAll((elements) => elements.map((e) => ({ top: e.getBoundingClientRect().top, text: e.textContent ?? '' })));
    // Monaco renders spaces as no-break spaces.
    return lines.sort((a, b) => a.top - b.top).map((line) => line.text.replace(/\u00a0/g, ' ')).join('\n');
  }

  /** Polls editorText() until it contains `expected` (or matches it); returns that text, or fails after `timeout` ms. */
  waitForEditorText(expected: string | RegExp, timeout = 10_000): Promise<string> {
    return this.poll(() => this.editorText(), (text) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text)),
      `the editor did not show ${expected}`, timeout);
  }

  /** Opens the Problems panel and returns its rows' text (file rows, then one per diagnostic). */
  async problems(): Promise<string[]> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    // Rows are rendered asynchronously; an empty panel shows a message instead.
    await this.page.locator('.markers-panel .monaco-list-row, .markers-panel .message-box-container:visible').first().waitFor();
    return rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  /** Polls problems() until `done` accepts its rows; returns them, or fails after `timeout` ms. */
  waitForProblems(done: (rows: string[]) => boolean, timeout = 10_000): Promise<string[]> {
    return this.poll(() => this.problems(), done, 'the Problems panel did not show what was expected', timeout);
  }

  /** Switches the colour theme (Dark Modern / Light Modern) through the theme picker. */
  async setTheme(theme: Theme): Promise<void> {
    const { name, bodyClass } = THEMES[theme];
    const themeRow = this.quickInputRow(name);
    // Right after start-up the picker can open before the built-in themes are registered, and
    // it does not refresh its list then: close it and try again.
    for (let attempt = 1; ; attempt++) {
      await this.runCommand('Preferences: Color Theme');
      try {
        await themeRow.waitFor({ timeout: 3_000 });
        break;
      } catch (error) {
        if (attempt === 10) throw error;
        await this.page.keyboard.press('Escape');
        await this.page.waitForTimeout(1_000);
      }
    }
    // Pick without typing: text typed while the list is still loading filters out every theme.
    await this.pick(name);
    await this.page.locator(`.monaco-workbench.${bodyClass}`).waitFor();
  }

  /** Polls a workspace file on disk (an edit from the sidebar saves it) until it matches `expected`; returns its text. */
  waitForFile(relativePath: string, expected: RegExp, timeout = 10_000): Promise<string> {
    return this.poll(async () => readFileSync(path.join(this.folder, relativePath), 'utf8'), (text) => expected.test(text),
      `${relativePath} did not match ${expected}`, timeout);
  }

  /** Right-clicks `row` and runs the context-menu entry `label`. */
  async contextMenu(row: Locator, label: string): Promise<void> {
    await row.click({ button: 'right' });
    const entry = this.page.locator('.context-view .monaco-menu .action-item', { hasText: label });
    // The menu ignores a click that comes right as it opens (the right button's own mouseup).
    await entry.hover();
    await this.page.waitForTimeout(300);
    await entry.click();
    await entry.waitFor({ state: 'hidden' });
  }

  /** Saves a full-page screenshot to .test-output/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes Chromium, stops code-server and removes the workspace folder unless `keepFolder` (to look at after a failure). */
  async close({ keepFolder = false } = {}): Promise<void> {
    await this.browser.close();
    await this.server.stop();
    if (keepFolder) console.log(`      workspace kept: ${this.folder}`);
    else this.removeFolder();
  }

  /** Reads until `done` accepts the value; fails after `timeout` ms with `failure` and the last value. */
  private async poll<T>(read: () => Promise<T>, done: (value: T) => boolean, failure: string, timeout: number): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`${failure} within ${timeout} ms; it shows:\n${Array.isArray(value) ? value.join('\n') : String(value)}`);
      await this.page.waitForTimeout(100);
    }
  }

  private async quickOpen(filter: string, label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.pick(label, filter);
  }

  /** Clicks the quick input row whose label is exactly `label`, after typing `filter` if given. */
  private async pick(label: string, filter?: string): Promise<void> {
    if (filter !== undefined) await this.page.locator('.quick-input-widget .quick-input-box input').fill(filter);
    const row = this.quickInputRow(label);
    await row.click();
    // Not "widget hidden": some commands (e.g. the theme picker) reuse the widget right away.
    await row.waitFor({ state: 'hidden' });
  }

  private quickInputRow(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.page.locator('.quick-input-widget .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
      .first();
  }
}

/**
 * Mocha hooks for a suite: opens a Workbench before its tests, saves a screenshot named after
 * each failing test, and closes it afterwards (keeping its workspace folder if a test failed).
 * Call the returned function inside a test.
 */
export function useWorkbench(options?: OpenOptions): () => Workbench {
  let workbench: Workbench | undefined;
  let failed = false;
  before(async () => {
    workbench = await Workbench.open(options);
  });
  afterEach(async function () {
    if (workbench && this.currentTest?.state === 'failed') {
      failed = true;
      await workbench.screenshot(`failed-${this.currentTest.fullTitle().replace(/[^\w-]+/g, '-')}`);
    }
  });
  after(async () => {
    await workbench?.close({ keepFolder: failed });
  });
  return () => {
    if (!workbench) throw new Error('the workbench is not open (did the before hook fail?)');
    return workbench;
  };
}
