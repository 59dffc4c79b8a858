-- Participants of a public consultation register themselves; their account becomes active only when
-- they follow the link sent to their e-mail address.
alter table account_link drop constraint account_link_purpose_check;
alter table account_link add constraint account_link_purpose_check
    check (purpose in ('INVITATION', 'PASSWORD_RESET', 'EMAIL_VERIFICATION'));
alter table account drop constraint account_status_check;
alter table account add constraint account_status_check
    check (status in ('ACTIVE', 'INVITED', 'DISABLED', 'UNVERIFIED'));
