import { loadOfficialData, type OfficialData } from './officialData';

let cached: OfficialData | undefined;

/** The parsed official data, read on first use (not at import: no side effects). */
export function officialData(): OfficialData {
  return (cached ??= loadOfficialData());
}
