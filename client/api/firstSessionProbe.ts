// The app's first "who is signed in" (GET /api/session): started as soon as the app's script runs
// (its request even earlier, from index.html), before React has loaded. The entry page's head
// start needs the user to open the entry; the session provider takes the answer over.
import type { User } from '@shared/domain/types';
import { fetchSession } from './session';

let firstProbe: Promise<User | null> | null = typeof window === 'undefined' ? null : fetchSession();
/** The first probe's answer once it came (undefined before, and after a failure). */
let firstAnswer: User | null | undefined;
firstProbe?.then(
  (u) => (firstAnswer = u),
  () => {}, // reported where it is taken
);

/** The first probe, for whoever needs the user before the session provider runs. */
export function sessionProbe(): Promise<User | null> {
  return firstProbe ?? Promise.resolve(firstAnswer ?? null);
}

/** The first probe's answer, if it has come (the provider's initial state). */
export function firstProbeAnswer(): User | null | undefined {
  return firstAnswer;
}

/** The first probe for the session provider, once; later calls get null (it then asks afresh). */
export function takeFirstProbe(): Promise<User | null> | null {
  const probe = firstProbe;
  firstProbe = null;
  return probe;
}
