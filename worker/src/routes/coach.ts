import { FeedbackRequest, FeedbackResponse } from '../../../shared/api/coach.ts';
import { ApiError } from '../lib/errors.ts';
import { errorResponses, jsonResponse, newRouter } from '../lib/openapi.ts';
import { generateInterviewFeedback } from '../llm/service.ts';
import { generationRequest, generationRoute } from './generate.ts';

export const coach = newRouter().openapi(
  generationRoute({
    tag: 'coach',
    path: '/feedback',
    summary: "Feedback on the user's typed answer to an interview question, for a job (needs an AI provider)",
    body: FeedbackRequest,
    responses: { 200: jsonResponse(FeedbackResponse, 'The feedback'), ...errorResponses(400, 401, 413, 422, 429) },
  }),
  async (c) => {
    const { provider, ...input } = c.req.valid('json');
    const result = await generateInterviewFeedback(generationRequest(c, c.req.valid('header'), provider), c.var.db, input);
    if (!result) {
      throw new ApiError(
        422,
        'no_feedback',
        'feedback on an answer needs an AI provider, and none could give it (offline there is none): add your own API key in Settings or try again later',
      );
    }
    return c.json({ feedback: result.document, usage: result.usage, fellBackFrom: result.fellBackFrom }, 200);
  },
);
