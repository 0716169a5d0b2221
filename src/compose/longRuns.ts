import type {IndexFacts} from "../analytics/types.ts";

/** Sessions in a row a broad index must have moved one way for the outlook to name the run. */
export const NOTABLE_RUN = 4;

/** The broad indices on a run of NOTABLE_RUN or more sessions in `direction`, in the facts' order (both editions' outlooks). */
export const longRuns = (broad: readonly IndexFacts[], direction: "up" | "down"): IndexFacts[] =>
  broad.filter((i) => i.streak?.direction === direction && i.streak.sessions >= NOTABLE_RUN);
