import type { BoardRef } from '../../../shared/boards/types.ts';
import type { Follow } from '../../../shared/schemas/follow.ts';
import type { Tx } from '../db/client.ts';
import { boards } from '../db/schema/index.ts';

/** The board as every follower shares it: the company label is each follower's own (their follow's). */
export function sharedRef(ref: BoardRef): BoardRef {
  const { company: _label, ...rest } = ref;
  return rest;
}

/**
 * Registers the boards of follows a push stored, so the next cron run reads them (a new row is
 * due at once); a board already known keeps its row: its schedule, validators and jobs, which
 * the new follower sees at once. Run in the push's transaction.
 */
export async function registerBoards(tx: Tx, follows: Follow[]): Promise<void> {
  const byKey = new Map<string, BoardRef>();
  for (const follow of follows) if (follow.deletedAt === null) byKey.set(follow.boardKey, sharedRef(follow.board));
  if (byKey.size === 0) return;
  await tx
    .insert(boards)
    .values([...byKey].map(([key, ref]) => ({ key, ref })))
    .onConflictDoNothing({ target: boards.key });
}
