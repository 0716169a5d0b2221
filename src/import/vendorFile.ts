import type {Parsed} from "../snapshot/issue.ts";
import type {Snapshot} from "../snapshot/types.ts";

/** A vendor export: its name as the operator gave it (used in issues) and its bytes. */
export interface VendorFile {
  name: string;
  bytes: Uint8Array;
}

/** What a converter makes of vendor files: a snapshot, or every problem found in them. */
export type Imported = Parsed<Snapshot>;
