/* The registration on one page (issue 12): title, form of commendation, initiative and targets, saved as the
 * teacher types (the same checks and sentences as /dangky, from the server), then one button to send it. */
'use strict';
(() => {
  const { el, t, api } = ThiDua;
  const DELAY = 500;
  let state = null;      // the server's RegistrationJson
  let main = null;
  let pending = {};      // field -> value not yet sent
  let timer = null;
  let inFlight = Promise.resolve();

  ThiDua.screen('registration', async (into) => {
    main = into;
    pending = {};
    ThiDua.title(t('web.registration.title'));
    draw(await api('GET', 'registration'));
  });

  function draw(data) {
    state = data;
    main.replaceChildren();
    if (data.editable) form(); else { ThiDua.saved(''); readOnly(); }
  }

  // --- autosave ---------------------------------------------------------------------------------------

  function later(field, value) {
    pending[field] = value;
    clearTimeout(timer);
    timer = setTimeout(flush, DELAY);
  }

  function now(field, value) {
    pending[field] = value;
    clearTimeout(timer);
    return flush();
  }

  /** Sends what is pending; one refused answer saves nothing, so the others are sent again without it. */
  function flush() {
    clearTimeout(timer);
    inFlight = inFlight.then(async () => {
      let answers = pending;
      pending = {};
      while (Object.keys(answers).length) {
        ThiDua.saved(t('web.saving'));
        try {
          const saved = await api('PUT', 'registration', { answers });
          Object.keys(answers).forEach((f) => fieldError(f, ''));
          update(saved);
          ThiDua.saved(t('web.saved'));
          ThiDua.alert('');
          return;
        } catch (e) {
          ThiDua.saved('');
          const fields = e.body && e.body.fields;
          if (e.status !== 422 || !fields) { ThiDua.alert(e.message); return; }
          Object.entries(fields).forEach(([f, m]) => fieldError(f, m));
          answers = Object.fromEntries(Object.entries(answers).filter(([f]) => !(f in fields)));
        }
      }
    });
    return inFlight;
  }

  /** After a save: what depends on other answers (the initiative's note and questions), without redrawing inputs. */
  function update(data) {
    state = data;
    const note = document.getElementById('initiative-note');
    if (note) { note.textContent = data.initiativeNote || ''; note.hidden = !data.initiativeNote; }
    const more = document.getElementById('initiative-more');
    if (more) more.hidden = data.initiative !== true;
  }

  function fieldError(field, message) {
    const box = document.getElementById(errorId(field));
    if (box) { box.textContent = message || ''; box.hidden = !message; }
  }

  const errorId = (field) => 'err-' + field.replace(/[^A-Za-z0-9_-]/g, '_');
  const inputId = (field) => 'in-' + field.replace(/[^A-Za-z0-9_-]/g, '_');

  // --- the form ------------------------------------------------------------------------------------------

  function form() {
    const s = state;
    main.append(el('p', { class: 'hint' }, t('web.registration.intro', s.schoolYear, s.deadline)));
    if (s.reopened) main.append(el('p', { class: 'card' }, s.reopened));

    main.append(choices('title', t('web.registration.field.title'),
      s.titles.map((c) => ({ value: c.code, label: c.name, about: c.about })), s.title));
    main.append(choices('form', t('web.registration.field.form'),
      s.forms.map((c) => ({ value: c.code, label: c.name }))
        .concat([{ value: null, label: t('web.registration.form.none') }]), s.formAnswered ? s.form : undefined));

    const more = el('div', { id: 'initiative-more', hidden: s.initiative !== true },
      textField('initiative-title', t('web.registration.field.initiative-title', s.maxInitiativeTitle), s.initiativeTitle,
        { multiline: true, max: s.maxInitiativeTitle, required: true }),
      textField('initiative-subject', t('web.registration.field.initiative-subject', s.maxInitiativeSubject), s.initiativeSubject,
        { max: s.maxInitiativeSubject, required: true }));
    const initiative = choices('initiative', t('web.registration.field.initiative'),
      [{ value: 'yes', label: t('web.registration.initiative.yes') }, { value: 'no', label: t('web.registration.initiative.no') }],
      s.initiative === null ? undefined : s.initiative ? 'yes' : 'no');
    initiative.append(el('p', { id: 'initiative-note', class: 'hint', hidden: !s.initiativeNote }, s.initiativeNote || ''), more);
    main.append(initiative);

    if (s.targets.length) {
      const list = el('fieldset', { class: 'targets' }, el('legend', {}, t('web.registration.field.targets')));
      s.targets.forEach((target, i) => list.append(targetField(target, i + 1)));
      main.append(list);
    }

    const send = el('button', { type: 'button', id: 'submit' }, t('web.registration.submit'));
    send.addEventListener('click', () => submit(send));
    main.append(el('p', { class: 'hint' }, t('web.registration.submit-hint', s.deadline)), el('div', { class: 'actions' }, send));
  }

  /** A group of radio buttons; value null is a real answer ("no form", "skip"); undefined is "not answered yet". */
  function choices(field, legend, options, current) {
    const group = el('fieldset', { id: inputId(field), 'aria-describedby': errorId(field) }, el('legend', {}, legend));
    options.forEach((o, i) => {
      const id = inputId(field) + '-' + i;
      const radio = el('input', { type: 'radio', name: field, id, checked: current !== undefined && o.value === current });
      radio.addEventListener('change', () => {
        if (field === 'initiative') update({ ...state, initiative: o.value === 'yes' });
        now(field, o.value);
      });
      group.append(el('div', { class: 'choice' }, radio,
        el('label', { for: id }, o.label, o.about ? el('span', { class: 'hint about' }, o.about) : null)));
    });
    group.append(el('p', { id: errorId(field), class: 'error', hidden: true }));
    return group;
  }

  /** A typed answer, saved half a second after the teacher stops typing (and when the field is left). */
  function textField(field, label, value, opts) {
    const id = inputId(field);
    const attrs = { id, name: field, maxlength: opts.max || null, inputmode: opts.inputmode || null, 'aria-describedby': errorId(field) };
    const input = opts.multiline ? el('textarea', attrs) : el('input', { type: 'text', ...attrs });
    input.value = value === null || value === undefined ? '' : value;
    const send = () => {
      const typed = input.value.trim();
      if (typed === '' && opts.required) return; // nothing to save: the saved answer stays
      return typed === '' ? null : input.value;
    };
    input.addEventListener('input', () => { const v = send(); if (v !== undefined) later(field, v); });
    input.addEventListener('blur', () => { if (field in pending) flush(); });
    const box = opts.unit ? el('div', { class: 'with-unit' }, input, el('span', { class: 'unit' }, opts.unit)) : input;
    return el('div', { class: 'field' }, el('label', { for: id }, label), box,
      opts.hint ? el('p', { class: 'hint' }, opts.hint) : null,
      el('p', { id: errorId(field), class: 'error', hidden: true }));
  }

  function targetField(target, n) {
    const label = t('web.registration.target', n, target.name) + (target.required ? '' : ' ' + t('web.registration.optional'));
    if (target.type === 'YES_NO') {
      const options = [{ value: 'yes', label: t('web.registration.yes') }, { value: 'no', label: t('web.registration.no') }];
      if (!target.required) options.push({ value: null, label: t('web.registration.skip') });
      const current = !target.answered ? undefined : target.skipped ? null : target.value;
      return choices(target.field, label, options, current);
    }
    const hint = [target.hint, target.required ? null : t('web.registration.optional-hint')].filter(Boolean).join(' ');
    return textField(target.field, label, target.value, {
      multiline: target.type === 'TEXT', max: target.maxLength, required: target.required, hint, unit: target.unit,
      inputmode: target.type === 'NUMBER' ? 'numeric' : target.type === 'PERCENT' ? 'decimal' : null });
  }

  async function submit(button) {
    button.disabled = true;
    try {
      // an optional target left empty is "not registered", as the hint under it says (the chat's "skip")
      state.targets.filter((x) => !x.required && !x.answered && x.type !== 'YES_NO').forEach((x) => {
        const input = document.getElementById(inputId(x.field));
        if (input && input.value.trim() === '' && !(x.field in pending)) pending[x.field] = null;
      });
      await flush();
      const sent = await api('POST', 'registration/submit');
      draw(sent);
      ThiDua.alert('');
      main.prepend(el('p', { class: 'card done', role: 'status' }, t('web.registration.submitted', sent.deadline)));
    } catch (e) {
      ThiDua.alert(e.message);
      const field = e.body && e.body.field;
      if (field) {
        fieldError(field, e.message);
        const target = document.getElementById(inputId(field));
        if (target) target.scrollIntoView({ block: 'center' });
      }
    } finally {
      button.disabled = false;
    }
  }

  // --- sent, or the window closed: read-only, as the chat shows it ---------------------------------------

  function readOnly() {
    const s = state;
    const notAnswered = t('web.registration.not-answered');
    const title = s.titles.find((c) => c.code === s.title);
    const form = s.formAnswered ? (s.form === null ? t('web.registration.no-form') : (s.forms.find((c) => c.code === s.form) || { name: s.form }).name) : null;
    let initiative = notAnswered;
    if (s.initiative === false) initiative = t('web.registration.no-initiative');
    if (s.initiative === true) initiative = t('web.registration.initiative-value', s.initiativeTitle || notAnswered, s.initiativeSubject || notAnswered);
    const rows = [[t('web.registration.field.title'), title ? title.name : s.title || notAnswered],
      [t('web.registration.field.form'), form || notAnswered], [t('web.registration.field.initiative'), initiative]];
    const dl = el('dl', { class: 'summary' }, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
    const targets = el('ol', { class: 'summary-targets' }, s.targets.map((x) => el('li', {}, el('span', {}, x.name + ': '), el('strong', {}, x.shown || notAnswered))));
    main.append(el('p', { class: 'status' }, s.statusText || ''));
    if (s.notice) main.append(el('p', { class: 'card' }, s.notice));
    if (s.reopened) main.append(el('p', { class: 'card' }, s.reopened));
    if (s.teamHint) main.append(el('p', { class: 'card team-hint' }, s.teamHint));
    main.append(dl);
    if (s.targets.length) main.append(el('h2', {}, t('web.registration.field.targets')), targets);
    if (s.changeable && s.status === 'SUBMITTED') {
      main.append(el('p', { class: 'hint' }, t('web.registration.editable-until', s.deadline)));
      const edit = el('button', { type: 'button', class: 'secondary', id: 'edit' }, t('web.registration.edit'));
      edit.addEventListener('click', async () => {
        try { draw(await api('POST', 'registration/edit')); } catch (e) { ThiDua.alert(e.message); }
      });
      main.append(el('div', { class: 'actions' }, edit));
    }
  }
})();
