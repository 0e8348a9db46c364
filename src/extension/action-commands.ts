// What the Action Items view does to one item: open it, change its status, owner, due date or
// priority, or copy it as issue text. Edits go through a WorkspaceEdit on the current text of
// the review (the open buffer, else the file), so they are undoable like typing. A status change
// also says so in the status bar, with an Undo that reverts exactly that edit.
import * as vscode from 'vscode';
import type { TextEdit } from '../core/edit';
import { actionItemEdits, actionItemRange, actionStatusEdit, revertEdit, type ActionField } from '../core/sidebar/action-edit';
import { isSafeUrl } from '../core/render/links';
import { issueText } from '../core/sidebar/issue-text';
import { knownOwners } from '../core/sidebar/known-owners';
import { humanize } from '../core/labels';
import { ACTION_STATUSES, SEVERITIES, type ActionStatus } from '../core/review';
import { localDay } from '../core/template';
import { parseDate } from '../core/time';
import { newIssueUrl } from '../core/trackers/new-issue-url';
import type { IndexedActionItem } from '../core/workspace-index';
import type { ConfigService } from './config';
import { OPEN_ACTION_COMMAND, type ActionNode } from './action-tree';
import type { WorkspaceReviews } from './review-index';

/** Commands get the tree node from a click or a menu; tests may pass the item itself. */
type Target = ActionNode | IndexedActionItem;

function itemOf(target: Target | undefined): IndexedActionItem | undefined {
  if (!target) return undefined;
  if ('kind' in target) return target.kind === 'group' ? undefined : target.item;
  return target;
}

async function openItem(target: Target | undefined): Promise<void> {
  const item = itemOf(target);
  if (!item) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(item.reviewUri));
  // The index may lag the buffer by a debounce; the item's place in the current text is what counts.
  const range = actionItemRange(document.getText(), item) ?? item.range;
  const editor = await vscode.window.showTextDocument(document);
  // Selected from the end to the start, so the cursor sits on the item's first line.
  editor.selection = new vscode.Selection(document.positionAt(range.end), document.positionAt(range.start));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Applies `edits` (computed on `text`, the document's current text) to the review. A review that
 * was not modified is saved afterwards, so the file on disk (what git and the CLI see) changes;
 * one with unsaved changes stays unsaved, as the user left it. Returns whether the edit was made.
 */
async function applyToReview(document: vscode.TextDocument, edits: readonly TextEdit[]): Promise<boolean> {
  const wasDirty = document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, edits.map((e) => new vscode.TextEdit(new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText)));
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (!wasDirty) await document.save();
  return true;
}

async function itemMoved(reviews: WorkspaceReviews, item: IndexedActionItem, document: vscode.TextDocument): Promise<false> {
  await reviews.refresh();
  void vscode.window.showWarningMessage(`"${item.title}" is no longer where it was in ${vscode.workspace.asRelativePath(document.uri)}; the list was refreshed. Try again.`);
  return false;
}

/** Sets `field` of `item` to `value` in the review. Returns whether the edit was made. */
export async function setField(reviews: WorkspaceReviews, item: IndexedActionItem, field: ActionField, value: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(item.reviewUri));
  const edits = actionItemEdits(document.getText(), item, field, value);
  return edits ? applyToReview(document, edits) : itemMoved(reviews, item, document);
}

/** How long the status bar offers Undo after a status change. */
const UNDO_MS = 10_000;

/**
 * The status bar's "Marked done … Undo" message. Undo reverts the one edit the status change
 * made, byte for byte, as long as the review has not changed since; otherwise it says why not.
 */
class StatusChangeMessage implements vscode.Disposable {
  static readonly UNDO_COMMAND = 'pir.actions.undoStatus';
  private readonly item = vscode.window.createStatusBarItem('pir.actions.statusChange', vscode.StatusBarAlignment.Left, 1000);
  private undo?: () => Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor() {
    this.item.name = 'PIR: action item status change';
    this.item.command = StatusChangeMessage.UNDO_COMMAND;
  }

  show(title: string, status: ActionStatus, undo: () => Promise<void>): void {
    this.undo = undo;
    this.item.text = `$(check) "${title}" ${status === 'done' ? 'marked done' : `set to ${humanize(status).toLowerCase()}`} · $(discard) Undo`;
    this.item.tooltip = 'Undo this status change';
    this.item.accessibilityInformation = { label: `${this.item.text.replace(/\$\([a-z-]+\) /g, '')}. Click to undo.` };
    this.item.show();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), UNDO_MS);
  }

  async runUndo(): Promise<void> {
    const undo = this.undo;
    this.hide();
    await undo?.();
  }

  private hide(): void {
    clearTimeout(this.timer);
    this.undo = undefined;
    this.item.hide();
  }

  dispose(): void {
    this.hide();
    this.item.dispose();
  }
}

/**
 * Sets the status of `item`, writing or removing its completion date (see actionStatusEdit), and
 * offers Undo in the status bar. Returns whether the edit was made.
 */
async function setStatus(reviews: WorkspaceReviews, message: StatusChangeMessage, item: IndexedActionItem, status: ActionStatus): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(item.reviewUri));
  const before = document.getText();
  const edit = actionStatusEdit(before, item, status, localDay(new Date()));
  if (!edit) return itemMoved(reviews, item, document);
  if (!(await applyToReview(document, [edit]))) return false;
  const version = document.version;
  message.show(item.title || '(no title)', status, async () => {
    if (document.isClosed || document.version !== version) {
      void vscode.window.showWarningMessage(`The review changed after the status change, so it was not undone. Use Undo in the editor (${vscode.workspace.asRelativePath(document.uri)}).`);
      return;
    }
    await applyToReview(document, [revertEdit(before, edit)]);
  });
  return true;
}

async function pickStatus(item: IndexedActionItem): Promise<ActionStatus | undefined> {
  const picks = ACTION_STATUSES.map((status) => ({ label: humanize(status), status, description: status === item.status ? 'current' : status }));
  return (await vscode.window.showQuickPick(picks, { title: `Status of "${item.title}"`, placeHolder: 'Done records today as the completion date' }))?.status;
}

async function pickOwner(reviews: WorkspaceReviews, item: IndexedActionItem): Promise<string | undefined> {
  const owners = knownOwners(reviews.index.actionItems());
  const known: vscode.QuickPickItem[] = owners.map((owner) => ({ label: owner, description: owner === item.owner ? 'current' : undefined }));
  const input = vscode.window.createQuickPick();
  input.title = `Owner of "${item.title}"`;
  input.placeholder = 'Pick an owner, or type a new name';
  input.items = known;
  // A typed name that nobody owns yet is offered first, so Enter takes it.
  input.onDidChangeValue((value) => {
    const name = value.trim();
    input.items = name && !owners.includes(name) ? [{ label: name, description: 'new owner' }, ...known] : known;
  });
  return new Promise((resolve) => {
    input.onDidAccept(() => {
      resolve(input.selectedItems[0]?.label ?? (input.value.trim() || undefined));
      input.hide();
    });
    input.onDidHide(() => {
      resolve(undefined);
      input.dispose();
    });
    input.show();
  });
}

async function pickDue(item: IndexedActionItem): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: `Due date of "${item.title}"`,
    prompt: 'YYYY-MM-DD',
    value: item.due ?? new Date().toISOString().slice(0, 10),
    validateInput: (text) => (parseDate(text.trim()) === undefined ? 'A date as YYYY-MM-DD, e.g. 2026-04-30.' : undefined),
  });
  return value?.trim();
}

async function pickPriority(item: IndexedActionItem): Promise<string | undefined> {
  const picks = SEVERITIES.map((priority, i) => ({
    label: priority,
    description: [i === 0 ? 'highest' : i === SEVERITIES.length - 1 ? 'lowest' : undefined, priority === item.priority ? 'current' : undefined].filter(Boolean).join(' · '),
  }));
  return (await vscode.window.showQuickPick(picks, { title: `Priority of "${item.title}"` }))?.label;
}

async function copyAsIssue(target: Target | undefined): Promise<void> {
  const item = itemOf(target);
  if (!item) return;
  await vscode.env.clipboard.writeText(issueText(item, vscode.workspace.asRelativePath(vscode.Uri.parse(item.reviewUri))));
  vscode.window.setStatusBarMessage('$(copy) Action item copied as issue text', 3_000);
}

/**
 * Opens a web address exactly as written. Given a string, VS Code hands it on unchanged; a Uri
 * would be re-encoded on the way (a `%20` or `%23` in a prefilled issue body would change).
 */
function openWebAddress(url: string): Thenable<boolean> {
  return vscode.env.openExternal(url as unknown as vscode.Uri);
}

/** Opens the tracker's new-issue page prefilled with the item. Returns the address opened. */
async function createIssue(config: ConfigService, target: Target | undefined): Promise<string | undefined> {
  const item = itemOf(target);
  if (!item) return undefined;
  const reviewUri = vscode.Uri.parse(item.reviewUri);
  const { tracker } = await config.configFor(reviewUri);
  if (!tracker) {
    void vscode.window.showWarningMessage('No issue tracker is set up: add `tracker: {kind: github | gitlab | jira, url: …}` to .pirrc.yaml.');
    return undefined;
  }
  const url = newIssueUrl(tracker, item, vscode.workspace.asRelativePath(reviewUri));
  await openWebAddress(url);
  return url;
}

async function askIssueUrl(item: IndexedActionItem): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: `Issue for "${item.title}"`,
    prompt: 'The address of the issue created for this action item',
    value: item.tracker,
    placeHolder: 'https://github.com/acme/checkout/issues/42',
    validateInput: (text) => (/^https?:\/\//i.test(text.trim()) && isSafeUrl(text.trim()) ? undefined : 'An http(s) address, e.g. https://github.com/acme/checkout/issues/42.'),
  });
  return value?.trim();
}

async function openIssue(target: Target | undefined): Promise<boolean> {
  const item = itemOf(target);
  if (!item) return false;
  if (!item.tracker || !/^https?:/i.test(item.tracker) || !isSafeUrl(item.tracker)) {
    void vscode.window.showInformationMessage(item.tracker
      ? `The tracker of "${item.title}" is not a web address: ${item.tracker}`
      : `"${item.title}" has no linked issue. Use Link Issue to add one.`);
    return false;
  }
  return openWebAddress(item.tracker);
}

export function register(context: vscode.ExtensionContext, reviews: WorkspaceReviews, config: ConfigService): void {
  /** A command on one item that asks for a value (or has it fixed) and sets `field`. */
  const fieldCommand = (id: string, field: ActionField, ask: (item: IndexedActionItem) => Promise<string | undefined> | string) =>
    vscode.commands.registerCommand(id, async (target?: Target) => {
      const item = itemOf(target);
      if (!item) return false;
      const value = await ask(item);
      return value === undefined ? false : setField(reviews, item, field, value);
    });
  const message = new StatusChangeMessage();
  const statusCommand = (id: string, ask: (item: IndexedActionItem) => Promise<ActionStatus | undefined> | ActionStatus) =>
    vscode.commands.registerCommand(id, async (target?: Target) => {
      const item = itemOf(target);
      if (!item) return false;
      const status = await ask(item);
      return status === undefined ? false : setStatus(reviews, message, item, status);
    });
  context.subscriptions.push(
    message,
    vscode.commands.registerCommand(OPEN_ACTION_COMMAND, openItem),
    statusCommand('pir.actions.markDone', () => 'done'),
    statusCommand('pir.actions.reopen', () => 'open'),
    statusCommand('pir.actions.setStatus', pickStatus),
    vscode.commands.registerCommand(StatusChangeMessage.UNDO_COMMAND, () => message.runUndo()),
    fieldCommand('pir.actions.setOwner', 'owner', (item) => pickOwner(reviews, item)),
    fieldCommand('pir.actions.setDue', 'due', pickDue),
    fieldCommand('pir.actions.setPriority', 'priority', pickPriority),
    vscode.commands.registerCommand('pir.actions.copyAsIssue', copyAsIssue),
    vscode.commands.registerCommand('pir.actions.createIssue', (target?: Target) => createIssue(config, target)),
    fieldCommand('pir.actions.linkIssue', 'tracker', askIssueUrl),
    vscode.commands.registerCommand('pir.actions.openIssue', openIssue),
  );
}
