// The DOM the build draws into. Plot and the table renderer need one; linkedom is the chosen shim
// (small and fast, enough of the DOM for Plot's SVG output and a table).
import { parseHTML } from 'linkedom';

export function buildDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}
