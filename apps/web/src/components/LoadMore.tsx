/** The next page of a key-paged list (TanStack `useInfiniteQuery`); nothing when there is none. */
export function LoadMore({
  query,
  label,
}: {
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  label: string;
}) {
  if (!query.hasNextPage) return null;
  return (
    <div className="actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {label}
      </button>
    </div>
  );
}
