import { byText, onlineOf, str, type Loose } from './read';

// Which statistical complaint a record counts in (CMP-05, CMP-06).

/** What a statistical complaint is keyed by: a matter, an online thread whose matter is not known, or a record counted on its own. */
export type MergeKind = 'matter' | 'thread' | 'record';

/** The key of a statistical complaint: `kind:id` is the public `key` (`'matter:noise-1501'`). */
export interface MergeKey {
  readonly kind: MergeKind;
  readonly id: string;
}

/**
 * The statistical complaint a record counts in (seed 002 客户投诉统计说明):
 * - records about one matter (`matter`) are one complaint, however many times
 *   and by however many people it was raised (CMP-05: 同一投诉多次或多人投诉，计一件);
 * - the posts of an online thread are one complaint, except a follow-up that
 *   raises new content (`online.newContent`), which counts separately
 *   (CMP-06: 跟帖中出现新内容的，另行统计) — under its own matter, else on its own;
 * - a post without a matter joins the matter of its thread (see
 *   {@link threadMatterOf}); that is known only once every post of the thread is
 *   in, so until then the post is keyed by its thread;
 * - anything else counts on its own.
 */
export function mergeKeyOf(r: Loose, id: string): MergeKey {
  const matter = str(r.matter);
  const online = onlineOf(r);
  const thread = online !== undefined ? str(online.thread) : undefined;
  if (thread !== undefined && online!.newContent === true) return matter !== undefined ? { kind: 'matter', id: matter } : { kind: 'record', id };
  if (matter !== undefined) return { kind: 'matter', id: matter };
  if (thread !== undefined) return { kind: 'thread', id: thread };
  return { kind: 'record', id };
}

/** The public key text of a statistical complaint. */
export const keyText = (k: MergeKey): string => `${k.kind}:${k.id}`;

/** What the posts of one thread say about its matter: the opening post's, and the least of all its same-content posts'. */
export interface ThreadMatter {
  opening: string | undefined;
  least: string | undefined;
}

const least = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || byText(a, b) <= 0 ? a : b);

/**
 * Notes what a post says about its thread's matter (CMP-06): every record
 * read (of any kind, verified or not) with a thread and a matter, except a
 * follow-up with new content (that is another matter).
 */
export function noteThreadMatter(threads: Map<string, ThreadMatter>, r: Loose): void {
  const online = onlineOf(r);
  if (online === undefined || online.newContent === true) return;
  const thread = str(online.thread);
  const matter = str(r.matter);
  if (thread === undefined || matter === undefined) return;
  const t = threads.get(thread);
  const opening = online.followUp !== true ? matter : undefined;
  if (t === undefined) threads.set(thread, { opening, least: matter });
  else {
    t.opening = least(t.opening, opening);
    t.least = least(t.least, matter);
  }
}

/** Adds what `from` knows of each thread to `into`. */
export function mergeThreadMatters(into: Map<string, ThreadMatter>, from: ReadonlyMap<string, ThreadMatter>): void {
  for (const [thread, f] of from) {
    const t = into.get(thread);
    if (t === undefined) into.set(thread, { opening: f.opening, least: f.least });
    else {
      t.opening = least(t.opening, f.opening);
      t.least = least(t.least, f.least);
    }
  }
}

/** The matter a thread is about: its opening post's matter, else the least among its posts' (so input order never decides). */
export const threadMatterOf = (t: ThreadMatter | undefined): string | undefined => t?.opening ?? t?.least;
