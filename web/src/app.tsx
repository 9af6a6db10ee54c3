import { useState } from 'preact/hooks';
import { DISPLAY_LANGUAGES, DisplayContext } from './display.js';
import { DossierPage } from './pages/dossier.js';
import { EntityLookup, EntityPage } from './pages/entity.js';
import { FeedPage } from './pages/feed.js';
import { IngestPage } from './pages/ingest.js';
import { SearchPage } from './pages/search.js';
import { ArticlePage, ComparePage, StoryPage } from './pages/story.js';
import { useLocation } from './router.js';
import { languageName } from './text.js';

/** The app shell: navigation, display language, and the page for the current path. */
export function App() {
  const url = useLocation();
  const [display, setDisplay] = useState(localStorage.getItem('crosswire-display') ?? 'en');
  const choose = (code: string) => {
    localStorage.setItem('crosswire-display', code);
    setDisplay(code);
  };
  return (
    <DisplayContext.Provider value={display}>
      <header class="top">
        <a href="/" class="brand">crosswire</a>
        <nav>
          <a href="/">Feed</a>
          <a href="/search">Search</a>
          <a href="/entities">Entities</a>
          <a href="/dossiers">Dossiers</a>
          <a href="/ingest">Ingest</a>
        </nav>
        <label class="display">
          <span class="sr-only">Display language</span>
          <select value={display} onChange={(e) => choose(e.currentTarget.value)} aria-label="Display language">
            {DISPLAY_LANGUAGES.map((code) => <option key={code} value={code}>{languageName(code, code)}</option>)}
          </select>
        </label>
      </header>
      <main>{route(url)}</main>
    </DisplayContext.Provider>
  );
}

function route(url: URL) {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const q = url.searchParams;
  switch (parts[0]) {
    case undefined:
      return <FeedPage />;
    case 'stories':
      return parts[1] ? <StoryPage id={parts[1]} /> : <FeedPage />;
    case 'articles':
      return parts[1] ? <ArticlePage id={parts[1]} /> : <FeedPage />;
    case 'compare':
      return <ComparePage ids={(q.get('ids') ?? '').split(',').filter(Boolean)} />;
    case 'entities':
      return parts[1] ? <EntityPage id={parts[1]} /> : <EntityLookup q={q.get('q') ?? ''} />;
    case 'dossiers':
      return <DossierPage a={parts[1] ?? q.get('a') ?? ''} b={parts[2] ?? q.get('b') ?? ''} />;
    case 'search':
      return <SearchPage params={q} />;
    case 'ingest':
      return <IngestPage />;
    default:
      return <p>No page here. Go to the <a href="/">feed</a>.</p>;
  }
}
