import { createApp } from './app.ts';
import { parseEnv } from './env.ts';

const app = createApp();

export default {
  fetch(request: Request, rawEnv: unknown, ctx: ExecutionContext) {
    let env: ReturnType<typeof parseEnv>;
    try {
      env = parseEnv(rawEnv);
    } catch (error) {
      console.error(String(error));
      return Response.json(
        { error: { code: 'misconfigured', message: 'server misconfigured', requestId: crypto.randomUUID() } },
        { status: 500 },
      );
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler;
