/* The virtual phone: the BSA app of one user, over the simulator's device API. */
(function () {
  'use strict';

  var D = window.BsaDemo;
  var el = D.el;
  var TOKENS_KEY = 'bsa-demo.deviceTokens';
  var USER_KEY = 'bsa-demo.phoneUser';
  var POLL_MS = 1000;

  var phone = null;            // {user, token, api}
  var inboxTimer = null;
  var totpTimer = null;
  var otpTimer = null;
  var cards = {};              // sessionId -> card element

  function $(id) {
    return document.getElementById(id);
  }

  function announce(text) {
    $('phone-announce').textContent = text;
  }

  function storedTokens() {
    try {
      return JSON.parse(localStorage.getItem(TOKENS_KEY) || '{}');
    } catch (unreadable) {
      return {};
    }
  }

  function storeToken(user, token) {
    var tokens = storedTokens();
    tokens[user] = token;
    localStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
  }

  /** Resolves with the device's owner when {@code token} is a working device token of {@code user}. */
  function check(user, token) {
    return D.device(token).get('/me').then(function (me) {
      if (me.userKey !== user) {
        throw new Error('that token belongs to ' + me.userKey);
      }
      return me;
    });
  }

  /** Finds a device token for {@code user}: the one this browser kept, the demo seed's, or asks. */
  function connect(user) {
    var candidates = [];
    var kept = storedTokens()[user];
    if (kept) {
      candidates.push(kept);
    }
    candidates.push('demo-device-' + user);
    $('setup-message').textContent = 'Connecting to ' + user + '’s account…';
    $('setup-register').hidden = true;
    $('token-form').hidden = true;
    var attempt = function (index) {
      if (index >= candidates.length) {
        return Promise.reject(new Error('no known device token'));
      }
      return check(user, candidates[index]).then(function (me) {
        return { me: me, token: candidates[index] };
      }, function () {
        return attempt(index + 1);
      });
    };
    attempt(0).then(function (found) {
      use(user, found.token, found.me);
    }, function () {
      $('setup-message').textContent = 'This browser has no working device token for ' + user + '.';
      if (D.adminToken()) {
        $('setup-register').hidden = false;
      }
      $('token-form').hidden = false;
    });
  }

  function register(user) {
    D.admin.post('/users/' + encodeURIComponent(user) + '/device').then(function (issued) {
      storeToken(user, issued.deviceToken);
      return check(user, issued.deviceToken).then(function (me) {
        use(user, issued.deviceToken, me);
      });
    }).catch(function (failed) {
      $('setup-message').textContent = 'Could not register the phone: ' + failed.message
        + (failed.status === 401 ? ' (the admin token is missing or old; open the console link the simulator printed)' : '');
    });
  }

  function use(user, token, me) {
    phone = { user: user, token: token, api: D.device(token) };
    localStorage.setItem(USER_KEY, user);
    $('setup').hidden = true;
    $('app').hidden = false;
    $('phone-owner').textContent = 'Signed in as ' + user;
    $('device-card').hidden = false;
    $('me-user').textContent = me.userKey;
    $('me-status').textContent = me.status;
    $('me-phone').textContent = me.phone.mode === 'MANUAL' ? 'You answer (manual)'
      : me.phone.mode + (me.phone.delayMillis ? ' after ' + me.phone.delayMillis + ' ms' : '');
    $('me-token').textContent = token;
    announce('Phone ready for ' + user);
    startInbox();
    refreshLatestQr();
  }

  function disconnect() {
    phone = null;
    stopInbox();
    stopTotp();
    localStorage.removeItem(USER_KEY);
    $('app').hidden = true;
    $('setup').hidden = false;
    $('device-card').hidden = true;
    $('phone-owner').textContent = 'No user chosen';
    $('setup-message').textContent = '';
    $('phone-user').focus();
  }

  // --- the inbox

  function startInbox() {
    stopInbox();
    pollInbox();
    inboxTimer = setInterval(pollInbox, POLL_MS);
  }

  function stopInbox() {
    if (inboxTimer) {
      clearInterval(inboxTimer);
      inboxTimer = null;
    }
    D.clear($('pushes'));
    cards = {};
  }

  function pollInbox() {
    var current = phone;
    if (!current) {
      return;
    }
    current.api.get('/pushes').then(function (pushes) {
      if (phone === current) {
        showPushes(pushes);
      }
    }, function () { /* the next poll tries again */ });
  }

  function showPushes(pushes) {
    var seen = {};
    pushes.forEach(function (push) {
      seen[push.sessionId] = true;
      var card = cards[push.sessionId];
      if (!card) {
        card = pushCard(push);
        cards[push.sessionId] = card;
        $('pushes').appendChild(card);
        announce('New login request from ' + push.clientName);
      }
      card.querySelector('[data-left]').textContent = push.remainingSeconds + ' s';
    });
    Object.keys(cards).forEach(function (sessionId) {
      if (!seen[sessionId] && !cards[sessionId].getAttribute('data-busy')) {
        cards[sessionId].remove();
        delete cards[sessionId];
      }
    });
    var count = Object.keys(cards).length;
    $('request-count').hidden = count === 0;
    $('request-count').textContent = String(count);
    $('pushes-empty').hidden = count > 0;
  }

  var METHOD_NAMES = { PUSH: 'Push', OTP: 'OTP', QR: 'QR' };

  function pushCard(push) {
    var titleId = 'push-title-' + push.sessionId;
    var card = el('article', { className: 'push', 'data-session-id': push.sessionId, 'aria-labelledby': titleId },
      el('div', { className: 'push-title', id: titleId }, push.clientName + ' wants you to sign in'),
      el('div', { className: 'hint' },
        el('span', { className: 'badge brand', text: METHOD_NAMES[push.method] || push.method }), ' ',
        'Expires in ', el('span', { 'data-left': '' }, push.remainingSeconds + ' s')),
      el('div', { className: 'actions' },
        el('button', { type: 'button', className: 'approve', 'data-action': 'approve', onclick: function () { answer(push, 'approve', card); } }, 'Approve'),
        el('button', { type: 'button', className: 'danger', 'data-action': 'reject', onclick: function () { answer(push, 'reject', card); } }, 'Reject')),
      el('p', { className: 'hint', 'data-result': '', style: 'margin:.5rem 0 0' }));
    return card;
  }

  function answer(push, action, card) {
    card.setAttribute('data-busy', 'true');
    Array.prototype.forEach.call(card.querySelectorAll('button'), function (button) { button.disabled = true; });
    phone.api.post('/pushes/' + encodeURIComponent(push.sessionId) + '/' + action).then(function (result) {
      var text = action === 'approve' ? 'Approved: the website signs you in.' : 'Rejected.';
      card.querySelector('[data-result]').textContent = text + ' (' + result.status + ')';
      announce(text);
    }, function (failed) {
      card.querySelector('[data-result]').textContent = 'Failed: ' + failed.code + ' ' + failed.message;
    }).then(function () {
      setTimeout(function () {
        card.removeAttribute('data-busy');
        pollInbox();
      }, 1500);
    });
  }

  // --- OTP

  function generateOtp() {
    $('otp-error').textContent = '';
    phone.api.post('/otp').then(function (otp) {
      $('otp-box').hidden = false;
      $('otp-value').textContent = otp.code;
      $('otp-generate').textContent = 'Get a new code';
      var total = otp.remainingSeconds;
      var deadline = performance.now() + total * 1000;
      var render = function () {
        var left = Math.max(0, Math.round((deadline - performance.now()) / 1000));
        $('otp-left').textContent = left > 0 ? 'Valid for ' + left + ' s' : 'Expired: get a new code';
        $('otp-meter').style.width = (100 * left / total) + '%';
        if (left === 0) {
          clearInterval(otpTimer);
        }
      };
      clearInterval(otpTimer);
      render();
      otpTimer = setInterval(render, 1000);
      announce('OTP code ' + otp.code.split('').join(' '));
    }, function (failed) {
      $('otp-error').textContent = failed.code + ' ' + failed.message;
    });
  }

  // --- TOTP

  function startTotp() {
    stopTotp();
    pollTotp();
    totpTimer = setInterval(pollTotp, POLL_MS);
  }

  function stopTotp() {
    if (totpTimer) {
      clearInterval(totpTimer);
      totpTimer = null;
    }
  }

  function pollTotp() {
    if (!phone) {
      return;
    }
    phone.api.get('/totp').then(function (totp) {
      $('totp-error').textContent = '';
      $('totp-value').textContent = totp.code;
      $('totp-left').textContent = String(totp.remainingSeconds);
      $('totp-meter').style.width = (100 * totp.remainingSeconds / totp.stepSeconds) + '%';
    }, function (failed) {
      $('totp-error').textContent = failed.code + ' ' + failed.message;
    });
  }

  // --- QR

  function refreshLatestQr() {
    var latest = D.latestQr();
    var fresh = latest && Date.now() - latest.at < 10 * 60 * 1000;
    $('qr-latest').hidden = !fresh;
    $('qr-none').hidden = !!fresh;
    if (fresh) {
      $('qr-latest-payload').textContent = latest.payload;
    }
  }

  function scan(payload) {
    $('qr-result').textContent = 'Scanning…';
    phone.api.post('/qr/scan', { qrPayload: payload }).then(function (scanned) {
      $('qr-result').textContent = 'Scanned. Approve the request under Requests (' + scanned.status + ').';
      tabs.select($('tab-requests'));
      pollInbox();
    }, function (failed) {
      $('qr-result').textContent = 'Scan failed: ' + failed.code + ' ' + failed.message;
    });
  }

  // --- the page

  var tabs = D.wireTabs(document.querySelector('#app [role="tablist"]'), function (tab) {
    if (tab.id === 'tab-totp' && phone) {
      startTotp();
    } else {
      stopTotp();
    }
    if (tab.id === 'tab-scan') {
      refreshLatestQr();
    }
  });

  window.addEventListener('storage', function (event) {
    if (event.key === D.LATEST_QR_KEY) {
      refreshLatestQr();
    }
  });

  $('setup-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var user = $('phone-user').value.trim();
    if (user) {
      connect(user);
    }
  });
  $('phone-register').addEventListener('click', function () {
    register($('phone-user').value.trim());
  });
  $('token-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var user = $('phone-user').value.trim();
    var token = $('device-token').value.trim();
    check(user, token).then(function (me) {
      storeToken(user, token);
      use(user, token, me);
    }, function (failed) {
      $('setup-message').textContent = 'That token does not work for ' + user + ': ' + failed.message;
    });
  });
  $('phone-switch').addEventListener('click', disconnect);
  $('otp-generate').addEventListener('click', generateOtp);
  $('qr-scan-latest').addEventListener('click', function () {
    scan($('qr-latest-payload').textContent);
  });
  $('qr-form').addEventListener('submit', function (event) {
    event.preventDefault();
    if ($('qr-input').value.trim()) {
      scan($('qr-input').value.trim());
    }
  });

  function tickClock() {
    $('phone-clock').textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });
  }
  tickClock();
  setInterval(tickClock, 10000);

  function listUsers() {
    var list = $('phone-users');
    var fill = function (keys) {
      D.clear(list);
      keys.forEach(function (key) { list.appendChild(el('option', { value: key })); });
    };
    fill(D.DEMO_USERS.map(function (user) { return user.key; }));
    if (D.adminToken()) {
      D.admin.get('/users').then(function (users) {
        fill(users.map(function (user) { return user.userKey; }));
      }, function () { /* the demo users stay */ });
    }
  }
  listUsers();

  var wanted = new URLSearchParams(location.search).get('user') || localStorage.getItem(USER_KEY);
  if (wanted) {
    $('phone-user').value = wanted;
    connect(wanted);
  }
}());
