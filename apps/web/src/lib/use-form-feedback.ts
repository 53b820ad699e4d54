import { useCallback, useRef, useState } from 'react';

/**
 * State around a form's error summary: shown after a submit attempt, focused when the submit
 * fails (client-side or server-side), with an optional sentence for non-field errors.
 */
export function useFormFeedback() {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const focusSummary = useCallback(() => {
    window.requestAnimationFrame(() => summaryRef.current?.focus());
  }, []);

  /** Pass as handleSubmit's second argument. */
  const onInvalid = useCallback(() => {
    setAttempted(true);
    setFormError(null);
    focusSummary();
  }, [focusSummary]);

  /** Call at the start of a valid submit. */
  const start = useCallback(() => {
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
