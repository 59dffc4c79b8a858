-- Each solve request gets its own token: the worker's updates (running, heartbeat, answer, failure)
-- apply only while the scenario is still that solve, so a solve declared dead and asked again on
-- another instance is never mixed with the late answer of the first.
alter table roadmap_scenario add column solve_token uuid;
