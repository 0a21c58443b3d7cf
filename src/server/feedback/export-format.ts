import type { FeedbackRow, GuideFeedbackRow } from '../db/schema.ts';

/** One exported submission, the same in the CLI export and the inbox's download. */
export type ExportRecord =
  | {
      type: 'feedback';
      reference: string;
      receivedAt: string;
      service: string;
      locale: string | null;
      kind: string;
      subject: string;
      message: string;
      /** Present only when the reader agreed to be answered there. */
      email?: string;
      status: string;
    }
  | {
      type: 'guide-answer';
      reference: string;
      receivedAt: string;
      guide: string;
      locale: string;
      kind: 'helpful' | 'not-helpful';
      reason: string | null;
      comment: string | null;
      step: number | null;
    };

export function feedbackRecord(row: FeedbackRow): ExportRecord {
  return {
    type: 'feedback',
    reference: row.reference,
    receivedAt: row.received_at,
    service: row.service,
    locale: row.locale,
    kind: row.kind,
    subject: row.subject,
    message: row.message,
    ...(row.email ? { email: row.email } : {}),
    status: row.status,
  };
}

export function guideAnswerRecord(row: GuideFeedbackRow): ExportRecord {
  return {
    type: 'guide-answer',
    reference: row.reference,
    receivedAt: row.received_at,
    guide: row.guide,
    locale: row.locale,
    kind: row.helpful ? 'helpful' : 'not-helpful',
    reason: row.reason,
    comment: row.comment,
    step: row.step,
  };
}

/** One JSON object a line (JSON Lines). */
export const jsonLine = (record: ExportRecord): string => `${JSON.stringify(record)}\n`;

export const csvColumns = [
  'type',
  'reference',
  'receivedAt',
  'service',
  'guide',
  'locale',
  'kind',
  'subject',
  'message',
  'email',
  'status',
  'reason',
  'comment',
  'step',
] as const;

export const csvHeader = `${csvColumns.join(',')}\r\n`;

/** One CSV row (RFC 4180: quoted when needed, CRLF line ends). */
export function csvLine(record: ExportRecord): string {
  const values = record as Record<string, unknown>;
  return `${csvColumns.map((column) => csvCell(values[column])).join(',')}\r\n`;
}

/**
 * A cell a spreadsheet shows as text. A reader's text starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return would be run as a formula by Excel or LibreOffice (CSV injection): such a
 * cell gets a leading apostrophe, which spreadsheets hide.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
