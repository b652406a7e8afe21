/** The addresses of the pages a subscriber reaches from an email, under PUBLIC_URL. */
export const CONFIRM_PATH = '/prenumeration/bekrafta/';
export const MANAGE_PATH = '/prenumeration/hantera/';

export const confirmUrl = (publicUrl: string, token: string) => publicUrl + CONFIRM_PATH + token;
export const manageUrl = (publicUrl: string, token: string) => publicUrl + MANAGE_PATH + token;
