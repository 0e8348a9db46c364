// Structured edits of a review's YAML text: each intent becomes minimal text edits that leave
// comments, key order, quoting and formatting outside the touched node byte for byte.
export { applyEdits, EditError, type TextEdit } from './text-edit';
export { deleteIn, insertAllIn, insertIn, moveIn, setIn } from './operations';
