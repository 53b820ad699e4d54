-- Issue 7: loads a generated database's indexes and hot tables into the operating system's
-- cache, so that runs compare the code rather than what the machine happened to keep cached.
-- `npm run bench` runs it first (`bench/src/harness/prewarm.ts`; `--no-prewarm` skips it). At
-- 1,000,000 cases the database (25 GB) is larger than the memory (24 GB): after the machine
-- dropped 9 GB of its page cache, the message post fell from 255 to 17-30 req/s, reading index
-- pages from disk. `notifications` and `case_events` (14 GB between them, written at their ends)
-- are left out; everything else is about 15 GB. By hand:
--   psql "$DATABASE_URL" -f bench/prewarm.sql
CREATE EXTENSION IF NOT EXISTS pg_prewarm;
SELECT sum(pg_prewarm(c.oid, 'read')) AS index_blocks FROM pg_class c
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'i';
SELECT sum(pg_prewarm(c.oid, 'read')) AS heap_blocks FROM pg_class c
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
    AND c.relname NOT IN ('notifications', 'case_events');
SELECT sum(pg_prewarm(c.reltoastrelid, 'read')) AS toast_blocks FROM pg_class c
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.reltoastrelid <> 0
    AND c.relname NOT IN ('notifications', 'case_events');
