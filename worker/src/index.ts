import { createApp } from './app.ts';
import { onQueue, onScheduled } from './boards/handlers.ts';
import { type Env, parseEnv } from './env.ts';

const app = createApp();

/** The env, or null (logged) when the worker is misconfigured. */
function envOf(rawEnv: unknown): Env | null {
  try {
    return parseEnv(rawEnv);
  } catch (error) {
    console.error(String(error));
    return null;
  }
}

export default {
  fetch(request: Request, rawEnv: unknown, ctx: ExecutionContext) {
    const env = envOf(rawEnv);
    if (!env)
      return Response.json(
        { error: { code: 'misconfigured', message: 'server misconfigured', requestId: crypto.randomUUID() } },
        { status: 500 },
      );
    return app.fetch(request, env, ctx);
  },
  /** The Cron Trigger ([triggers] crons in wrangler.toml): sends the due followed boards to the queue. */
  async scheduled(controller: ScheduledController, rawEnv: unknown) {
    const env = envOf(rawEnv);
    if (env) await onScheduled(env, controller.scheduledTime);
  },
  /** The queue's consumer ([[queues.consumers]]): reads the boards the cron sent. */
  async queue(batch: MessageBatch, rawEnv: unknown) {
    const env = envOf(rawEnv);
    if (env) await onQueue(batch.messages, env);
    else batch.retryAll({ delaySeconds: 300 });
  },
} satisfies ExportedHandler;
