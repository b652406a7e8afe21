import { expect } from '@open-wc/testing';
import { emptyDocument } from './draft.js';
import { disruptionFrom, findingsFor, municipalityNames, newDisruptionForm, newWindowForm, windowFormOf, windowFrom, type WindowForm } from './forms.js';

const NOW = Date.parse('2027-03-01T08:00:00Z');
const draft = emptyDocument('2027-03-01T09:00');
const windowForm = (extra: Partial<WindowForm> = {}): WindowForm => ({ ...newWindowForm('2027-03-01'), id: 'w1', municipalities: ['alvkarleby'], date: '2027-03-28', from: '10', to: '20', ...extra });

describe('the disruption form', () => {
  it('starts from the seed page’s texts, now, for all municipalities', () => {
    const form = newDisruptionForm({ date: '2027-03-01', time: '08:10' });
    expect(form.title).to.equal('Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.');
    expect(form.message).to.match(/^Vi upplever just nu driftstörningar/);
    expect([form.municipalities, form.date, form.time, form.severity]).to.deep.equal([[], '2027-03-01', '08:10', 'major']);
  });
  const cases: [string, Partial<ReturnType<typeof newDisruptionForm>>, string[]][] = [
    ['a complete form has no errors', {}, []],
    ['an empty title', { title: '  ' }, ['title']],
    ['a wrong date and time', { date: '1/3', time: '25' }, ['date', 'time']],
  ];
  for (const [name, patch, fields] of cases) {
    it(name, () => {
      const { errors } = disruptionFrom({ ...newDisruptionForm({ date: '2027-03-01', time: '08.10' }), ...patch }, 'sv');
      expect(Object.keys(errors)).to.deep.equal(fields);
    });
  }
  it('writes a local time, systems as a list, no empty optional fields', () => {
    const { item } = disruptionFrom({ ...newDisruptionForm({ date: '2027-03-01', time: '8.10' }), systems: 'Lifecare,  Procapita\nTES', message: ' ' }, 'sv');
    expect([item.start, item.systems, item.message, item.url, item.end]).to.deep.equal(['2027-03-01T08:10', ['Lifecare', 'Procapita', 'TES'], undefined, undefined, null]);
  });
});

describe('the service-window form', () => {
  it('writes what the publisher typed as local times, on the day the clocks go forward too', () => {
    const { item, errors } = windowFrom(windowForm({ systems: [{ name: 'Treserva', from: '10', to: '13' }] }), 'sv');
    expect(errors).to.deep.equal({});
    expect([item.start, item.end, item.systems]).to.deep.equal(['2027-03-28T10:00', '2027-03-28T20:00', [{ name: 'Treserva', start: '2027-03-28T10:00', end: '2027-03-28T13:00' }]]);
  });
  it('none ticked means all five municipalities', () => {
    expect(windowFrom(windowForm({ municipalities: [] }), 'sv').item.municipalities).to.deep.equal(['heby', 'alvkarleby', 'knivsta', 'tierp', 'osthammar']);
  });
  it('a system row without a name or times is named by field', () => {
    expect(Object.keys(windowFrom(windowForm({ systems: [{ name: '', from: 'x', to: '13' }] }), 'en').errors)).to.deep.equal(['system-0-name', 'system-0-from']);
  });
  it('keeps the id it was opened with, whatever is typed (the preview follows one item)', () => {
    const form = newWindowForm('2027-03-01');
    expect(form.id).to.match(/^2027-03-01-servicefonster-[0-9a-z]{1,4}$/);
    expect(windowFrom({ ...form, date: '2027-03-28' }, 'sv').item.id).to.equal(windowFrom({ ...form, title: 'Annat' }, 'sv').item.id);
  });
  it('reads back what it wrote (editing)', () => {
    const { item } = windowFrom(windowForm({ systems: [{ name: 'TES', from: '10:00', to: '13:00' }] }), 'sv');
    expect(windowFormOf(item)).to.deep.include({ id: 'w1', date: '2027-03-28', from: '10:00', to: '20:00', systems: [{ name: 'TES', from: '10:00', to: '13:00' }] });
  });
});

describe('findingsFor: the core’s findings beside the field they concern', () => {
  const cases: [string, Partial<WindowForm>, string, RegExp, boolean][] = [
    ['a time the clocks skip (a warning)', { from: '02:30' }, 'from', /finns inte i Europe\/Stockholm \(klockan ställs fram\)/, true],
    ['an end before the start (an error)', { from: '20', to: '10' }, 'to', /sluttiden ligger inte efter starttiden/, false],
    ['a system outside the window', { systems: [{ name: 'TES', from: '08:00', to: '09:00' }] }, 'system-0-from', /tiderna för ”TES” ligger utanför servicefönstret/, true],
    ['an unsafe link', { url: 'javascript:alert(1)' }, 'url', /är inte tillåten/, true],
  ];
  for (const [name, patch, field, message, usable] of cases) {
    it(name, () => {
      const { item } = windowFrom(windowForm({ id: 'w1', ...patch }), 'sv');
      const result = findingsFor(draft, item, 'window', 'sv', NOW);
      expect(result.byField[field]).to.match(message);
      expect(result.usable).to.equal(usable);
    });
  }
  it('speaks English when asked', () => {
    const { item } = windowFrom(windowForm({ id: 'w1', from: '02:30' }), 'en');
    expect(findingsFor(draft, item, 'window', 'en', NOW).byField.from).to.match(/does not exist in Europe\/Stockholm \(clocks go forward\)/);
  });
});

describe('municipalityNames', () => {
  const cases: [string[], string][] = [
    [[], 'alla kommuner'],
    [['tierp'], 'Tierp'],
    [['alvkarleby', 'osthammar'], 'Älvkarleby, Östhammar'],
    [['heby', 'alvkarleby', 'knivsta', 'tierp', 'osthammar'], 'alla kommuner'],
  ];
  for (const [ids, expected] of cases) it(`${ids.join(',') || '(none)'} → ${expected}`, () => expect(municipalityNames(ids, 'sv')).to.equal(expected));
});
