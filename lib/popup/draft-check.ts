/**
 * Runs a draft caption through the background's engine (the one the pages use) and judges its
 * disclosure. The background validates the request like any other; its answer is validated here.
 */
import { browser } from 'wxt/browser';
import { assessDisclosure, type DisclosureAssessment } from '@/lib/draft/disclosure';
import { draftSnapshot, type DraftInput } from '@/lib/draft/snapshot';
import { AnalyseResponseSchema, ErrorResponseSchema, type AnalyseRequest } from '@/lib/schema/messages';
import type { PostResult } from '@/lib/schema/post';
import { loadCreatorByHandle } from './creator-data';

export interface DraftOutcome {
  result: PostResult;
  assessment: DisclosureAssessment;
  /** The roster's creator for the handle, or null when the handle is not on it (then no clause can apply). */
  creatorName: string | null;
}

export type SendToBackground = (request: AnalyseRequest) => Promise<unknown>;

const sendWithRuntime: SendToBackground = (request) => browser.runtime.sendMessage(request);

export async function checkDraft(input: DraftInput, send: SendToBackground = sendWithRuntime): Promise<DraftOutcome> {
  const snapshot = draftSnapshot(input);
  const request: AnalyseRequest = {
    type: 'analyse',
    page: { platform: input.platform, kind: 'unknown', url: 'about:draft' },
    posts: [{ key: 'draft', snapshot }],
  };
  const [answer, records] = await Promise.all([send(request), loadCreatorByHandle(input.platform, input.handle)]);
  const failed = ErrorResponseSchema.safeParse(answer);
  if (failed.success) throw new Error(`The check failed: ${failed.data.error}`);
  const parsed = AnalyseResponseSchema.safeParse(answer);
  const result = parsed.success ? parsed.data.results[0]?.result : undefined;
  if (!result) throw new Error('The check failed: the background sent an answer Conflict Lens could not read.');
  const contracted = new Set(records?.contracts.map((c) => c.brandId) ?? []);
  return { result, assessment: assessDisclosure(result, contracted), creatorName: records?.creator.name ?? null };
}
