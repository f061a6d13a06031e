// One detail of a BCSS fault (CommonV3 CBSSFaultType).
export interface CbssFaultDetail {
  severity: string;
  reasonCode: string;
  diagnostic: string;
  authorCode: string;
}
