/* The teacher's self-assessment sheet (GET/PUT/POST /api/app/assessment...). Every score is saved as it is typed
 * (400 ms after the last key) and every answer of the server is the whole sheet: subtotals, the bonus after its cap,
 * penalties, total and band are the server's, never computed here. A refused score shows under its field and keeps
 * what was typed; nothing else on the page is touched. */
'use strict';
(() => {
  const { el, t } = ThiDua;
  const DEBOUNCE_MS = 400;
  const ACCEPT = 'image/jpeg,image/png,.jpg,.jpeg,.png,.pdf,.docx,.xlsx,application/pdf,'
    + 'application/vnd.openxmlformats-officedocument.wordprocessingml.document,'
    + 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  let view = null;      // refs of the drawn sheet
  let latest = 0;       // only the newest answer redraws the totals
  const safeId = (code) => code.replace(/[^A-Za-z0-9]/g, '_');
  const shown = (plain) => (plain === null || plain === undefined ? ''
    : ThiDua.me().language === 'vi' ? String(plain).replace('.', ',') : String(plain));

  ThiDua.screen('assessment', async (main) => {
    ThiDua.title(t('web.assessment.title'));
    const data = await ThiDua.api('GET', 'assessment');
    draw(main, data);
  });

  function draw(main, data) {
    const s = data.sheet;
    view = { lines: {}, parts: {}, data };
    const head = el('section', { class: 'card', 'aria-live': 'polite' });
    view.head = head;
    main.append(head);
    for (const part of s.parts) main.append(drawPart(part, s, data.editable));
    view.bar = el('div', { class: 'actions assessment-bar' });
    main.append(el('div', { class: 'bar-space' }), view.bar);
    update(data);
  }

  function drawPart(part, s, editable) {
    const title = part.kind === 'BONUS' ? t('web.assessment.bonus', part.max)
      : part.kind === 'PENALTY' ? t('web.assessment.penalty') : part.code + '. ' + part.name;
    const sum = el('p', { class: 'subtotal total' });
    view.parts[part.code] = { sum, part };
    return el('section', { class: 'part', 'aria-label': title },
      el('h2', {}, title, part.kind === 'CRITERION' ? el('span', { class: 'hint' }, ' · ' + t('web.assessment.part-max', part.max)) : null),
      part.lines.map((line) => drawLine(line, part.kind, s, editable)),
      sum);
  }

  function drawLine(line, kind, s, editable) {
    const id = safeId(line.code);
    const penalty = kind === 'PENALTY';
    const input = el('input', {
      id: 's-' + id, class: 'score', type: 'text', inputmode: 'decimal', autocomplete: 'off', disabled: !editable,
      value: shown(line.self), 'aria-describedby': 'e-' + id,
      'aria-label': t(penalty ? 'web.assessment.penalty-label' : 'web.assessment.score-label', line.code, line.name, line.max),
    });
    const error = el('p', { class: 'error', id: 'e-' + id, hidden: true });
    const note = el('p', { class: 'hint note', role: 'status' });
    const reviewed = el('p', { class: 'hint' });
    const ref = { line, input, error, note, reviewed, timer: null, sent: input.value };
    view.lines[line.code] = ref;
    input.addEventListener('input', () => {
      clearTimeout(ref.timer);
      ref.timer = null;
      if (input.value.trim() !== '') ref.timer = setTimeout(() => save(ref), DEBOUNCE_MS);
    });
    // an emptied field is a line being retyped, not a score: nothing is sent until there is one
    input.addEventListener('change', () => { clearTimeout(ref.timer); if (input.value.trim() !== '' && input.value !== ref.sent) save(ref); });
    const box = el('div', { class: 'line', id: 'line-' + id },
      el('div', { class: 'row' },
        el('label', { for: 's-' + id, class: 'line-name' }, el('b', {}, line.code), ' ', line.name),
        el('span', { class: 'score-box' }, input,
          el('span', { class: 'hint' }, ' ' + t(penalty ? 'web.assessment.penalty-max' : 'web.assessment.line-max', line.max)))),
      line.description ? el('details', {}, el('summary', {}, t('web.assessment.details')), el('p', {}, line.description)) : null,
      error, reviewed);
    if (!penalty) {
      ref.badge = el('span', { class: 'badge' });
      ref.files = el('span', { class: 'files hint' });
      ref.tools = el('span', { class: 'tools' });
      box.append(el('div', { class: 'evidence' }, ref.badge, ref.files, ref.tools), note);
      if (editable) drawTools(ref);
    }
    return box;
  }

  function drawTools(ref) {
    const code = ref.line.code;
    const file = el('input', { type: 'file', accept: ACCEPT, class: 'sr-only', 'aria-label': t('web.assessment.attach-label', code) });
    file.addEventListener('change', () => { if (file.files.length) attach(ref, file); });
    ref.clear = el('button', { type: 'button', class: 'secondary small', onclick: () => clear(ref) }, t('web.assessment.clear'));
    ref.tools.append(el('label', { class: 'button secondary small attach' }, t('web.assessment.attach'), file), ref.clear);
  }

  /** Redraws everything the server computed; the fields keep what the teacher typed. */
  function update(data) {
    view.data = data;
    const s = data.sheet;
    for (const part of s.parts) {
      const p = view.parts[part.code];
      if (part.kind === 'BONUS') p.sum.textContent = t('web.assessment.bonus-total', part.max, s.self.bonus);
      else if (part.kind === 'PENALTY') p.sum.textContent = t('web.assessment.penalty-total', s.self.penalty);
      else p.sum.textContent = t('web.assessment.subtotal', part.code, s.self.parts[part.code], part.max);
      for (const line of part.lines) updateLine(view.lines[line.code], line, s, data.editable);
    }
    drawHead(data);
    drawBar(data);
  }

  function updateLine(ref, line, s, editable) {
    ref.line = line;
    if (!editable) ref.input.value = shown(line.self);
    const other = [];
    if (s.showTeam && line.team !== null) other.push(t('web.assessment.team', shown(line.team)));
    if (s.showCouncil && line.council !== null) other.push(t('web.assessment.council', shown(line.council)));
    ref.reviewed.textContent = other.join(' · ');
    ref.reviewed.hidden = other.length === 0;
    if (!ref.badge) return;
    const missing = s.missingEvidence.includes(line.code);
    ref.badge.textContent = missing ? t('web.assessment.evidence-missing') : line.evidenceRequired ? t('web.assessment.evidence-required') : '';
    ref.badge.className = 'badge' + (missing ? ' missing' : '');
    ref.badge.hidden = !ref.badge.textContent;
    const names = line.evidence.map((f) => f.name || t('web.assessment.photo'));
    ref.files.textContent = names.length ? t('web.assessment.files', names.join(', ')) : '';
    if (ref.clear) ref.clear.hidden = names.length === 0;
  }

  function drawHead(data) {
    const s = data.sheet;
    const parts = [el('p', {}, t('web.assessment.intro', data.schoolYear, data.closes)),
      el('p', { class: 'hint' }, t('web.assessment.status', s.statusText))];
    if (!data.editable) parts.push(el('p', { class: 'notice' }, t('web.assessment.read-only', s.statusText)));
    else if (s.unscored.length) parts.push(el('p', { class: 'error' }, t('web.assessment.unscored', s.unscored.length, s.unscored.join(', '))));
    if (data.editable && s.missingEvidence.length) {
      parts.push(el('p', { class: 'error' }, t('web.assessment.missing', s.missingEvidence.length, s.missingEvidence.join(', '))));
    }
    if (data.editable && !s.unscored.length && !s.missingEvidence.length) parts.push(el('p', { class: 'ok' }, t('web.assessment.ready')));
    view.head.replaceChildren(...parts);
  }

  function drawBar(data) {
    const s = data.sheet;
    const total = el('div', { class: 'total-line', 'aria-live': 'polite' },
      el('span', { class: 'total' }, t('web.assessment.total', s.self.total)), el('span', {}, t('web.assessment.band', s.self.band)));
    const children = [total];
    if (data.editable) children.push(el('button', { type: 'button', class: 'submit', onclick: submit }, t('web.assessment.submit')));
    view.bar.replaceChildren(...children);
  }

  function lineError(ref, message) {
    ref.error.textContent = message || '';
    ref.error.hidden = !message;
    if (message) ref.input.setAttribute('aria-invalid', 'true'); else ref.input.removeAttribute('aria-invalid');
  }

  /** Runs a request whose answer is the whole sheet; a refusal goes under the line, or to the top if it is not the line's. */
  async function call(ref, method, path, body) {
    const mine = ++latest;
    ThiDua.saved(t('web.saving'));
    try {
      const data = await ThiDua.api(method, path, body);
      if (ref) lineError(ref, '');
      // the sheet changed: an earlier refusal (e.g. of the submission) may no longer hold; the head says what is missing
      if (ref) ThiDua.alert('');
      if (mine === latest) { update(data); ThiDua.saved(t('web.saved')); }
      return data;
    } catch (e) {
      ThiDua.saved('');
      const message = e instanceof ThiDua.Refused ? e.message : t('web.error.network'); // fetch failed: no answer at all
      if (ref && [409, 413, 422, 502].includes(e.status)) lineError(ref, message);
      else ThiDua.alert(message);
      return null;
    }
  }

  function save(ref) {
    const typed = ref.input.value;
    ref.timer = null;
    ref.sent = typed;
    return call(ref, 'PUT', 'assessment/items/' + encodeURIComponent(ref.line.code), { score: typed });
  }

  async function attach(ref, input) {
    const file = input.files[0];
    const max = view.data.maxFileBytes;
    if (file.size > max) { // the server would refuse it too; this spares a phone sending it in vain
      lineError(ref, t('web.assessment.too-large', file.name, mb(file.size), mb(max)));
      input.value = '';
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    input.disabled = true;
    ref.note.textContent = t('web.assessment.uploading', file.name);
    const data = await call(ref, 'POST', 'assessment/items/' + encodeURIComponent(ref.line.code) + '/evidence', form);
    input.disabled = false;
    input.value = '';
    ref.note.textContent = data ? t('web.assessment.uploaded', file.name) : '';
  }

  const mb = (bytes) => shown(Math.round(bytes / 104857.6) / 10);

  async function clear(ref) {
    if (!(await ask(t('web.assessment.clear-confirm', ref.line.code)))) return;
    await call(ref, 'DELETE', 'assessment/items/' + encodeURIComponent(ref.line.code) + '/evidence');
  }

  async function submit() {
    // a score still waiting for its 400 ms is saved first: the server decides on what the teacher sees
    const pending = Object.values(view.lines).filter((r) => r.timer !== null && r.input.value !== r.sent);
    for (const r of pending) { clearTimeout(r.timer); await save(r); }
    if (!(await ask(t('web.assessment.submit-confirm')))) return;
    ThiDua.alert('');
    const data = await call(null, 'POST', 'assessment/submit');
    if (!data) return;
    const main = document.getElementById('main');
    main.replaceChildren();
    draw(main, data);
    ThiDua.saved('');
    view.head.prepend(el('p', { class: 'ok', role: 'status' }, t('web.assessment.submitted', data.sheet.statusText)));
    window.scrollTo(0, 0);
  }

  /** Telegram's own confirmation where the app has one, else the browser's. */
  function ask(text) {
    const tg = ThiDua.telegram;
    if (tg && tg.showConfirm && tg.isVersionAtLeast && tg.isVersionAtLeast('6.2')) {
      return new Promise((resolve) => tg.showConfirm(text, (ok) => resolve(Boolean(ok))));
    }
    return Promise.resolve(window.confirm(text));
  }
})();
