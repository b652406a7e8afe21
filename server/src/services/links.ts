/** The addresses of the pages a subscriber reaches from an email, under PUBLIC_URL. */
export const CONFIRM_PATH = '/prenumeration/bekrafta/';
export const MANAGE_PATH = '/prenumeration/hantera/';
/** RFC 8058 one-click: a POST here unsubscribes at once (the List-Unsubscribe header's URL). */
export const UNSUBSCRIBE_PATH = '/prenumeration/avsluta/';

export const confirmUrl = (publicUrl: string, token: string) => publicUrl + CONFIRM_PATH + token;
export const manageUrl = (publicUrl: string, token: string) => publicUrl + MANAGE_PATH + token;
export const unsubscribeUrl = (publicUrl: string, token: string) => publicUrl + UNSUBSCRIBE_PATH + token;
