/*
 * What the demo pages share: the admin token (kept in this browser, sent only as a bearer header),
 * calls of the device and admin APIs, JWT decoding and small DOM builders. Not part of the SDK.
 */
(function (global) {
  'use strict';

  var ADMIN_TOKEN_KEY = 'bsa-demo.adminToken';
  var LATEST_QR_KEY = 'bsa-demo.latestQr';

  /** The demo seed's users, what each one shows, and the login that shows it. */
  var DEMO_USERS = [
    { key: 'alice', what: 'You answer on the phone page' },
    { key: 'bob', what: 'Approves by itself after 1.5 s' },
    { key: 'carol', what: 'Rejects by itself (5010)' },
    { key: 'dave', what: 'Never answers (5001)' },
    { key: 'erin', what: 'Not approved (5005)' },
    { key: 'frank', what: 'Temporarily suspended (5006)' },
    { key: 'grace', what: 'Permanently suspended (5007)' },
    { key: 'heidi', what: 'Withdrawn (5008)' },
    { key: 'ivan', what: 'No registered phone (2008)' },
    { key: 'judy', what: 'Has not linked the shop (3201)' }
  ];

  /** Takes #admin=TOKEN from the address into this browser's storage, and out of the address bar. */
  function captureAdminToken() {
    var match = /(?:^#|&)admin=([^&]+)/.exec(global.location.hash);
    if (!match) {
      return;
    }
    try {
      global.localStorage.setItem(ADMIN_TOKEN_KEY, decodeURIComponent(match[1]));
    } catch (storageOff) {
      global.sessionStorage.setItem(ADMIN_TOKEN_KEY, decodeURIComponent(match[1]));
    }
    global.history.replaceState(null, '', global.location.pathname + global.location.search);
  }

  function adminToken() {
    return global.localStorage.getItem(ADMIN_TOKEN_KEY) || global.sessionStorage.getItem(ADMIN_TOKEN_KEY) || '';
  }

  function setAdminToken(token) {
    if (token) {
      global.localStorage.setItem(ADMIN_TOKEN_KEY, token);
    } else {
      global.localStorage.removeItem(ADMIN_TOKEN_KEY);
      global.sessionStorage.removeItem(ADMIN_TOKEN_KEY);
    }
  }

  /** A JSON call of the simulator; resolves with the envelope's data, rejects with an Error carrying code and status. */
  function api(method, path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    if (options.deviceToken) {
      headers['X-BSA-Device-Token'] = options.deviceToken;
    }
    if (options.admin) {
      headers['Authorization'] = 'Bearer ' + adminToken();
    }
    var init = { method: method, headers: headers, cache: 'no-store' };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    return global.fetch(path, init).then(function (response) {
      return response.text().then(function (text) {
        var envelope = null;
        try {
          envelope = text ? JSON.parse(text) : null;
        } catch (notJson) {
          envelope = null;
        }
        if (envelope && envelope.rtCode === 0) {
          return envelope.data;
        }
        var error = new Error(envelope && envelope.rtMsg ? envelope.rtMsg : 'HTTP ' + response.status);
        error.code = envelope ? envelope.rtCode : 2001;
        error.status = response.status;
        error.detail = envelope && envelope.data ? envelope.data.detail : null;
        throw error;
      });
    });
  }

  function device(token) {
    return {
      get: function (path) { return api('GET', '/api/v1/device' + path, { deviceToken: token }); },
      post: function (path, body) { return api('POST', '/api/v1/device' + path, { deviceToken: token, body: body }); }
    };
  }

  var admin = {
    get: function (path) { return api('GET', '/api/v1/admin' + path, { admin: true }); },
    post: function (path, body) { return api('POST', '/api/v1/admin' + path, { admin: true, body: body === undefined ? {} : body }); },
    put: function (path, body) { return api('PUT', '/api/v1/admin' + path, { admin: true, body: body }); },
    del: function (path) { return api('DELETE', '/api/v1/admin' + path, { admin: true }); }
  };

  function base64UrlDecode(part) {
    var base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) {
      base64 += '=';
    }
    var binary = global.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return new TextDecoder().decode(bytes);
  }

  /** The header and payload of a JWT, decoded here in the page (the signature is not checked). */
  function decodeJwt(token) {
    var parts = String(token).split('.');
    if (parts.length !== 3) {
      throw new Error('not a JWT');
    }
    return { header: JSON.parse(base64UrlDecode(parts[0])), payload: JSON.parse(base64UrlDecode(parts[1])) };
  }

  /** el('li', {className: 'x', text: 'hi'}, child...) */
  function el(tag, props) {
    var node = document.createElement(tag);
    var key;
    props = props || {};
    for (key in props) {
      if (!Object.prototype.hasOwnProperty.call(props, key)) {
        continue;
      }
      if (key === 'text') {
        node.textContent = props[key];
      } else if (key === 'className') {
        node.className = props[key];
      } else if (key.indexOf('on') === 0 && typeof props[key] === 'function') {
        node.addEventListener(key.slice(2), props[key]);
      } else if (props[key] !== null && props[key] !== undefined && props[key] !== false) {
        node.setAttribute(key, props[key] === true ? '' : props[key]);
      }
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) {
        continue;
      }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  function formatTime(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? String(iso) : date.toLocaleTimeString([], { hour12: false });
  }

  function formatEpochSeconds(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
  }

  /** Arrow keys, Home and End move between the tabs of a [role=tablist]; selecting shows its panel. */
  function wireTabs(tablist, onSelect) {
    var tabs = Array.prototype.slice.call(tablist.querySelectorAll('[role="tab"]'));
    function select(tab, focus) {
      tabs.forEach(function (other) {
        var selected = other === tab;
        other.setAttribute('aria-selected', selected ? 'true' : 'false');
        other.tabIndex = selected ? 0 : -1;
        var panel = document.getElementById(other.getAttribute('aria-controls'));
        if (panel) {
          panel.hidden = !selected;
        }
      });
      if (focus) {
        tab.focus();
      }
      if (onSelect) {
        onSelect(tab);
      }
    }
    tabs.forEach(function (tab, index) {
      tab.addEventListener('click', function () { select(tab, false); });
      tab.addEventListener('keydown', function (event) {
        var next = null;
        if (event.key === 'ArrowRight') { next = tabs[(index + 1) % tabs.length]; }
        if (event.key === 'ArrowLeft') { next = tabs[(index - 1 + tabs.length) % tabs.length]; }
        if (event.key === 'Home') { next = tabs[0]; }
        if (event.key === 'End') { next = tabs[tabs.length - 1]; }
        if (next) {
          event.preventDefault();
          select(next, true);
        }
      });
    });
    var initial = tabs.filter(function (tab) { return tab.getAttribute('aria-selected') === 'true'; })[0] || tabs[0];
    select(initial, false);
    return { select: function (tab) { select(tab, false); } };
  }

  function rememberLatestQr(payload) {
    global.localStorage.setItem(LATEST_QR_KEY, JSON.stringify({ payload: payload, at: Date.now() }));
  }

  function latestQr() {
    try {
      return JSON.parse(global.localStorage.getItem(LATEST_QR_KEY) || 'null');
    } catch (unreadable) {
      return null;
    }
  }

  captureAdminToken();

  global.BsaDemo = {
    DEMO_USERS: DEMO_USERS,
    LATEST_QR_KEY: LATEST_QR_KEY,
    adminToken: adminToken,
    setAdminToken: setAdminToken,
    api: api,
    device: device,
    admin: admin,
    decodeJwt: decodeJwt,
    el: el,
    clear: clear,
    formatTime: formatTime,
    formatEpochSeconds: formatEpochSeconds,
    wireTabs: wireTabs,
    rememberLatestQr: rememberLatestQr,
    latestQr: latestQr
  };
}(window));
