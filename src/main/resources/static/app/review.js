/* review screen (issue 12): the council's and the team leader's review of self-assessments.
 * #review = the reviewer's queue (as /duyet lists it); #review/42 = one submission, opened (claimed) as in the chat.
 * Every number, total, band and refusal comes from the server (GET/PUT/POST /api/app/review/...); the page holds no rule. */
'use strict';
(() => {
  const { api, t, el, alert, saved, title, go } = ThiDua;
  document.head.append(el('link', { rel: 'stylesheet', href: 'review.css' }));

  const lang = () => (ThiDua.me() && ThiDua.me().language) || 'vi';
  /** A plain number from the server (8.5) as the reader writes it (8,5 in Vietnamese); none is a dash. */
  const num = (v) => (v === null || v === undefined ? '–' : lang() === 'en' ? String(v) : String(v).replace('.', ','));
  const safeId = (code) => String(code).replace(/[^A-Za-z0-9_-]/g, '_');

  ThiDua.screen('review', async (main, params) => {
    title(t('web.review.title'));
    if (params.id) await sheet(main, params.id);
    else await queue(main);
  });

  // --- the queue ---------------------------------------------------------------------------------------------------

  async function queue(main) {
    const q = await api('GET', 'review');
    if (!q.items.length) {
      main.append(el('p', {}, t('web.review.empty', q.schoolYear)));
    } else {
      main.append(el('p', { class: 'hint' }, t('web.review.queue-header', q.schoolYear, q.items.length)));
      const teams = new Map();
      for (const item of q.items) {
        const team = item.team || t('web.review.no-team');
        if (!teams.has(team)) teams.set(team, []);
        teams.get(team).push(item);
      }
      for (const [team, items] of teams) {
        main.append(el('h2', {}, team + ' (' + items.length + ')'),
          el('ul', { class: 'review-queue' }, items.map((item) => el('li', {},
            // no aria-label: a screen reader reads the whole button, name, stage, date and who holds it
            el('button', { class: 'big secondary', onclick: () => go('review/' + item.id) },
            el('strong', {}, item.owner),
            el('span', { class: 'meta' }, item.stageText + ' · ' + t('web.review.submitted', item.submitted)),
            item.claimedBy ? el('span', { class: 'meta claimed' }, t('web.review.claimed', item.claimedBy)) : null)))));
      }
    }
    if (q.waitingForTeams > 0) main.append(el('p', { class: 'hint' }, t('web.review.waiting-teams', q.waitingForTeams)));
  }

  // --- one submission ----------------------------------------------------------------------------------------------

  async function sheet(main, id) {
    const back = el('button', { class: 'secondary', onclick: () => go('review') }, t('web.review.back'));
    let review;
    try {
      review = await api('GET', 'review/' + id);
    } catch (e) {
      // "being reviewed by …", "already handled by …", "not your team": the server's sentence, as the chat gives it
      main.append(el('p', { class: 'error', role: 'alert' }, e.message), back);
      return;
    }
    render(main, id, review);
  }

  function render(main, id, r) {
    const s = r.sheet;
    main.replaceChildren();
    main.append(el('button', { class: 'secondary', onclick: () => go('review') }, t('web.review.back')),
      el('h2', {}, t('web.review.header', r.stageText, s.owner, s.team || t('web.review.no-team'))),
      el('p', { class: 'hint' }, t('web.review.submitted', r.submitted), ' · ', t('web.review.status', s.statusText)));
    if (r.note) main.append(el('p', { class: 'card review-note' }, r.note));
    main.append(table(main, id, r), adjustments(r), returnForm(main, id, r), actions(main, id, r));
  }

  function columns(r) {
    const s = r.sheet;
    const cols = [['self', 'web.review.self', s.self]];
    if (s.showTeam) cols.push(['team', 'web.review.team', s.teamColumn]);
    if (s.showCouncil) cols.push(['council', 'web.review.council', s.council]);
    return cols;
  }

  function table(main, id, r) {
    const cols = columns(r);
    const width = 2 + cols.length;
    const head = el('tr', {}, el('th', { scope: 'col', class: 'crit' }, t('web.review.criterion')),
      el('th', { scope: 'col', class: 'num' }, t('web.review.max')),
      cols.map(([name, key]) => el('th', { scope: 'col', class: 'num' + (name === r.column ? ' col-edit' : '') }, t(key))));
    const body = [];
    for (const part of r.sheet.parts) {
      const name = part.kind === 'BONUS' ? t('web.review.bonus', part.max)
        : part.kind === 'PENALTY' ? t('web.review.penalty') : part.code + '. ' + part.name;
      body.push(el('tr', { class: 'part' }, el('th', { scope: 'colgroup', colspan: width, class: 'crit' }, name)));
      for (const line of part.lines) body.push(...lineRows(main, id, r, line, cols, width));
      const [subKey, pick] = part.kind === 'BONUS' ? ['web.review.bonus-total', (c) => c.bonus]
        : part.kind === 'PENALTY' ? ['web.review.penalty-total', (c) => c.penalty]
          : [null, (c) => c.parts[part.code]];
      body.push(el('tr', { class: 'sub' }, el('th', { scope: 'row', class: 'crit' }, subKey ? t(subKey) : t('web.review.subtotal', part.code)),
        el('td', { class: 'num' }, part.max || ''),
        cols.map(([name, , col]) => el('td', { class: 'num' + (name === r.column ? ' col-edit' : '') }, pick(col)))));
    }
    const foot = [
      el('tr', { class: 'total' }, el('th', { scope: 'row', class: 'crit' }, t('web.review.total')), el('td', {}),
        cols.map(([name, , col]) => el('td', { class: 'num' + (name === r.column ? ' col-edit' : '') }, col.total))),
      el('tr', { class: 'band' }, el('th', { scope: 'row', class: 'crit' }, t('web.review.band')), el('td', {}),
        cols.map(([name, , col]) => el('td', { class: 'num' + (name === r.column ? ' col-edit' : '') }, col.band))),
    ];
    const hint = el('p', { class: 'hint review-scroll', hidden: true }, t('web.review.scroll-hint'));
    const wrap = el('div', { class: 'review-table-wrap', tabindex: '0', role: 'region', 'aria-label': t('web.review.table-caption') },
      el('table', { class: 'review-table' }, el('caption', { class: 'sr-only' }, t('web.review.table-caption')),
        el('thead', {}, head), el('tbody', {}, body), el('tfoot', {}, foot)));
    // the hint only where the columns do not all fit (a narrow phone, large text)
    requestAnimationFrame(() => { hint.hidden = wrap.scrollWidth <= wrap.clientWidth; });
    return el('div', { class: 'card' }, hint, wrap);
  }

  function lineRows(main, id, r, line, cols, width) {
    const s = r.sheet;
    const value = (name) => (name === 'self' ? line.self : name === 'team' ? line.team : line.council);
    const before = { self: null, team: line.self, council: s.showTeam ? line.team : line.self };
    const files = line.evidence.map((f, i) => el('button', {
      class: 'link', type: 'button', 'aria-label': t('web.review.evidence-label', f.name || t('web.review.evidence-photo', i + 1), line.code),
      onclick: () => openEvidence(id, f, i),
    }, t('web.review.evidence', f.name || t('web.review.evidence-photo', i + 1))));
    const editor = editorRow(main, id, r, line, width);
    const crit = el('th', { scope: 'row', class: 'crit' },
      el('span', { class: 'code' }, line.code), ' ', line.name,
      files.length ? el('div', { class: 'files' }, files) : null,
      s.missingEvidence.includes(line.code) ? el('div', { class: 'error' }, t('web.review.evidence-missing')) : null,
      s.unscored.includes(line.code) ? el('div', { class: 'hint' }, t('web.review.unscored')) : null);
    // the reviewer's own column: tapping its number opens the line's adjustment, with the reason, under the line
    const toggle = (ev) => {
      const open = editor.hidden;
      editor.hidden = !open;
      ev.currentTarget.setAttribute('aria-expanded', String(open));
      if (open) editor.querySelector('input').focus();
    };
    const row = el('tr', { class: 'line' }, crit, el('td', { class: 'num' }, num(line.maxValue)),
      cols.map(([name]) => {
        const v = value(name);
        const changed = before[name] !== null && v !== null && before[name] !== undefined && Number(v) !== Number(before[name]);
        const cls = 'num' + (name === r.column ? ' col-edit' : '') + (changed ? ' adjusted' : '');
        if (name !== r.column) return el('td', { class: cls }, num(v));
        return el('td', { class: cls }, el('button', {
          class: 'cell-edit', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'edit-' + safeId(line.code),
          'aria-label': t('web.review.adjust-label', line.code, num(v)), onclick: toggle,
        }, num(v), el('span', { 'aria-hidden': 'true', class: 'pen' }, '✎')));
      }));
    return [row, editor];
  }

  function editorRow(main, id, r, line, width) {
    const key = safeId(line.code);
    const current = r.column === 'team' ? line.team : line.council;
    const score = el('input', { id: 'score-' + key, class: 'score', inputmode: 'decimal', autocomplete: 'off', value: num(current) === '–' ? '' : num(current) });
    const reason = el('textarea', { id: 'reason-' + key, 'aria-describedby': 'reason-hint-' + key + ' error-' + key, maxlength: '1000' });
    const error = el('p', { id: 'error-' + key, class: 'error', role: 'alert' });
    const save = el('button', { type: 'submit' }, t('web.review.save'));
    const form = el('form', {
      onsubmit: async (ev) => {
        ev.preventDefault();
        error.textContent = '';
        save.disabled = true;
        saved(t('web.saving'));
        try {
          const next = await api('PUT', 'review/' + id + '/items/' + encodeURIComponent(line.code), { score: score.value, reason: reason.value });
          const after = findLine(next, line.code);
          render(main, id, next);
          saved(t('web.review.adjusted', line.code, num(current), num(after ? (next.column === 'team' ? after.team : after.council) : null)));
        } catch (e) {
          saved('');
          error.textContent = e.message; // the server's sentence, under this line: nothing was saved
          save.disabled = false;
        }
      },
    },
    el('label', { for: 'score-' + key }, t('web.review.score-label', r.stageText, line.code, line.max)), score,
    el('label', { for: 'reason-' + key }, t('web.review.reason-label', line.code)), reason,
    el('p', { id: 'reason-hint-' + key, class: 'hint' }, t('web.review.reason-hint')),
    error,
    el('div', { class: 'row' }, save, el('button', {
      type: 'button', class: 'secondary',
      onclick: () => {
        row.hidden = true;
        error.textContent = '';
        const opener = document.querySelector('[aria-controls="edit-' + key + '"]');
        if (opener) { opener.setAttribute('aria-expanded', 'false'); opener.focus(); }
      },
    }, t('web.review.cancel'))));
    const row = el('tr', { class: 'review-editor', id: 'edit-' + key, hidden: true }, el('td', { colspan: width }, form));
    return row;
  }

  function findLine(review, code) {
    for (const part of review.sheet.parts) for (const line of part.lines) if (line.code === code) return line;
    return null;
  }

  function adjustments(r) {
    return el('section', { class: 'card', 'aria-label': t('web.review.adjustments') },
      el('h2', {}, t('web.review.adjustments')),
      r.adjustments.length
        ? el('ul', { class: 'review-changes' }, r.adjustments.map((a) => el('li', {},
          t('web.review.adjustment', a.code, a.name, a.from, a.to, a.stageText, a.by, a.reason))))
        : el('p', { class: 'hint' }, t('web.review.no-adjustments')));
  }

  function returnForm(main, id, r) {
    const comment = el('textarea', { id: 'return-comment', 'aria-required': 'true', maxlength: '1000', 'aria-describedby': 'return-hint return-error' });
    const error = el('p', { id: 'return-error', class: 'error', role: 'alert' });
    const send = el('button', { type: 'submit', class: 'danger' }, t('web.review.send-return'));
    return el('form', {
      id: 'return-form', class: 'card', hidden: true,
      onsubmit: async (ev) => {
        ev.preventDefault();
        error.textContent = '';
        send.disabled = true;
        try {
          const done = await api('POST', 'review/' + id + '/return', { comment: comment.value });
          finished(main, done.message);
        } catch (e) {
          error.textContent = e.message;
          send.disabled = false;
        }
      },
    },
    el('label', { for: 'return-comment' }, t('web.review.comment-label', r.sheet.owner)), comment,
    el('p', { id: 'return-hint', class: 'hint' }, t('web.review.comment-hint')), error, send);
  }

  function actions(main, id, r) {
    const pass = el('button', {
      type: 'button', id: 'review-pass',
      onclick: async () => {
        pass.disabled = true;
        alert('');
        try {
          finished(main, (await api('POST', 'review/' + id + '/pass')).message);
        } catch (e) {
          alert(e.message);
          pass.disabled = false;
        }
      },
    }, t(r.stage === 'TEAM' ? 'web.review.team-pass' : 'web.review.pass'));
    const giveBack = el('button', {
      type: 'button', class: 'secondary', 'aria-controls': 'return-form', 'aria-expanded': 'false',
      onclick: () => {
        const form = document.getElementById('return-form');
        form.hidden = !form.hidden;
        giveBack.setAttribute('aria-expanded', String(!form.hidden));
        if (!form.hidden) { form.scrollIntoView({ block: 'center' }); document.getElementById('return-comment').focus(); }
      },
    }, t('web.review.return'));
    const later = el('button', {
      type: 'button', class: 'secondary',
      onclick: async () => {
        try { saved((await api('POST', 'review/' + id + '/release')).message); } catch (e) { alert(e.message); return; }
        go('review');
      },
    }, t('web.review.release'));
    return el('div', { class: 'actions' }, pass, giveBack, later);
  }

  function finished(main, message) {
    main.replaceChildren(el('p', { class: 'card', role: 'status' }, message),
      el('button', { class: 'big', onclick: () => go('review') }, t('web.review.back')));
  }

  // --- evidence: fetched with the page's initData (a plain link would carry none), shown from a blob ----------------

  async function openEvidence(id, file, index) {
    alert('');
    const tg = ThiDua.telegram;
    const initData = (tg && tg.initData) || sessionStorage.getItem('thidua.initData') || '';
    let response;
    try {
      response = await fetch(new URL('../api/app/review/' + id + '/evidence/' + file.id, location.href),
        { headers: { Authorization: 'tma ' + initData } });
    } catch (e) {
      alert(t('web.error.network'));
      return;
    }
    if (!response.ok) {
      const json = await response.json().catch(() => null);
      alert((json && json.message) || t('web.error.network'));
      return;
    }
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const name = file.name || t('web.review.evidence-photo', index + 1);
    if (blob.type.startsWith('image/')) {
      const close = el('button', { type: 'button', class: 'secondary', onclick: () => { dialog.close(); } }, '✕');
      const dialog = el('dialog', { class: 'review-viewer', 'aria-label': name },
        el('div', { class: 'row' }, el('strong', {}, name), close), el('img', { src: url, alt: name }));
      dialog.addEventListener('close', () => { URL.revokeObjectURL(url); dialog.remove(); });
      document.body.append(dialog);
      dialog.showModal();
      return;
    }
    const link = el('a', { href: url, download: name, target: '_blank', rel: 'noopener' });
    document.body.append(link);
    link.click();
    link.remove();
    saved(t('web.review.evidence-opened', name));
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }
})();
