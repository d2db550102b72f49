/* ThiDuaBot Mini App: the shell. Screens (assessment.js, registration.js, review.js) register with
 * ThiDua.screen(name, render); render(main, params) draws into <main>. Every text comes from the server
 * (message keys web.*, GET /api/app/me) in the viewer's language; every request carries Telegram's initData. */
'use strict';
window.ThiDua = (() => {
  const tg = window.Telegram && window.Telegram.WebApp;
  const screens = {};
  const query = new URLSearchParams(location.search);
  let initData = tg && tg.initData ? tg.initData : localStorage.getItem('thidua.initData') || '';
  let me = null;
  const $ = (id) => document.getElementById(id);

  function t(key, ...args) {
    const s = me && me.texts[key] !== undefined ? me.texts[key] : key;
    return s.replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? String(args[i]) : m));
  }

  /** Builds an element: el('button', {class: 'x', onclick: f, 'aria-label': '...'}, 'text', child, ...) */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  class Refused extends Error {
    constructor(status, key, message, body) { super(message); this.status = status; this.key = key; this.body = body || {}; }
  }

  /** Calls /api/app/<path>; a JSON body, FormData, or none. Throws Refused with the server's polite sentence. */
  async function api(method, path, body) {
    const headers = { Authorization: 'tma ' + initData };
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(new URL('../api/app/' + path, location.href), { method, headers, body: payload });
    const json = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      throw new Refused(response.status, json && json.key, (json && json.message) || t('web.error.network'), json);
    }
    return json;
  }

  function alert(message) {
    const box = $('alert');
    box.textContent = message || '';
    box.hidden = !message;
    if (message) box.scrollIntoView({ block: 'nearest' });
  }

  function saved(message) { $('saved').textContent = message || ''; }

  function title(text) { $('title').textContent = text; document.title = text; }

  function screen(name, render) { screens[name] = render; }

  /** Shows a screen: #assessment, #registration, #review, #review/42, #home. */
  async function show() {
    // Telegram opens the page with its launch parameters in the hash (#tgWebAppData=...): that is no screen
    const hash = location.hash.replace(/^#/, '');
    const routed = hash !== '' && !hash.includes('=');
    const [name, hashId] = (routed ? hash : query.get('screen') || 'home').split('/');
    const id = routed ? hashId : query.get('id');
    const main = $('main');
    alert('');
    saved('');
    main.replaceChildren();
    main.setAttribute('aria-busy', 'true');
    const render = screens[name] || screens.home;
    try {
      await render(main, { id: id || undefined });
    } catch (e) {
      alert(e.message);
    } finally {
      main.setAttribute('aria-busy', 'false');
      performance.mark('thidua-ready'); // when the screen has drawn its data (the load benchmark reads it)
    }
  }

  function go(hash) {
    if (location.hash === '#' + hash) show(); else location.hash = hash;
  }

  screen('home', (main) => {
    title(t('web.home.title'));
    const roles = new Set(me.roles);
    const links = [['assessment', 'web.home.assessment'], ['registration', 'web.home.registration']];
    if (['COUNCIL', 'TEAM_LEADER'].some((r) => roles.has(r))) links.push(['review', 'web.home.review']);
    main.append(el('p', { class: 'who' }, t('web.home.hello', me.name, me.team || '')),
      el('nav', { 'aria-label': t('web.home.title') },
        links.map(([hash, key]) => el('button', { class: 'big', onclick: () => go(hash) }, t(key)))));
  });

  async function start() {
    if (tg) { tg.ready(); tg.expand(); }
    const demo = query.get('demo');
    if (!initData && demo) {
      try {
        initData = (await api('POST', 'demo-login', { code: demo })).initData;
        localStorage.setItem('thidua.initData', initData); // the console demo's other tabs (the chat's buttons) too
      } catch (e) { /* the /me call below says why */ }
      query.delete('demo');
      history.replaceState(null, '', location.pathname + (query.toString() ? '?' + query : '') + location.hash);
    }
    try {
      me = await api('GET', 'me');
    } catch (e) {
      alert(e.message);
      $('main').setAttribute('aria-busy', 'false');
      return;
    }
    document.documentElement.lang = me.language;
    window.addEventListener('hashchange', show);
    show();
  }

  document.addEventListener('DOMContentLoaded', start);
  return { screen, api, t, el, alert, saved, title, go, Refused, me: () => me, telegram: tg };
})();
