// Drives the real VS Code workbench (code-server 4.100.3 in Debian's Chromium) for e2e tests.
// Each Workbench has its own code-server with a fresh profile and this repo loaded as the
// development extension (built dist/extension.js), so tests do not share settings or state.
//
//   describe('my feature', () => {
//     const workbench = useWorkbench();          // one workbench for the suite, fixture workspace
//     it('does something', async () => {
//       const wb = workbench();
//       await wb.runCommand('Developer: Show Running Extensions');
//       await wb.screenshot('running-extensions'); // .test-output/screenshots/running-extensions.png
//     });
//   });
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..'); // out/test/e2e -> repo root
export const FIXTURE_WORKSPACE = path.join(ROOT, 'test/fixtures/workspace');
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
  /** Folder to open; default test/fixtures/workspace. */
  folder?: string;
  /** Colour theme; default dark. */
  theme?: Theme;
}

export class Workbench {
  private constructor(
    /** The Playwright page, for anything the helpers below do not cover. */
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: Server,
  ) {}

  /** Starts code-server and Chromium and waits until the workbench with the extension is up. */
  static async open({ folder = FIXTURE_WORKSPACE, theme = 'dark' }: OpenOptions = {}): Promise<Workbench> {
    const { startServer, freshProfile, CHROMIUM, CHROMIUM_ARGS } = (await importEsm(
      pathToFileURL(path.join(ROOT, 'scripts/vscode/server.mjs')).href)) as ServerModule;
    const server = await startServer({ logName: 'e2e-code-server', profile: freshProfile('e2e') });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }).catch(async (error) => {
      await server.stop();
      throw error;
    });
    const workbench = new Workbench(await browser.newPage({ viewport: { width: 1280, height: 800 } }), browser, server);
    try {
      const payload: [string, string][] = [['extensionDevelopmentPath', server.remoteUri(ROOT)]];
      await workbench.page.goto(server.workbenchUrl(folder, payload));
      await workbench.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
      // The explorer shows the folder's files once the remote connection is up.
      await workbench.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      await workbench.setTheme(theme);
      return workbench;
    } catch (error) {
      await workbench.screenshot('open-failed').catch(() => undefined);
      await workbench.close();
      throw new Error(`workbench did not load (code-server log: ${server.logFile}): ${error}`);
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

  /** Opens the Problems panel and returns its rows' text (file rows, then one per diagnostic). */
  async problems(): Promise<string[]> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    // Rows are rendered asynchronously; an empty panel shows a message instead.
    await this.page.locator('.markers-panel .monaco-list-row, .markers-panel .message-box-container:visible').first().waitFor();
    return rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
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

  /** Saves a full-page screenshot to .test-output/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes Chromium and stops code-server. */
  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
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
 * each failing test, and closes it afterwards. Call the returned function inside a test.
 */
export function useWorkbench(options?: OpenOptions): () => Workbench {
  let workbench: Workbench | undefined;
  before(async () => {
    workbench = await Workbench.open(options);
  });
  afterEach(async function () {
    if (workbench && this.currentTest?.state === 'failed') {
      await workbench.screenshot(`failed-${this.currentTest.fullTitle().replace(/[^\w-]+/g, '-')}`);
    }
  });
  after(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error('the workbench is not open (did the before hook fail?)');
    return workbench;
  };
}
