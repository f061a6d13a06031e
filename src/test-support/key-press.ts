// Test-only: a keyboard event as the renderer's shortcut functions read it (the key and its modifiers).
export type Modifier = 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey';

export const keyPress = (key: string, modifiers: Partial<Record<Modifier, boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});
