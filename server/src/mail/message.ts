/** One email as queued in the outbox and handed to a transport. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<…@host>`: stable for this message, so a repeated send is recognisably the same mail. */
  messageId: string;
  /** Extra headers (List-Unsubscribe, Auto-Submitted, …). */
  headers?: Record<string, string>;
  /** Files (a window's calendar entry). */
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Removes CR, LF and other control characters: a header value never gains a line. */
export function headerText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
