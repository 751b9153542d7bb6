import type { CardAttachment } from '../cards/adaptive-card';
import type { InvokeAnswer } from './activity';

/** The message extension's answer: results to pick from (or to unfurl a link into). */
export const extensionResults = (attachments: CardAttachment[]): InvokeAnswer => ({
  status: 200,
  body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } },
});

/** The message extension's answer when it has nothing to list, only something to say. */
export const extensionMessage = (text: string): InvokeAnswer => ({
  status: 200,
  body: { composeExtension: { type: 'message', text } },
});
