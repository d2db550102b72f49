// A test stub of telegram-web-app.js (https://telegram.org/js/telegram-web-app.js), served at
// /test/telegram-web-app.js from the test classpath in place of Telegram's script.
//
// Like the real script it reads what Telegram puts in the page's hash when it opens a Mini App:
//   #tgWebAppData=<initData, URL-encoded>&tgWebAppVersion=8.0&tgWebAppPlatform=android
//    &tgWebAppThemeParams=<theme JSON, URL-encoded>
// (tests build it with vn.thiduabot.support.Browser.telegramHash), keeps those parameters in sessionStorage
// so a reload after the app changed the hash still has them, and exposes the same public names as
// window.Telegram.WebApp. It applies the theme to the same CSS variables (--tg-theme-bg-color, ...).
//
// It talks to no Telegram client. What the real client would do is recorded for the test to read instead:
//   window.__telegramReady / __telegramExpanded / __telegramClosed   true once ready()/expand()/close() ran
//   window.__telegramAlerts, __telegramConfirms, __telegramPopups    messages shown, in order
//   window.__telegramConfirm = false                                  makes showConfirm answer "cancel"
//   window.__telegramSentData, __telegramOpenedLinks                  sendData()/openLink() arguments
//   window.__telegramEmit(eventType, ...args)                         fires an event as Telegram would
//                                                                     (e.g. 'mainButtonClicked')
//   window.__telegramSetTheme({bg_color: '#...', ...})                the user switched theme: new
//                                                                     variables, then 'themeChanged'
(function () {
  'use strict';

  function decode(s) {
    try {
      return decodeURIComponent(s.replace(/\+/g, '%20'));
    } catch (e) {
      return s;
    }
  }

  // "a=1&b=2" -> {a: '1', b: '2'} (the real script's urlParseQueryString)
  function parseQuery(query) {
    var params = {};
    if (!query) return params;
    query.split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i < 0) params[decode(pair)] = null;
      else params[decode(pair.substring(0, i))] = decode(pair.substring(i + 1));
    });
    return params;
  }

  function sessionGet(key) {
    try {
      return JSON.parse(sessionStorage.getItem('__telegram__' + key));
    } catch (e) {
      return null;
    }
  }

  function sessionSet(key, value) {
    try {
      sessionStorage.setItem('__telegram__' + key, JSON.stringify(value));
    } catch (e) { /* storage off: the parameters live for this page only */ }
  }

  // Launch parameters: the hash first, then what an earlier load of this tab stored.
  var hash = location.hash.replace(/^#/, '');
  var initParams = hash.indexOf('=') >= 0 ? parseQuery(hash.substring(hash.indexOf('?') + 1)) : {};
  var stored = sessionGet('initParams') || {};
  Object.keys(stored).forEach(function (key) {
    if (initParams[key] === undefined) initParams[key] = stored[key];
  });
  sessionSet('initParams', initParams);

  // initDataUnsafe: the initData fields, JSON values (user, receiver, chat) parsed, as the real script does.
  var initData = initParams.tgWebAppData || '';
  var initDataUnsafe = parseQuery(initData);
  Object.keys(initDataUnsafe).forEach(function (key) {
    var value = initDataUnsafe[key];
    if (value && /^[{[]/.test(value)) {
      try {
        initDataUnsafe[key] = JSON.parse(value);
      } catch (e) { /* left as text, like the real script */ }
    }
  });

  var root = document.documentElement;
  function setCss(name, value) {
    root.style.setProperty('--tg-' + name, value);
  }

  function isDark(hex) {
    var rgb = parseInt(hex.substring(1), 16);
    var r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
    return Math.sqrt(0.299 * r * r + 0.587 * g * g + 0.114 * b * b) < 120;
  }

  var themeParams = {};
  var colorScheme = 'light';
  function setThemeParams(params) {
    Object.keys(params).forEach(function (key) {
      var color = String(params[key]).toLowerCase();
      if (!/^#[0-9a-f]{6}$/.test(color)) return;
      themeParams[key] = color;
      if (key === 'bg_color') {
        colorScheme = isDark(color) ? 'dark' : 'light';
        setCss('color-scheme', colorScheme);
      }
      setCss('theme-' + key.split('_').join('-'), color);
    });
    sessionSet('themeParams', themeParams);
  }
  try {
    if (initParams.tgWebAppThemeParams) setThemeParams(JSON.parse(initParams.tgWebAppThemeParams));
  } catch (e) { /* a bad theme leaves the defaults, as in Telegram */ }
  if (!initParams.tgWebAppThemeParams && sessionGet('themeParams')) setThemeParams(sessionGet('themeParams'));

  // The page fills the whole webview: the viewport is the window.
  function setViewport() {
    setCss('viewport-height', window.innerHeight + 'px');
    setCss('viewport-stable-height', window.innerHeight + 'px');
  }
  setViewport();

  var handlers = {};
  function onEvent(type, callback) {
    (handlers[type] = handlers[type] || []).indexOf(callback) < 0 && handlers[type].push(callback);
  }
  function offEvent(type, callback) {
    var list = handlers[type] || [];
    var i = list.indexOf(callback);
    if (i >= 0) list.splice(i, 1);
  }
  function emit(type) {
    var args = Array.prototype.slice.call(arguments, 1);
    (handlers[type] || []).slice().forEach(function (callback) {
      callback.apply(WebApp, args);
    });
  }
  window.__telegramEmit = emit;

  function record(name, value) {
    (window[name] = window[name] || []).push(value);
  }
  // Telegram answers popups after the user taps; here on the next turn of the event loop.
  function later(callback, value) {
    if (typeof callback === 'function') setTimeout(function () { callback(value); }, 0);
  }

  function bottomButton(type, eventName) {
    var button = {
      type: type,
      text: type === 'main' ? 'Continue' : '',
      color: themeParams.button_color || '#2481cc',
      textColor: themeParams.button_text_color || '#ffffff',
      isVisible: false,
      isActive: true,
      isProgressVisible: false,
      setText: function (text) { button.text = String(text); return button; },
      onClick: function (callback) { onEvent(eventName, callback); return button; },
      offClick: function (callback) { offEvent(eventName, callback); return button; },
      show: function () { button.isVisible = true; return button; },
      hide: function () { button.isVisible = false; return button; },
      enable: function () { button.isActive = true; return button; },
      disable: function () { button.isActive = false; return button; },
      showProgress: function () { button.isProgressVisible = true; return button; },
      hideProgress: function () { button.isProgressVisible = false; return button; },
      setParams: function (params) {
        if ('text' in params) button.text = String(params.text);
        if ('color' in params) button.color = params.color;
        if ('text_color' in params) button.textColor = params.text_color;
        if ('is_visible' in params) button.isVisible = !!params.is_visible;
        if ('is_active' in params) button.isActive = !!params.is_active;
        return button;
      }
    };
    return button;
  }

  var backButton = {
    isVisible: false,
    onClick: function (callback) { onEvent('backButtonClicked', callback); return backButton; },
    offClick: function (callback) { offEvent('backButtonClicked', callback); return backButton; },
    show: function () { backButton.isVisible = true; return backButton; },
    hide: function () { backButton.isVisible = false; return backButton; }
  };

  var haptic = {
    impactOccurred: function () { return haptic; },
    notificationOccurred: function () { return haptic; },
    selectionChanged: function () { return haptic; }
  };

  var version = initParams.tgWebAppVersion || '6.0';
  function versionAtLeast(wanted) {
    var a = version.split('.'), b = String(wanted).split('.');
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = parseInt(a[i] || '0', 10), y = parseInt(b[i] || '0', 10);
      if (x !== y) return x > y;
    }
    return true;
  }

  var WebApp = {
    initData: initData,
    initDataUnsafe: initDataUnsafe,
    version: version,
    platform: initParams.tgWebAppPlatform || 'unknown',
    themeParams: themeParams,
    isExpanded: true,
    isClosingConfirmationEnabled: false,
    headerColor: themeParams.bg_color,
    backgroundColor: themeParams.bg_color,
    MainButton: bottomButton('main', 'mainButtonClicked'),
    SecondaryButton: bottomButton('secondary', 'secondaryButtonClicked'),
    BackButton: backButton,
    HapticFeedback: haptic,
    isVersionAtLeast: versionAtLeast,
    onEvent: onEvent,
    offEvent: offEvent,
    ready: function () { window.__telegramReady = true; },
    expand: function () { window.__telegramExpanded = true; WebApp.isExpanded = true; },
    close: function () { window.__telegramClosed = true; },
    enableClosingConfirmation: function () { WebApp.isClosingConfirmationEnabled = true; },
    disableClosingConfirmation: function () { WebApp.isClosingConfirmationEnabled = false; },
    setHeaderColor: function (color) { WebApp.headerColor = color; },
    setBackgroundColor: function (color) { WebApp.backgroundColor = color; },
    sendData: function (data) { record('__telegramSentData', String(data)); },
    openLink: function (url) { record('__telegramOpenedLinks', String(url)); },
    openTelegramLink: function (url) { record('__telegramOpenedLinks', String(url)); },
    showAlert: function (message, callback) {
      record('__telegramAlerts', String(message));
      later(callback);
    },
    showConfirm: function (message, callback) {
      record('__telegramConfirms', String(message));
      later(callback, window.__telegramConfirm !== false);
    },
    // answers with the first button's id (or null without buttons), as if the user tapped it
    showPopup: function (params, callback) {
      record('__telegramPopups', params);
      var buttons = params.buttons || [{id: ''}];
      later(callback, buttons.length ? (buttons[0].id || '') : null);
    }
  };
  Object.defineProperty(WebApp, 'colorScheme', {get: function () { return colorScheme; }});
  Object.defineProperty(WebApp, 'viewportHeight', {get: function () { return window.innerHeight; }});
  Object.defineProperty(WebApp, 'viewportStableHeight', {get: function () { return window.innerHeight; }});

  // The user switched Telegram's theme: new colours and variables first, then the event (as the real script).
  window.__telegramSetTheme = function (params) {
    setThemeParams(params);
    emit('themeChanged');
  };
  window.addEventListener('resize', function () {
    setViewport();
    emit('viewportChanged', {isStateStable: true});
  });

  window.Telegram = window.Telegram || {};
  window.Telegram.WebApp = WebApp;
})();
