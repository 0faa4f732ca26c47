/**
 * Quizzes on one page that share a storage key. The browser's `storage` event reaches other tabs
 * only, so a quiz that saves tells the others here itself: one that has no unsaved changes of its
 * own then shows what was saved (the two stay consistent); one with changes keeps them and is
 * asked when it next saves (its store refuses to replace a newer result without asking).
 */
export interface SameKeyPeer {
  /** Another quiz with the same key saved. */
  peerSaved(): void;
}

const byKey = new Map<string, Set<SameKeyPeer>>();
const warned = new Set<string>();

/**
 * Registers a quiz under its key; the first time two share a key, warns the web editor once
 * (naming the element by its `tag`).
 */
export function joinKey(
  key: string,
  peer: SameKeyPeer,
  storageKeyAttribute: string,
  tag: string,
): void {
  const peers = byKey.get(key) ?? new Set<SameKeyPeer>();
  byKey.set(key, peers);
  peers.add(peer);
  if (peers.size > 1 && !warned.has(key)) {
    warned.add(key);
    console.warn(
      `<${tag}> storage-key: "${storageKeyAttribute}" is used by more than one quiz on this page; they share one saved self-check. Give each its own storage-key to keep their answers apart.`,
    );
  }
}

export function leaveKey(key: string, peer: SameKeyPeer): void {
  byKey.get(key)?.delete(peer);
}

/** Tells the other quizzes with this key that `saver` saved. */
export function announceSave(key: string, saver: SameKeyPeer): void {
  for (const peer of byKey.get(key) ?? []) if (peer !== saver) peer.peerSaved();
}
