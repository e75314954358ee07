import type { ErrorRequestHandler, RequestHandler } from 'express';

/** Why a parsed body is not a Bot Framework activity, or null when it is one. */
function activityProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The request body must be a JSON object: a Bot Framework activity.';
  const { type } = body as { type?: unknown };
  if (typeof type !== 'string' || type.trim() === '') return 'The activity has no "type" (such as "message" or "conversationUpdate").';
  return null;
}

/** Answers a body that is not an activity with 400 and the reason, before botbuilder sees it. */
export const rejectNonActivities: RequestHandler = (req, res, next) => {
  const problem = activityProblem(req.body);
  if (problem) res.status(400).json({ error: problem });
  else next();
};

/** Body-parser failures as short JSON answers rather than Express's default page with a stack trace. */
export const rejectUnreadableBodies: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === 'entity.parse.failed') res.status(400).json({ error: 'The request body is not valid JSON.' });
  else if (error.type === 'entity.too.large') res.status(413).json({ error: 'The activity is too large.' });
  else if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') res.status(415).json({ error: 'The request body must be UTF-8 JSON.' });
  else next(error);
};
