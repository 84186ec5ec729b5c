// Daily briefs: what adapters and the composition root use.
export { startBriefs, type RunningBriefs, type StartBriefsOptions } from './start-briefs.ts';
export { canManageSlackBriefs, type BriefCommandContext, type BriefService } from './brief-service.ts';
export { idempotencyKeyOf, type PostOptions, type Publisher } from './publisher.ts';
export { classifyPublishError, PublishError, type PublishErrorKind } from './publish-error.ts';
