-- The publisher's desk: people who may publish from /desk/, their one-time sign-in links (valid
-- 15 minutes, used once) and their sessions (12 hours). Links and sessions are stored as SHA-256
-- hashes only; removing a publisher ends their links and sessions with them.

create table publishers (
  id bigint generated always as identity primary key,
  email text not null unique,
  added_at timestamptz not null
);

create table publisher_links (
  token_hash text primary key,
  publisher_id bigint not null references publishers (id) on delete cascade,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index publisher_links_publisher on publisher_links (publisher_id, created_at);

create table publisher_sessions (
  token_hash text primary key,
  publisher_id bigint not null references publishers (id) on delete cascade,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index publisher_sessions_publisher on publisher_sessions (publisher_id);
