import { attachment } from '../cards/adaptive';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { InvokeAnswer, Turn } from './activity';
import { cardAnswer } from './invoke';

/** An invoke is answered with the card in place; a message gets it as a reply. */
export async function respond(turn: Turn, card: AdaptiveCard): Promise<InvokeAnswer | void> {
  if (turn.activity.type === 'invoke') return cardAnswer(card);
  await turn.send({ type: 'message', attachments: [attachment(card)] });
}
