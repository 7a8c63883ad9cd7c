/**
 * The helper's pages asking the background (lib/background/index.ts answers). The popup and the
 * options page use this; so can the end-to-end tests, from an extension page.
 */
import { PageActionReplySchema, parseMessage, type PageToBackground } from '../messages';
import { DONE, failed, type Outcome } from '../store/outcome';

export type SendToBackground = (message: PageToBackground) => Promise<unknown>;

export function securityClient(send: SendToBackground) {
  async function ask(message: PageToBackground): Promise<boolean> {
    const reply = parseMessage(PageActionReplySchema, await send(message).catch(() => null));
    return reply?.ok === true;
  }

  return {
    /** «Завершить сеанс — стереть данные». */
    endSession: async (): Promise<Outcome> => ((await ask({ type: 'end-session' })) ? DONE : failed('sec_end_session_failed')),
    /** The page was opened or used: the inactivity timer starts again. */
    noteActivity: (): void => void ask({ type: 'activity' }),
  };
}

export type SecurityClient = ReturnType<typeof securityClient>;
