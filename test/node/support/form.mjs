// Filling in <itc-subscribe> the way a person does (typing, clicking) through puppeteer's
// shadow-piercing selectors, and reading back everything the form holds.
export const EMAIL = 'anna.andersson@tierp.se';

/** Email, the topic "Driftinformation" only, Östhammar besides the preselected municipality, consent. */
export async function fillForm(page) {
  await page.type('itc-subscribe >>> input[name="email"]', EMAIL);
  for (const box of await page.$$('itc-subscribe >>> input[type="checkbox"]')) {
    const { name, value, checked } = await box.evaluate((b) => ({ name: b.name, value: b.value, checked: b.checked }));
    const wanted = name === 'consent' || (name === 'topics' && value === 'operations') || (name === 'municipalities' && (value === 'osthammar' || checked));
    if (wanted !== checked) await box.click();
  }
}

/** Every input's name and value (or checked state), in document order; null when there is no form. */
export function formValues(page) {
  return page.evaluate(() => {
    const form = document.querySelector('itc-subscribe')?.shadowRoot?.querySelector('form');
    return form ? [...form.querySelectorAll('input')].map((i) => `${i.name}:${i.value}=${i.type === 'checkbox' ? i.checked : i.value}`) : null;
  });
}

export const submitForm = (page) => page.click('itc-subscribe >>> button[part="button"]');
