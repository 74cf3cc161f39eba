// The summariser's version, part of every cache key: bump it whenever output can change.

/** Bump on any change to splitting, scoring, entities or keywords, so cached digests are recomputed. */
export const SUMMARISER_VERSION = "12";
