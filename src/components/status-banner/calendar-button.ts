import { html } from 'lit';
import type { Lang, MaintenanceWindow } from '../../core/types.js';
import { calendarText } from './calendar-file.js';

/**
 * "Lägg till i kalender": downloads the window as an .ics file (the same generator as
 * `itc-status ics`), named after its id. The accessible name also says which window it is.
 */
export const calendarButton = (
  w: MaintenanceWindow,
  label: string,
  names: (ids: string[]) => string,
  options: { lang: Lang; timeZone?: string },
) =>
  html`<button part="calendar" @click=${() => download(w, names, options)}>${label}<span class="vh">: <span lang="sv">${w.title}</span>, ${names(w.municipalities)}</span></button>`;

function download(w: MaintenanceWindow, names: (ids: string[]) => string, options: { lang: Lang; timeZone?: string }): void {
  calendarText([w], {
    now: Date.now(),
    municipalities: w.municipalities.map((id) => ({ id, name: names([id]) })),
    lang: options.lang,
    timeZone: options.timeZone,
  }).then(
    (text) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      a.download = w.id.replace(/[^\w.-]+/g, '-') + '.ics';
      a.click();
      // Give the download time to start before the object URL is released.
      setTimeout(() => URL.revokeObjectURL(a.href), 6e4);
    },
    (reason) => console.error(`itc-status: the calendar file cannot be made: ${reason}`),
  );
}
