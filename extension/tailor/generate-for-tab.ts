import type { GenerateResult } from '../../shared/api/generate.ts';
import type { PanelToBackground } from '../../shared/messages.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { database } from '../db/database.ts';
import { recordEvent } from '../db/events.ts';
import { findSavedJob } from '../db/jobs.ts';
import { loadProfile, toDraft } from '../db/profile.ts';
import { getApiUrl, getSession, setSession } from '../settings.ts';
import { createApiClient } from '../sync/api-client.ts';
import { generateRemote } from './remote.ts';

type GenerateRun = Extract<PanelToBackground, { type: 'generate/run' }>;

/**
 * The panel's "write it with AI" for the job in a tab: the worker's models write it (streamed to
 * the panel through `onDelta`), and the spend is recorded for Analytics. Null when signed out:
 * the panel writes on the device instead.
 */
export async function generateForTab(
  msg: GenerateRun,
  deps: { jobOfTab: (tabId: number) => Promise<JobCapture | null>; onDelta: (text: string) => void },
): Promise<GenerateResult | null> {
  if (!(await getSession())) return null;
  const db = database();
  const [profile, job] = await Promise.all([loadProfile(db), deps.jobOfTab(msg.tabId)]);
  if (!profile) throw new Error('Import your resume in the Profile tab first.');
  if (!job) throw new Error('This tab shows no job to tailor for.');
  const baseUrl = await getApiUrl();
  const result = await generateRemote(
    { baseUrl, token: await createApiClient({ baseUrl, getSession, setSession }).accessToken() },
    msg.kind,
    { profile: toDraft(profile), job },
    deps.onDelta,
  );
  const { provider, model, inputTokens, outputTokens, costUsd, cached } = result.usage;
  await recordEvent(
    db,
    'generation',
    {
      jobId: (await findSavedJob(db, job.dedupeKey))?.id ?? null,
      props: { kind: msg.kind, provider, model, inputTokens, outputTokens, costUsd, cached },
    },
    Date.now(),
  ).catch(() => undefined);
  return result;
}
