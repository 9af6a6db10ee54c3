import { useDisplay } from '../display.js';
import { directionOf, formatDate, languageName } from '../text.js';

/** Language, outlet and date badges of an article. */
export function ArticleBadges(props: { language: string; source: string | null; publishedAt: string | null }) {
  const display = useDisplay();
  return (
    <span class="badges">
      <span class={`badge lang lang-${props.language}`} title={languageName(props.language, display)} data-dir={directionOf(props.language)}>
        {props.language.toUpperCase()}
      </span>
      {props.source ? <span class="badge outlet">{props.source}</span> : null}
      <span class="badge date">{formatDate(props.publishedAt, display)}</span>
    </span>
  );
}
