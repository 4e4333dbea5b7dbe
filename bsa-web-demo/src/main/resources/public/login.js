/* The demo login page: a website using bsa.js exactly as an integrator would. */
(function () {
  'use strict';

  var D = window.BsaDemo;
  var el = D.el;
  var clientKeyInput = document.getElementById('client-key');
  var bsa = null;
  var views = {};

  var HINTS = {
    2000: 'The client key is wrong: check the website settings.',
    2002: 'Something required is missing or malformed.',
    2008: 'No such user, or the user has no registered phone.',
    2010: 'A login for this user is already in progress: cancel it or wait for it to end.',
    3005: 'The code is wrong or expired: read it again from the phone.',
    3201: 'The user has not linked this website in the BSA app.',
    3301: 'This website has no login type configured.',
    5001: 'Nobody answered in time: start again.',
    5005: 'The user is not approved yet.',
    5006: 'The user is temporarily suspended.',
    5007: 'The user is permanently suspended.',
    5008: 'The user has withdrawn.',
    5010: 'The user rejected the login on the phone.',
    5011: 'The login was canceled.',
    5015: 'The channel could not be created (an injected fault?).',
    5017: 'The push could not be sent (an injected fault?).',
    5022: 'Node verification failed (an injected fault?).',
    5023: 'The QR code is invalid or expired.',
    5024: 'The QR code was opened by something other than the BSA app.',
    5026: 'Too many TOTP attempts today: use another way to sign in.'
  };

  /** The SDK, made again when the client key changes; the timers and feeds are wired once per instance. */
  function sdk() {
    var key = clientKeyInput.value.trim();
    if (!bsa || bsa.clientKey !== key) {
      var created = new BSA(key);
      created.setAuthTimer(function (seconds) { views.push.timer(seconds); });
      created.setAuthMessage(function (status) { views.push.status(status); });
      created.setOtpTimer(function (seconds) { views.otp.timer(seconds); });
      created.setOtpMessage(function (status) { views.otp.status(status); });
      created.setQrTimer(function (seconds) { views.qr.timer(seconds); });
      created.setQrMessage(function (status) { views.qr.status(status); });
      bsa = { clientKey: key, instance: created };
    }
    return bsa.instance;
  }

  /** The countdown, the status feed and the outcome of one flow's panel. */
  function FlowView(flow) {
    this.flow = flow;
    this.panel = document.getElementById('flow-' + flow);
    this.live = this.panel.querySelector('[data-live]');
    this.seconds = document.getElementById(flow + '-timer');
    this.meter = this.live ? this.live.querySelector('.meter > span') : null;
    this.announce = this.live ? this.live.querySelector('[data-timer-announce]') : null;
    this.feed = document.getElementById(flow + '-feed');
    this.outcome = document.getElementById(flow + '-outcome');
    this.start = document.getElementById(flow + '-start');
    this.cancel = document.getElementById(flow + '-cancel');
    this.total = 0;
  }

  FlowView.prototype.begin = function () {
    D.clear(this.outcome);
    if (this.live) {
      this.live.hidden = false;
      D.clear(this.feed);
      this.seconds.textContent = '--';
      this.seconds.parentNode.classList.remove('urgent', 'ended');
      this.meter.style.width = '100%';
      this.total = 0;
    }
    this.start.disabled = true;
    if (this.cancel) {
      this.cancel.disabled = false;
    }
  };

  /** The login is over: the form is ready again and the countdown, frozen where it stopped, is dimmed. */
  FlowView.prototype.end = function () {
    if (this.live) {
      this.seconds.parentNode.classList.add('ended');
    }
    this.start.disabled = false;
    if (this.cancel) {
      this.cancel.disabled = true;
    }
  };

  FlowView.prototype.timer = function (seconds) {
    this.total = Math.max(this.total, seconds);
    this.seconds.textContent = String(seconds);
    this.meter.style.width = (this.total ? (100 * seconds / this.total) : 0) + '%';
    this.seconds.parentNode.classList.toggle('urgent', seconds <= 10);
    if (seconds % 10 === 0 || seconds <= 5) {
      this.announce.textContent = seconds + ' seconds left';
    }
  };

  FlowView.prototype.status = function (status) {
    var className = status === 'AuthCompleted' ? 'terminal-ok'
      : (status === 'AuthFailed' || status === 'AuthCanceled' || status === 'AuthTimeout') ? 'terminal-bad' : null;
    this.feed.appendChild(el('li', { className: className, text: status }));
  };

  FlowView.prototype.success = function (tokens) {
    this.end();
    var decoded = null;
    try {
      decoded = D.decodeJwt(tokens.accessToken);
    } catch (notJwt) {
      decoded = null;
    }
    var id = this.flow;
    var payload = decoded ? decoded.payload : {};
    var facts = el('dl', { className: 'facts' },
      el('dt', { text: 'Subject (user)' }), el('dd', { id: id + '-claim-sub', text: payload.sub || '?' }),
      el('dt', { text: 'Audience (client)' }), el('dd', { text: payload.aud || '?' }),
      el('dt', { text: 'Method' }), el('dd', { text: payload.auth_method || '?' }),
      el('dt', { text: 'Issued' }), el('dd', { text: payload.iat ? D.formatEpochSeconds(payload.iat) : '?' }),
      el('dt', { text: 'Expires' }), el('dd', { text: payload.exp ? D.formatEpochSeconds(payload.exp) : '?' }));
    D.clear(this.outcome).appendChild(el('div', { className: 'alert success', id: id + '-success', role: 'status' },
      el('strong', { text: 'Signed in' + (payload.sub ? ' as ' + payload.sub : '') + '.' }),
      ' The website received an access token and a refresh token.',
      facts,
      el('div', { className: 'tokens' },
        el('div', {},
          el('h3', { text: 'Access token (JWT)' }),
          el('pre', { className: 'token', id: id + '-access-token', tabindex: '0', text: tokens.accessToken })),
        el('div', {},
          el('h3', { text: 'Refresh token' }),
          el('pre', { className: 'token', id: id + '-refresh-token', tabindex: '0', text: tokens.refreshToken })),
        el('div', { className: 'claims' },
          el('div', {},
            el('h3', { text: 'JWT header' }),
            el('pre', { className: 'json', id: id + '-jwt-header', text: decoded ? JSON.stringify(decoded.header, null, 2) : 'not a JWT' })),
          el('div', {},
            el('h3', { text: 'JWT payload (claims)' }),
            el('pre', { className: 'json', id: id + '-jwt-payload', text: decoded ? JSON.stringify(decoded.payload, null, 2) : 'not a JWT' }))))));
  };

  FlowView.prototype.error = function (code, message) {
    this.end();
    D.clear(this.outcome).appendChild(el('div', { className: 'alert error', id: this.flow + '-error', role: 'alert' },
      el('strong', { className: 'code', id: this.flow + '-error-code', text: String(code) }),
      el('span', { id: this.flow + '-error-message', text: message }),
      HINTS[code] ? el('p', { className: 'hint', style: 'margin: .4rem 0 0', text: HINTS[code] }) : null));
  };

  FlowView.prototype.cancelFailed = function (code, message) {
    this.outcome.appendChild(el('div', { className: 'alert warn', id: this.flow + '-cancel-error', role: 'alert' },
      el('strong', { className: 'code', text: String(code) }), 'Could not cancel: ' + message));
  };

  function onSubmit(formId, action) {
    document.getElementById(formId).addEventListener('submit', function (event) {
      event.preventDefault();
      action();
    });
  }

  // --- push

  var pushUser = null;
  onSubmit('push-form', function () {
    var view = views.push;
    pushUser = document.getElementById('push-user').value.trim();
    view.begin();
    sdk().requestAuthCallback(pushUser,
      function (tokens) { view.success(tokens); },
      function (code, message) {
        view.error(code, message);
        if (code === 2010) {
          offerToCancelTheOtherLogin(pushUser);
        }
      });
  });

  /**
   * After 2010 another tab or browser has a login running for the user: onCancel(userKey) ends it
   * there (it gets 5011), and its callback hears the 5011 here, since no login of this page receives it.
   */
  function offerToCancelTheOtherLogin(user) {
    var button = el('button', { type: 'button', id: 'push-cancel-other', className: 'danger', text: 'Cancel the login running elsewhere' });
    button.addEventListener('click', function () {
      button.disabled = true;
      sdk().onCancel(user, function (code, message) {
        if (code === 5011) {
          views.push.outcome.appendChild(el('div', { className: 'alert info', id: 'push-canceled-elsewhere', role: 'status' },
            el('strong', { className: 'code', text: String(code) }),
            'The login running elsewhere for ' + user + ' was canceled: send the push again.'));
        } else {
          views.push.cancelFailed(code, message);
        }
      });
    });
    views.push.outcome.appendChild(el('p', { style: 'margin: .6rem 0 0' }, button));
  }
  document.getElementById('push-cancel').addEventListener('click', function () {
    sdk().onCancel(pushUser, function (code, message) { views.push.cancelFailed(code, message); });
  });

  // --- OTP

  var otpInput = document.getElementById('otp-code');
  var otpState = document.getElementById('otp-code-state');
  onSubmit('otp-form', function () {
    var view = views.otp;
    view.begin();
    view.live.hidden = true;
    otpState.textContent = 'Checking the code…';
    sdk().requestOtpCallback(otpInput,
      function (tokens) { view.success(tokens); },
      function (code, message) { view.error(code, message); },
      function () {
        otpState.textContent = 'Code accepted: approve the request on the phone.';
        view.live.hidden = false;
      },
      function (code, message) {
        otpState.textContent = 'The code was not accepted.';
        view.error(code, message);
      });
  });
  document.getElementById('otp-cancel').addEventListener('click', function () {
    sdk().onOtpCancel(otpInput, function (code, message) { views.otp.cancelFailed(code, message); });
  });

  // --- TOTP

  onSubmit('totp-form', function () {
    var view = views.totp;
    view.begin();
    sdk().requestTotpCallback(document.getElementById('totp-user').value.trim(), document.getElementById('totp-code').value,
      function (tokens) { view.success(tokens); },
      function (code, message) { view.error(code, message); });
  });

  // --- QR

  var qrCanvas = document.getElementById('qr-canvas');
  var qrPayload = document.getElementById('qr-payload');
  qrCanvas.addEventListener('bsa:qr', function (event) {
    qrPayload.textContent = event.detail.qrPayload;
    document.getElementById('qr-box').hidden = false;
    D.rememberLatestQr(event.detail.qrPayload);
  });
  document.getElementById('qr-start').addEventListener('click', function () {
    var view = views.qr;
    view.begin();
    qrPayload.textContent = '';
    qrCanvas.getContext('2d').clearRect(0, 0, qrCanvas.width, qrCanvas.height);
    sdk().requestQrCallback(qrCanvas,
      function (tokens) { view.success(tokens); document.getElementById('qr-box').hidden = true; },
      function (code, message) { view.error(code, message); document.getElementById('qr-box').hidden = true; });
  });
  document.getElementById('qr-cancel').addEventListener('click', function () {
    sdk().onQrCancel(qrCanvas, function (code, message) { views.qr.cancelFailed(code, message); });
  });
  document.getElementById('qr-copy').addEventListener('click', function () {
    if (navigator.clipboard) {
      navigator.clipboard.writeText(qrPayload.textContent).catch(function () { /* no clipboard here */ });
    }
  });

  // --- the page

  ['push', 'otp', 'totp', 'qr'].forEach(function (flow) { views[flow] = new FlowView(flow); });

  var tabs = D.wireTabs(document.querySelector('[role="tablist"]'));

  var people = document.getElementById('people');
  D.DEMO_USERS.forEach(function (user) {
    people.appendChild(el('li', {},
      el('button', {
        type: 'button', className: 'link who', 'aria-label': 'Use ' + user.key + ': ' + user.what,
        onclick: function () { useUser(user.key); }
      }, user.key),
      el('span', { className: 'what', text: user.what })));
  });

  function useUser(key) {
    var totpShown = !document.getElementById('flow-totp').hidden;
    var target = document.getElementById(totpShown ? 'totp-user' : 'push-user');
    if (!totpShown) {
      tabs.select(document.getElementById('tab-push'));
    }
    target.value = key;
    target.focus();
  }

  document.getElementById('server-url').textContent = new URL('.', document.querySelector('script[src$="bsa.js"]').src).href;
}());
