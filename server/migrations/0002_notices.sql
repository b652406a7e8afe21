-- Notices to subscribers: one row per thing staff are told (a new disruption, a changed window,
-- a reminder, a news item), fanned out into the outbox as one row per recipient. The notifier's
-- pointer says up to which published version notices have been made, so a crash between a
-- publish and its notices loses nothing: the next round diffs from the pointer.

create table notices (
  id bigint generated always as identity primary key,
  kind text not null,
  -- One notice per change: `v<version>:<kind>:<item id>`, `reminder:<window id>:<start>`, `news:<uuid>`.
  dedupe_key text not null unique,
  topic text not null check (topic in ('news', 'operations')),
  -- The municipalities the item concerns; empty means every municipality.
  municipalities text[] not null,
  -- What the email says: the item and its context (see notices/notice.ts).
  payload jsonb not null,
  created_at timestamptz not null,
  recipients integer not null default 0
);

create table notifier_state (
  id integer primary key check (id = 1),
  notified_version bigint not null
);

alter table outbox add column notice_id bigint references notices (id) on delete cascade;
create index outbox_notice on outbox (notice_id);

-- Hard bounces: after three, the address gets no more mail and counts as undeliverable.
alter table subscribers add column hard_bounces integer not null default 0;
alter table subscribers add column undeliverable_at timestamptz;

-- What was published before notices existed is history, not news: start from the newest version.
insert into notifier_state (id, notified_version) select 1, coalesce(max(version), 0) from status_versions;

-- Senders say they are alive every few seconds; rows leased by a sender that stopped (a crash, a
-- SIGKILL) are taken over as soon as its heartbeat is stale, not only when the lease runs out.
create table sender_heartbeats (
  worker text primary key,
  seen_at timestamptz not null
);
