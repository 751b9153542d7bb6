import { accountRoutes } from './resources/accounts';
import { activityRoutes } from './resources/activities';
import { boardRoutes } from './resources/board';
import { contactRoutes } from './resources/contacts';
import { deadLetterRoutes } from './resources/dead-letters';
import { importRoutes } from './resources/imports';
import { inboundRoutes } from './resources/inbound';
import { duplicateRoutes } from './resources/duplicates';
import { leadRoutes } from './resources/leads';
import { leadStatsRoutes } from './resources/lead-stats';
import { meRoutes } from './resources/me';
import { meetingRoutes } from './resources/meetings';
import { metaRoutes } from './resources/meta';
import { notificationRoutes } from './resources/notifications';
import { opportunityRoutes } from './resources/opportunities';
import { pipelineRoutes } from './resources/pipelines';
import { roleRoutes } from './resources/roles';
import { routingRoutes } from './resources/routing';
import { spaceRoutes } from './resources/spaces';
import { splitterFilterRoutes } from './resources/splitter-filters';
import { tenantRoutes } from './resources/tenant';
import { timelineRoutes } from './resources/timeline';
import { userRoutes } from './resources/users';
import { webFormRoutes } from './resources/web-forms';
import type { Route } from './http/route';

/** The ONE route table: the Functions registrations, the local host and OpenAPI come from it. */
export const routes: Route[] = [
  ...metaRoutes(() => routes),
  ...meRoutes,
  ...userRoutes,
  ...tenantRoutes,
  ...spaceRoutes,
  ...pipelineRoutes,
  ...boardRoutes,
  ...routingRoutes,
  ...leadRoutes,
  ...leadStatsRoutes,
  ...inboundRoutes,
  ...webFormRoutes,
  ...accountRoutes,
  ...contactRoutes,
  ...opportunityRoutes,
  ...roleRoutes,
  ...notificationRoutes,
  ...deadLetterRoutes,
  ...timelineRoutes,
  ...meetingRoutes,
  ...activityRoutes,
  ...importRoutes,
  ...duplicateRoutes,
  ...splitterFilterRoutes,
];

export type { Route } from './http/route';
