/**
 * Checking a sign-up before it is sent. Pure: values in, field errors out (an empty object when all is well).
 */
import type { Topic } from './options.js';

/** The fields that can carry an error, in the order the form shows them. */
export const FIELDS = ['email', 'topics', 'municipalities', 'consent'] as const;
export type Field = (typeof FIELDS)[number];

/** What the user filled in. */
export interface SubscribeValues {
  email: string;
  topics: Topic[];
  municipalities: string[];
  consent: boolean;
}

/** Why a field is wrong: `required` (empty) or `format` (an email address that cannot be one). */
export type ErrorCode = 'required' | 'format';
export type FieldErrors = Partial<Record<Field, ErrorCode>>;

/**
 * A plausible address: something@domain.tld, no spaces, one @, no empty domain labels, at most 254
 * characters. Deliberately loose: the confirmation email is the real check.
 */
export const isEmail = (value: string): boolean => value.length < 255 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

/** Field errors of `values`: email required and well-formed, at least one topic and one municipality, consent given. */
export function validateSubscription({ email, topics, municipalities, consent }: SubscribeValues): FieldErrors {
  email = email.trim();
  const errors: FieldErrors = {};
  if (!isEmail(email)) errors.email = email ? 'format' : 'required';
  if (!topics.length) errors.topics = 'required';
  if (!municipalities.length) errors.municipalities = 'required';
  if (!consent) errors.consent = 'required';
  return errors;
}
