// Placeholder, replaced below once the behaviour under remote changes is measured.
import { Extension } from '@tiptap/core';

/** Keeps a Chinese IME composition alive while remote changes arrive. */
export const CompositionGuard = Extension.create({ name: 'compositionGuard' });
