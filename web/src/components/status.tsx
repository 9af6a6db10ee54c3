import type { ApiFailure } from '../api.js';

/** A loading line. */
export function Loading() {
  return <p class="muted" role="status">Loading…</p>;
}

/** An API error, shown with its code; 501 means the feature's module is not there yet. */
export function ErrorNote(props: { error: ApiFailure }) {
  const pending = props.error.status === 501;
  return (
    <p class={pending ? 'note pending' : 'note error'} role={pending ? 'status' : 'alert'}>
      <strong>{pending ? 'Not available yet' : `Error ${props.error.code}`}</strong>: {props.error.message}
    </p>
  );
}
