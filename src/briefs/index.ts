// Daily briefs: what adapters and the composition root use.
export { startBriefs, type RunningBriefs } from './start-briefs.ts';
export { canManageSlackBriefs, type BriefService } from './brief-service.ts';
export { idempotencyKeyOf, type Publisher } from './publisher.ts';
export { classifyPublishError } from './publish-error.ts';
