// The value types every part of an answer uses: a text in the three languages, a possibly incomplete date.
export interface LocalizedText {
  fr: string;
  nl: string;
  de: string;
}

/**
 * A date as the BCSS sent it, possibly incomplete: 'YYYY-MM-DD' (day), 'YYYY-MM' (day unknown),
 * 'YYYY' (month unknown).
 */
export interface InquiryDate {
  value: string;
  precision: 'day' | 'month' | 'year';
}
