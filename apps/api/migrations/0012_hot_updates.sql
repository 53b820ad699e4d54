-- Issue 7: rows updated in place on every case command and every message keep room on their
-- page, so the update is HOT (no new entry in each of the table's indexes; `cases` has eight).
-- Measured on 1,000,000 generated cases, message posts: 34 of 3,002 `cases` updates were HOT
-- at the default fillfactor (100: pages loaded full), all of them at 80, and the WAL written per
-- post fell from about 107 KB to 77 KB. Only pages written from now on leave the room; existing
-- pages get it back as updates move rows off them (or at once with VACUUM FULL, which locks).
ALTER TABLE "cases" SET (fillfactor = 80);
--> statement-breakpoint
ALTER TABLE "message_threads" SET (fillfactor = 80);
--> statement-breakpoint
ALTER TABLE "thread_reads" SET (fillfactor = 80);
