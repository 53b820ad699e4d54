/** Follows a key-paged list's `next` cursor: the cursor of page `page` (1 = no cursor). */
export async function cursorOfPage(
  fetchPage: (after: string | null) => Promise<{ next: string | null }>,
  page: number,
): Promise<{ cursor: string | null; page: number }> {
  let cursor: string | null = null;
  for (let reached = 1; reached < page; reached++) {
    const { next } = await fetchPage(cursor);
    if (next === null) return { cursor, page: reached };
    cursor = next;
  }
  return { cursor, page };
}
