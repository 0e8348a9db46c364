import * as vscode from 'vscode';
import type { IconChoice } from '../core/sidebar/action-item-view';

/** What the core decides about a sidebar leaf (see src/core/sidebar/): the extension only maps it. */
export interface LeafView {
  label: string;
  description: string;
  icon: IconChoice;
  /** Markdown with every user-written field escaped. */
  tooltip: string;
  /** What a screen reader says, when the label alone does not say it all. */
  ariaLabel?: string;
}

/** A leaf tree item with a themed icon and a tooltip that runs no command links and no HTML. */
export function leafTreeItem(view: LeafView, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(view.label, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = view.description;
  item.iconPath = new vscode.ThemeIcon(view.icon.id, view.icon.color ? new vscode.ThemeColor(view.icon.color) : undefined);
  const tooltip = new vscode.MarkdownString(view.tooltip);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  item.tooltip = tooltip;
  if (view.ariaLabel) item.accessibilityInformation = { label: view.ariaLabel };
  return item;
}
