import { useState } from 'preact/hooks';
import { getJson, getToken, setToken, uploadInput, type Health, type IngestJob } from '../api.js';
import { useAsync } from '../use-async.js';

/** One upload in the list: its upload progress, then its job's progress and result. */
interface Item {
  key: number;
  name: string;
  upload: number;
  job: IngestJob | null;
  error: string | null;
}

// Poll interval for job progress; jobs of a few articles finish within one or two polls.
const POLL_MS = 400;
let nextKey = 1;

/**
 * Ingest: drop files (HTML, feeds, JSON Lines, text) or paste text. Each input is uploaded on
 * its own (upload progress), then its job is polled until done (analysis progress).
 */
export function IngestPage() {
  const health = useAsync(() => getJson<Health>('/api/health'), []);
  const [items, setItems] = useState<Item[]>([]);
  const [pasted, setPasted] = useState('');
  const [token, setTokenState] = useState(getToken());
  const [over, setOver] = useState(false);
  const update = (key: number, patch: Partial<Item>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  const send = async (name: string, body: Blob) => {
    const key = nextKey++;
    setItems((list) => [...list, { key, name, upload: 0, job: null, error: null }]);
    try {
      let job = await uploadInput(name, body, (f) => update(key, { upload: f }));
      update(key, { upload: 1, job });
      while (job.state === 'queued' || job.state === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        job = await getJson<IngestJob>(`/api/ingest/jobs/${job.id}`);
        update(key, { job });
      }
    } catch (error) {
      update(key, { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const sendFiles = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) void send(file.name, file);
  };
  const done = items.filter((i) => i.error || i.job?.state === 'done' || i.job?.state === 'failed').length;
  const limitMb = health.state === 'ready' ? Math.round(health.value.maxUploadBytes / 1048576) : null;

  return (
    <section>
      <h2>Ingest</h2>
      {health.state === 'ready' && health.value.writeToken ? (
        <label class="token">
          Write token <input type="password" value={token} onInput={(e) => { setTokenState(e.currentTarget.value); setToken(e.currentTarget.value); }} autocomplete="off" />
        </label>
      ) : null}
      <div
        class={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); sendFiles(e.dataTransfer?.files ?? null); }}
      >
        <p>Drop HTML pages, RSS/Atom feeds, JSON Lines or text files here{limitMb ? ` (up to ${limitMb} MB each)` : ''}, or</p>
        <input type="file" multiple onChange={(e) => sendFiles(e.currentTarget.files)} data-testid="file-input" />
      </div>
      <form class="paste" onSubmit={(e) => { e.preventDefault(); if (pasted.trim()) { void send('pasted.txt', new Blob([pasted], { type: 'text/plain' })); setPasted(''); } }}>
        <label for="paste">Or paste an article (a short first line becomes the title)</label>
        <textarea id="paste" rows={8} dir="auto" value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="submit" disabled={!pasted.trim()}>Ingest text</button>
      </form>
      {items.length > 0 ? (
        <>
          <p>
            <progress max={items.length} value={done} aria-label="inputs finished" /> {done} of {items.length} inputs finished
          </p>
          <ul class="uploads">
            {items.map((item) => <Upload key={item.key} item={item} />)}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Upload(props: { item: Item }) {
  const { item } = props;
  const job = item.job;
  return (
    <li class="card" data-testid="upload">
      <strong dir="auto">{item.name}</strong>{' '}
      {item.error ? <span class="note error">{item.error}</span> : !job ? (
        <progress max={1} value={item.upload} aria-label="upload" />
      ) : (
        <span class={`state ${job.state}`} data-state={job.state}>
          {job.state}{job.state === 'running' ? ` · ${job.processed} processed` : ''}
        </span>
      )}
      {job && job.articles.length > 0 ? (
        <ul>
          {job.articles.map((a) => (
            <li key={a.id}>
              <a href={`/articles/${encodeURIComponent(a.id)}`} dir="auto">{a.title ?? a.id}</a> <span class="muted">{a.language} · {a.status}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {job && job.rejected.length > 0 ? (
        <ul class="rejected">
          {job.rejected.map((r, i) => <li key={i}>{r.input}: {r.reason} — {r.detail}</li>)}
        </ul>
      ) : null}
      {job?.error ? <p class="note error">{job.error}</p> : null}
    </li>
  );
}
