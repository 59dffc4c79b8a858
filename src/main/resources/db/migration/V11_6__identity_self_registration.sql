-- Participants who register themselves for a public consultation. Each registration sends its own
-- EMAIL_VERIFICATION link, which remembers what that registration asked for: the region to take part
-- in, the name and (hashed) password chosen, when the person consented to the processing of their
-- personal data (UU 27/2022) and the page to continue on. Registering again with the same address
-- therefore changes nothing until one of the links is followed; following one uses up the others.
-- 'EMAIL_VERIFICATION' (allowed since V11_2) is longer than the column was
alter table account_link alter column purpose type varchar(24);
alter table account_link add column region_id bigint references region (id) on delete cascade;
alter table account_link add column pending_name text;
alter table account_link add column pending_password_hash text;
alter table account_link add column consented_at timestamptz;
alter table account_link add column continue_path text;
create index account_link_account_idx on account_link (account_id, purpose);

-- When the owner of the account consented to the processing of their personal data.
alter table account add column data_consent_at timestamptz;

-- Unverified accounts are deleted a week after they were created.
create index account_unverified_idx on account (created_at) where status = 'UNVERIFIED';
