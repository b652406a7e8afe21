/** The texts of the subscription emails, Swedish and English. */
import type { Lang } from 'itc-status/core';

export const MAIL_STRINGS = {
  sv: {
    confirmSubject: 'Bekräfta din prenumeration på driftinformation från IT-Centrum',
    confirmIntro: 'Någon, förhoppningsvis du, har anmält den här adressen för att få nyheter och driftinformation från IT-Centrum.',
    confirmAction: 'Bekräfta prenumerationen',
    confirmValid: 'Länken gäller i 7 dagar. Har du inte anmält dig kan du bortse från det här meddelandet: utan bekräftelse skickar vi inget mer och uppgifterna raderas efter 7 dagar.',
    alreadySubject: 'Du prenumererar redan på driftinformation från IT-Centrum',
    alreadyIntro: 'Någon, förhoppningsvis du, försökte anmäla den här adressen igen. Du prenumererar redan, så ingenting har ändrats.',
    alreadyAction: 'Ändra eller avsluta din prenumeration',
    manageFooter: 'Ändra, avsluta eller radera din prenumeration:',
    signature: 'IT-Centrum – IT för Heby, Älvkarleby, Knivsta, Tierp och Östhammar',
  },
  en: {
    confirmSubject: 'Confirm your subscription to operational information from IT-Centrum',
    confirmIntro: 'Someone, hopefully you, signed this address up for news and operational information from IT-Centrum.',
    confirmAction: 'Confirm subscription',
    confirmValid: 'The link is valid for 7 days. If you did not sign up, ignore this message: without confirmation we send nothing more and the details are erased after 7 days.',
    alreadySubject: 'You already subscribe to operational information from IT-Centrum',
    alreadyIntro: 'Someone, hopefully you, tried to sign this address up again. You already subscribe, so nothing has changed.',
    alreadyAction: 'Change or end your subscription',
    manageFooter: 'Change, end or erase your subscription:',
    signature: 'IT-Centrum – IT for Heby, Älvkarleby, Knivsta, Tierp and Östhammar',
  },
} satisfies Record<Lang, Record<string, string>>;
