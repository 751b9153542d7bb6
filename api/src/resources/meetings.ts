import { getMeetingDeals } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';
import { appServices } from '../services/app-services';

/** The meeting side panel: what a Teams meeting's invitees bring up. */
export const meetingRoutes: Route[] = [
  bind(contracts.getMeetingDeals, async (ctx, req) =>
    getMeetingDeals(ctx, (await appServices()).meetings, req.params.chatId),
  ),
];
