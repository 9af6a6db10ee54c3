import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The display language (ISO 639-1): dates and facts are shown in it. */
export const DisplayContext = createContext('en');

/** The current display language. */
export function useDisplay(): string {
  return useContext(DisplayContext);
}

/** Display languages offered (crosswire's deep languages). */
export const DISPLAY_LANGUAGES = ['en', 'ar', 'fa', 'ro', 'ru'] as const;
