-- Fixed-window request counters shared by every Rancang instance: a key (what and who, e.g.
-- "idea:account:42") may act a limited number of times per window.
create table request_throttle (
    key          text        primary key,
    window_start timestamptz not null,
    hits         int         not null
);
