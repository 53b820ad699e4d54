-- Issue 7, ADR 0019: migration 0018 widened `unread_threads_user_idx` with the thread's case and
-- kind so the header's count could read them from the index. The count reads each row anyway for
-- its `unread`, and read the same pages either way (about 500 for a mediator of the 1,000,000-case
-- dataset); the wider index is only larger, for every post's insert of a reader's row to write.
DROP INDEX "unread_threads_user_idx";--> statement-breakpoint
CREATE INDEX "unread_threads_user_idx" ON "unread_threads" USING btree ("user_id","thread_id");--> statement-breakpoint
-- Each post adds one to its readers' rows (about three): with full pages each such update wrote
-- a new row version elsewhere and new entries in both indexes. With room left on every page the
-- update stays on its page and leaves the indexes alone (a "HOT" update: neither `unread` nor
-- `last_message_id` is indexed). Existing pages keep their fill until they are rewritten.
ALTER TABLE "unread_threads" SET (fillfactor = 80);
