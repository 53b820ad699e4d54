import { useCallback, useRef, useState } from 'react';

export type FormFeedback = ReturnType<typeof useFormFeedback>;

/**
 * State around a form's error summary: shown after a submit attempt, focused when the submit
 * fails (client-side or server-side), with an optional sentence for non-field errors.
 */
export function useFormFeedback() {
  const node = useRef<HTMLDivElement | null>(null);
  const pendingFocus = useRef(false);
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const focusNow = useCallback(() => {
    if (!pendingFocus.current || !node.current) return;
    pendingFocus.current = false;
    node.current.focus();
  }, []);

  /** The summary may only appear in a later render: focus it when it attaches if still pending. */
  const summaryRef = useCallback(
    (element: HTMLDivElement | null) => {
      node.current = element;
      focusNow();
    },
    [focusNow],
  );

  const focusSummary = useCallback(() => {
    pendingFocus.current = true;
    window.requestAnimationFrame(focusNow);
  }, [focusNow]);

  /** Pass as handleSubmit's second argument. */
  const onInvalid = useCallback(() => {
    setAttempted(true);
    setFormError(null);
    focusSummary();
  }, [focusSummary]);

  /** Call at the start of a valid submit. */
  const start = useCallback(() => {
    pendingFocus.current = false;
    setAttempted(true);
    setFormError(null);
  }, []);

  /** Call after applying a server error. */
  const fail = useCallback(
    (message: string | null) => {
      setFormError(message);
      focusSummary();
    },
    [focusSummary],
  );

  return {
    summaryRef,
    attempted,
    formError,
    onInvalid,
    start,
    fail,
    reset: () => setFormError(null),
  };
}
