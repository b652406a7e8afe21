-- The status host's first schema: publishing, subscriptions with double opt-in, and the outbox.
-- Plain SQL that PGlite and PostgreSQL both run: no extensions, timestamptz everywhere, and every
-- "now" comes from the application as a parameter. Secrets (tokens) are stored only as SHA-256 hashes.

create table publish_tokens (
  id bigint generated always as identity primary key,
  name text not null unique,
  token_hash text not null unique,
  created_at timestamptz not null,
  last_used_at timestamptz
);

-- Every publish, kept: the newest row is the document served at /status.json.
create table status_versions (
  version bigint generated always as identity primary key,
  body text not null,
  etag text not null,
  published_at timestamptz not null,
  published_by text not null
);

-- One row per address. State: pending (waiting for the confirmation button), confirmed, unsubscribed.
create table subscribers (
  id bigint generated always as identity primary key,
  email text not null unique,
  state text not null check (state in ('pending', 'confirmed', 'unsubscribed')),
  lang text not null check (lang in ('sv', 'en')),
  topics text[] not null,
  municipalities text[] not null,
  consent_version text not null,
  consented_at timestamptz not null,
  created_at timestamptz not null,
  confirmed_at timestamptz,
  unsubscribed_at timestamptz
);

-- Confirmation links (valid 7 days) and manage links, apart from the address they open.
create table subscriber_tokens (
  token_hash text primary key,
  subscriber_id bigint not null references subscribers (id) on delete cascade,
  purpose text not null check (purpose in ('confirm', 'manage')),
  created_at timestamptz not null,
  expires_at timestamptz
);
create index subscriber_tokens_subscriber on subscriber_tokens (subscriber_id);

-- The first answer to each sign-up's idempotency key, kept 24 hours.
create table idempotency_keys (
  key text primary key,
  subscriber_id bigint references subscribers (id) on delete cascade,
  status integer not null,
  body text not null,
  created_at timestamptz not null
);

-- Mail waiting to be sent, being sent, sent or given up. One row per recipient and message;
-- dedupe_key makes queueing the same message twice a no-op. A sender claims due rows with
-- FOR UPDATE SKIP LOCKED and a lease (locked_at); the rendered message is cleared once sent.
create table outbox (
  id bigint generated always as identity primary key,
  subscriber_id bigint references subscribers (id) on delete cascade,
  kind text not null,
  dedupe_key text not null unique,
  message_id text not null,
  recipient text,
  message jsonb,
  run_at timestamptz not null,
  attempts integer not null default 0,
  max_attempts integer not null default 3,
  locked_by text,
  locked_at timestamptz,
  last_error text,
  sent_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz not null
);
create index outbox_due on outbox (run_at) where sent_at is null and failed_at is null;
create index outbox_subscriber on outbox (subscriber_id);
