import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { panelHtml } from './html';

/**
 * Points a panel at one of the bundles in dist/webview (`<bundle>.js` and `<bundle>.css`): scripts
 * on, command URIs off, local resources limited to the built assets, and the strict-CSP page
 * shell with a fresh nonce. Every panel of the extension loads this way.
 */
export function loadPanelPage(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, bundle: string, title: string): void {
  const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
  const webview = panel.webview;
  webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [root] };
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, name)).toString();
  webview.html = panelHtml({
    cspSource: webview.cspSource,
    nonce: randomBytes(18).toString('base64'),
    title,
    scriptUri: asset(`${bundle}.js`),
    styleUri: asset(`${bundle}.css`),
    codiconUri: asset('codicon.css'),
  });
  panel.iconPath = {
    light: vscode.Uri.joinPath(extensionUri, 'media', 'pir-file-light.svg'),
    dark: vscode.Uri.joinPath(extensionUri, 'media', 'pir-file-dark.svg'),
  };
}
