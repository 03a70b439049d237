/**
 * Public job feeds a user can switch on: boards that publish every listing for reuse, read like
 * an ATS board (see ./remotive.ts). A feed's id is also the `source` of the jobs it gives, so the
 * panel can say where a job came from, as the feeds' terms ask.
 */
export const FEED_IDS = ['remotive'] as const;
export type FeedId = (typeof FEED_IDS)[number];

/** How a feed's name reads in a sentence: "Read from {label}". */
export const FEED_LABELS: Record<FeedId, string> = {
  remotive: 'Remotive',
};
