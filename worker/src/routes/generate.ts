import type { RouteConfig, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import {
  AnswerInput,
  AnswerResponse,
  GenerateInput,
  KeyHeaders,
  LetterResponse,
  LetterStream,
  type LetterStreamDelta,
  type LetterStreamDone,
  ResumeResponse,
} from '../../../shared/api/generate.ts';
import type { Provider } from '../../../shared/tailor/schema.ts';
import { openDb } from '../db/client.ts';
import { ApiError, errorBody, logSafe } from '../lib/errors.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter, userRoute } from '../lib/openapi.ts';
import { type GenerationRequest, generateAnswer, generateLetter, generateResume, prepareLetterStream } from '../llm/service.ts';
import type { AppEnv } from '../types.ts';

export function generationRequest(
  c: Context<AppEnv>,
  headers: z.infer<typeof KeyHeaders>,
  provider: Provider | undefined,
): GenerationRequest {
  const userProvider = headers['x-provider'];
  const key = headers['x-provider-key'];
  if (Boolean(userProvider) !== Boolean(key)) throw new ApiError(400, 'bad_request', 'send X-Provider and X-Provider-Key together');
  return {
    env: c.env,
    userId: c.var.user.id,
    requestId: c.var.requestId,
    userKey: userProvider && key ? { provider: userProvider, key } : undefined,
    requested: provider,
    now: () => new Date(),
  };
}

/**
 * A generation route: a POST of a JSON body by the signed-in user, who may send their own
 * provider key for it (KeyHeaders); `tag` groups it in the OpenAPI document.
 */
export function generationRoute<P extends string, B extends z.ZodType, Res extends RouteConfig['responses']>(route: {
  tag: string;
  path: P;
  summary: string;
  body: B;
  responses: Res;
}) {
  return userRoute({
    method: 'post',
    tags: [route.tag],
    path: route.path,
    summary: route.summary,
    request: { headers: KeyHeaders, body: jsonBody(route.body) },
    responses: route.responses,
  });
}

function noResult(): never {
  throw new ApiError(500, 'internal', 'no provider produced a document');
}

/** A generation's result as the response sends it: without its cache entry. */
function withoutEntry<R extends { entry: unknown }>({ entry: _, ...body }: R): Omit<R, 'entry'> {
  return body;
}

export const generate = newRouter()
  .openapi(
    generationRoute({
      tag: 'generate',
      path: '/resume',
      summary: 'A resume tailored to a job, every fact from the profile and verified',
      body: GenerateInput,
      responses: { 200: jsonResponse(ResumeResponse, 'The tailored resume'), ...errorResponses(400, 401, 413, 429) },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const result = await generateResume(generationRequest(c, c.req.valid('header'), input.provider), c.var.db, input);
      return c.json(withoutEntry(result ?? noResult()), 200);
    },
  )
  .openapi(
    generationRoute({
      tag: 'generate',
      path: '/cover-letter',
      summary: 'A cover letter for a job, verified against the profile (JSON, or streamed as server-sent events)',
      body: GenerateInput,
      responses: {
        200: {
          description: 'The cover letter',
          content: {
            'application/json': { schema: LetterResponse },
            'text/event-stream': { schema: LetterStream },
          },
        },
        ...errorResponses(400, 401, 413, 429),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const request = generationRequest(c, c.req.valid('header'), input.provider);
      if (!(c.req.header('accept') ?? '').includes('text/event-stream')) {
        const result = await generateLetter(request, c.var.db, input);
        return c.json(withoutEntry(result ?? noResult()), 200);
      }
      // Limits and cache are checked before the stream starts, so a refusal is a plain 429.
      const start = await prepareLetterStream(request, c.var.db(), input);
      return streamSSE(c, async (stream) => {
        // The request's connection closes when this handler returns; the stream needs its own.
        const own = openDb(c.env.HYPERDRIVE.connectionString);
        try {
          const result = await start(() => own.db, {
            onDelta: (text) => stream.writeSSE({ event: 'delta', data: JSON.stringify({ text } satisfies LetterStreamDelta) }),
          });
          if (!result) {
            await stream.writeSSE({ event: 'error', data: JSON.stringify(errorBody(c, 'internal', 'no provider produced a letter')) });
            return;
          }
          await stream.writeSSE({ event: 'done', data: JSON.stringify(withoutEntry(result) satisfies z.input<typeof LetterStreamDone>) });
        } catch (error) {
          console.error(
            JSON.stringify({
              requestId: c.var.requestId,
              msg: 'letter stream failed',
              error: logSafe(error),
            }),
          );
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify(errorBody(c, 'internal', 'internal error; quote the request id when reporting it')),
          });
        } finally {
          await own.close();
        }
      });
    },
  )
  .openapi(
    generationRoute({
      tag: 'generate',
      path: '/answer',
      summary: "An answer to an application form's question, from the profile only",
      body: AnswerInput,
      responses: { 200: jsonResponse(AnswerResponse, 'The answer'), ...errorResponses(400, 401, 413, 422, 429) },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const result = await generateAnswer(generationRequest(c, c.req.valid('header'), input.provider), c.var.db, input);
      if (!result) {
        throw new ApiError(422, 'no_answer', 'no provider could answer this from the profile; answer it yourself');
      }
      return c.json(
        {
          answer: result.document,
          usage: result.usage,
          unsupported: result.unsupported,
          refused: result.refused,
          fellBackFrom: result.fellBackFrom,
        },
        200,
      );
    },
  );
