import { useSyncExternalStore } from 'react';

// Whether the screen is phone-narrow, following changes (rotation, window resizing).
const QUERY = '(max-width: 40rem)';

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
