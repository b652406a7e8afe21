/** `itc-status-server --help`, in Swedish and English. */
export const HELP = `itc-status-server – IT-Centrums statusvärd / IT-Centrum's status host

ANVÄNDNING / USAGE
  itc-status-server [serve] [--port N] [--host H] [--data MAPP]
  itc-status-server token create --name NAMN   [--data MAPP]
  itc-status-server token list                 [--data MAPP]
  itc-status-server token revoke NAMN          [--data MAPP]
  itc-status-server publisher add ADRESS       [--data MAPP]
  itc-status-server publisher list             [--data MAPP]
  itc-status-server publisher remove ADRESS    [--data MAPP]
  itc-status-server --help

SVENSKA
  serve (standard) startar servern: GET /status.json till banderollerna, PUT /status.json för
  publicering (Authorization: Bearer TOKEN), GET /calendar.ics, POST /api/subscribe med dubbel
  bekräftelse (double opt-in), /widgets/ med det byggda skriptet och GET /healthz.
  serve publicerar ingenting själv.
  token create skapar en publiceringsnyckel och skriver ut den ensam på sista raden. Den lagras
  bara som hash och kan inte visas igen. token list visar namnen, token revoke NAMN spärrar en.
  publisher add ADRESS ger en e-postadress rätt att logga in på publiceringsverktyget /desk/
  (med en engångslänk per e-post, inga lösenord). publisher list visar adresserna, publisher
  remove ADRESS tar bort en och avslutar dess inloggningar.
  På en ny datamapp skapas och migreras databasen först. PGlite tillåter en process per mapp:
  stoppa servern innan du kör token-kommandon på samma mapp, eller använd DATABASE_URL.

  Flaggor går före miljövariabler:
    --port N / PORT          port (standard 8000)
    --host H / HOST          adress att lyssna på (standard 127.0.0.1)
    --data MAPP / DATA_DIR   datamapp för PGlite och dev-brevlådan (standard ./itc-data)
    DATABASE_URL             postgres://… → PostgreSQL, annars PGlite i datamappen
    SMTP_URL                 smtp://värd:port[?…] → riktig SMTP, annars dev-brevlådan (/dev/mail)
    MAIL_FROM                avsändare (standard "IT-Centrum <noreply@itcentrum.se>")
    PUBLIC_URL               adressen i alla länkar i e-post (standard http://localhost:PORT)
    TRUST_PROXY              proxyer vars X-Forwarded-For gäller: adress, CIDR-lista eller true
    CONFIRMATIONS_PER_ADDRESS, SIGNUPS_PER_CLIENT, SIGNUP_WINDOW_SECONDS
                             gränser (standard 3 per adress och dygn, 10 per klient och 600 s)
  SIGTERM: pågående anrop avslutas, servern stänger och avslutar med 0.

ENGLISH
  serve (the default) starts the server: GET /status.json for the banners, PUT /status.json to
  publish (Authorization: Bearer TOKEN), GET /calendar.ics, POST /api/subscribe with double
  opt-in, /widgets/ with the built script, and GET /healthz. serve itself publishes nothing.
  token create makes a publishing token and prints it alone on the last line. It is stored only
  as a hash and cannot be shown again. token list shows the names; token revoke NAME revokes one.
  publisher add ADDRESS lets an email address sign in to the publisher's desk at /desk/ (with a
  one-time link by email, no passwords). publisher list shows the addresses; publisher remove
  ADDRESS removes one and ends its sessions.
  On a fresh data folder the database is created and migrated first. PGlite allows one process per
  folder: stop the server before running token commands on the same folder, or use DATABASE_URL.

  Flags win over environment variables:
    --port N / PORT          port (default 8000)
    --host H / HOST          address to listen on (default 127.0.0.1)
    --data DIR / DATA_DIR    data folder for PGlite and the dev mailbox (default ./itc-data)
    DATABASE_URL             postgres://… → PostgreSQL, else PGlite in the data folder
    SMTP_URL                 smtp://host:port[?…] → real SMTP, else the dev mailbox (/dev/mail)
    MAIL_FROM                sender (default "IT-Centrum <noreply@itcentrum.se>")
    PUBLIC_URL               origin of every link in every email (default http://localhost:PORT)
    TRUST_PROXY              proxies whose X-Forwarded-For is believed: address, CIDR list or true
    CONFIRMATIONS_PER_ADDRESS, SIGNUPS_PER_CLIENT, SIGNUP_WINDOW_SECONDS
                             limits (default 3 per address per day, 10 per client per 600 s)
  SIGTERM: requests in flight finish, the server closes and exits 0.
`;
