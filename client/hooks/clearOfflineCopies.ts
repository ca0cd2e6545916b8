// Clears the signed-out user's offline entry copies (y-indexeddb, owned by the editor) at
// sign-out. Imported on demand so the editor's storage code stays out of the main bundle.

/** Runs the editor's clearOfflineCopies(userId); logs and carries on if it fails. */
export async function clearOfflineCopiesOf(userId: string): Promise<void> {
  try {
    const { clearOfflineCopies } = await import('@client/editor/offlineCopies');
    await clearOfflineCopies(userId);
  } catch (err) {
    console.error('[session] clearing offline copies failed', err);
  }
}
