/**
 * MSG-3 in the browser: one EventSource on `/api/live` while signed in. Signals carry ids only;
 * each one invalidates the TanStack queries it concerns, which refetch with the person's own
 * authorisation. EventSource reconnects by itself after a drop (the server asks for 3 s); when
 * the browser gives up (the stream was refused), we start again with a growing delay. After any
 * reconnection everything live is refetched, since signals sent meanwhile were missed.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** Query keys of what live signals refresh (case keys all start with `cases`, then the id). */
export const liveKeys = {
  unread: ['unread'] as const,
  notifications: ['notifications'] as const,
  threads: (caseId: string) => ['cases', 'threads', caseId] as const,
  messages: (caseId: string, thread: string) => ['cases', 'messages', caseId, thread] as const,
};

type Signal =
  | { type: 'message'; caseId: string; thread: string }
  | { type: 'case'; caseId: string }
  | { type: 'notification' };

const mentions = (caseId: string) => (query: { queryKey: readonly unknown[] }) =>
  query.queryKey[0] === 'cases' && query.queryKey.includes(caseId);

export function applySignal(client: QueryClient, signal: Signal): void {
  switch (signal.type) {
    case 'message':
      void client.invalidateQueries({ queryKey: liveKeys.threads(signal.caseId) });
      void client.invalidateQueries({ queryKey: liveKeys.messages(signal.caseId, signal.thread) });
      void client.invalidateQueries({ queryKey: liveKeys.unread });
      return;
    case 'case':
      void client.invalidateQueries({ predicate: mentions(signal.caseId) });
      return;
    case 'notification':
      void client.invalidateQueries({ queryKey: liveKeys.unread });
      void client.invalidateQueries({ queryKey: liveKeys.notifications });
  }
}

function refetchAllLive(client: QueryClient): void {
  void client.invalidateQueries({
    predicate: (query) => ['cases', 'unread', 'notifications'].includes(String(query.queryKey[0])),
  });
}

export function useLiveUpdates(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: number | undefined;
    let delay = 2000;
    let opened = false;
    const connect = () => {
      source = new EventSource('/api/live');
      source.onopen = () => {
        delay = 2000;
        if (opened) refetchAllLive(client);
        opened = true;
      };
      source.onmessage = (event: MessageEvent<string>) => {
        try {
          applySignal(client, JSON.parse(event.data) as Signal);
        } catch {
          // A malformed signal is ignored; the next one or a reconnection catches up.
        }
      };
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        retry = window.setTimeout(connect, delay);
        delay = Math.min(delay * 2, 60_000);
      };
    };
    connect();
    return () => {
      window.clearTimeout(retry);
      source?.close();
    };
  }, [enabled, client]);
}
