import { useEffect, useState } from 'preact/compat';
import { duplicateWarnings, type DuplicateWarning as Warning } from '../../shared/guard/duplicates.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { listApplications } from '../db/applications.ts';
import { database } from '../db/database.ts';
import { getPreferences } from '../preferences.ts';

/** "You already applied to this job / this company": shown before saving and before autofill, never a block. */
export function DuplicateWarning({ job }: { job: JobCapture }) {
  const [warnings, setWarnings] = useState<Warning[]>([]);
  useEffect(() => {
    let cancelled = false;
    Promise.all([listApplications(database()), getPreferences()])
      .then(([rows, preferences]) => {
        if (!cancelled) setWarnings(duplicateWarnings(job, rows, preferences.companyWindowDays, Date.now()));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [job]);
  if (warnings.length === 0) return null;
  return (
    <div className="warn" role="status" data-testid="duplicate-warning">
      {warnings.map((w) => (
        <p key={`${w.kind}:${w.applicationId}`}>{w.message}</p>
      ))}
    </div>
  );
}
