/* The admin console: the simulator's control plane over /api/v1/admin. */
(function () {
  'use strict';

  var D = window.BsaDemo;
  var el = D.el;
  /** The user statuses (the API's values) and what the console calls them. */
  var STATUSES = {
    ACTIVE: 'Active',
    UNAPPROVED: 'Not approved (5005)',
    TEMPORARILY_SUSPENDED: 'Temporarily suspended (5006)',
    PERMANENTLY_SUSPENDED: 'Permanently suspended (5007)',
    WITHDRAWN: 'Withdrawn (5008)'
  };
  /** The phone behaviours (the API's values) and what the console calls them. */
  var MODES = {
    MANUAL: 'Manual: answer on the phone page',
    AUTO_APPROVE: 'Approves by itself',
    AUTO_REJECT: 'Rejects by itself (5010)',
    NEVER_ANSWER: 'Never answers (5001)'
  };
  var LOGIN_TYPES = ['PUSH', 'OTP', 'TOTP', 'QR'];
  var MAX_LOG_LINES = 300;

  var clients = [];
  var clockState = null;
  var stream = null;
  var refreshTimer = null;

  function $(id) {
    return document.getElementById(id);
  }

  function say(text, kind) {
    var box = $('console-message');
    D.clear(box);
    if (text) {
      box.appendChild(el('div', { className: 'alert ' + (kind || 'info') }, text));
    }
  }

  function failed(what) {
    return function (error) {
      if (error.status === 401) {
        D.setAdminToken('');
        showSignIn('The admin token was not accepted. Paste the current one.');
        return;
      }
      say(what + ' failed: ' + (error.code ? error.code + ' ' : '') + error.message + (error.detail ? ' (' + error.detail + ')' : ''), 'error');
    };
  }

  function encode(value) {
    return encodeURIComponent(value);
  }

  // --- sign in

  function showSignIn(message) {
    $('console').hidden = true;
    $('signin').hidden = false;
    $('signin-error').textContent = message || '';
    if (stream) {
      stream.abort();
      stream = null;
    }
  }

  $('signin-form').addEventListener('submit', function (event) {
    event.preventDefault();
    D.setAdminToken($('admin-token').value.trim());
    open();
  });

  function open() {
    if (!D.adminToken()) {
      showSignIn();
      return;
    }
    D.admin.get('/clock').then(function (clock) {
      $('signin').hidden = true;
      $('console').hidden = false;
      showClock(clock);
      refreshAll();
      streamEvents();
    }, function (error) {
      if (error.status === 401) {
        D.setAdminToken('');
        showSignIn('That admin token was not accepted.');
      } else {
        showSignIn('The simulator cannot be reached: ' + error.message);
      }
    });
  }

  function refreshAll() {
    loadClock();
    loadDirectory();
    loadFaults();
    loadOutcomes();
    loadSettings();
    loadSessions();
  }

  /** Refreshes what events change, at most once per half second. */
  function refreshSoon() {
    if (refreshTimer) {
      return;
    }
    refreshTimer = setTimeout(function () {
      refreshTimer = null;
      loadSessions();
      loadFaults();
      loadClock();
    }, 500);
  }

  // --- clock and reset

  function loadClock() {
    D.admin.get('/clock').then(showClock, failed('Reading the clock'));
  }

  function showClock(clock) {
    clockState = clock;
    $('clock-now').textContent = clock.now.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
    $('clock-kind').textContent = clock.virtual ? 'Virtual clock' : 'System clock';
    $('clock-kind').className = 'badge ' + (clock.virtual ? 'brand' : '');
    var buttons = document.querySelectorAll('#clock-form button, [data-advance]');
    Array.prototype.forEach.call(buttons, function (button) { button.disabled = !clock.virtual; });
    $('clock-seconds').disabled = !clock.virtual;
    $('clock-hint').textContent = clock.virtual
      ? 'Time stands still until you advance it: deadlines, OTP validity and TOTP steps follow.'
      : 'The system clock cannot be moved. Start with --clock virtual to control time.';
  }

  function advance(seconds) {
    D.admin.post('/clock/advance', { seconds: seconds }).then(function (result) {
      say('Advanced the clock by ' + seconds + ' s; ' + result.expired + ' session(s) timed out.', 'success');
      loadClock();
      loadSessions();
    }, failed('Advancing the clock'));
  }

  $('clock-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var seconds = parseInt($('clock-seconds').value, 10);
    if (seconds > 0) {
      advance(seconds);
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-advance]'), function (button) {
    button.addEventListener('click', function () { advance(parseInt(button.getAttribute('data-advance'), 10)); });
  });

  $('reset').addEventListener('click', function () {
    $('reset-confirm').hidden = false;
    $('reset-yes').focus();
  });
  $('reset-no').addEventListener('click', function () {
    $('reset-confirm').hidden = true;
    $('reset').focus();
  });
  $('reset-yes').addEventListener('click', function () {
    $('reset-confirm').hidden = true;
    D.admin.post('/reset').then(function () {
      say('The simulator was reset and the seed loaded again.', 'success');
      refreshAll();
    }, failed('Reset'));
  });

  // --- users and clients

  /** Reads users, clients, links and every user's phone behaviour, then shows them all at once. */
  function loadDirectory() {
    Promise.all([D.admin.get('/users'), D.admin.get('/clients'), D.admin.get('/links')]).then(function (parts) {
      return Promise.all(parts[0].map(function (user) {
        return D.admin.get('/users/' + encode(user.userKey) + '/phone');
      })).then(function (phones) {
        clients = parts[1];
        showClients(parts[1]);
        showUsers(parts[0], parts[2], phones);
      });
    }).catch(failed('Reading users and clients'));
  }

  /** A select of {@code labels}' keys, each shown by its label. */
  function select(id, labels, current, label) {
    var node = el('select', { id: id, 'aria-label': label });
    Object.keys(labels).forEach(function (value) {
      node.appendChild(el('option', { value: value, selected: value === current }, labels[value]));
    });
    return node;
  }

  function showUsers(users, links, phones) {
    var body = D.clear($('users'));
    users.forEach(function (user, index) {
      var key = user.userKey;
      var phone = phones[index];
      var linked = {};
      links.forEach(function (link) {
        if (link.userKey === key) {
          linked[link.clientKey] = true;
        }
      });
      var status = select('user-status-' + key, STATUSES, user.status, 'Status of ' + key);
      status.addEventListener('change', function () {
        D.admin.put('/users/' + encode(key), { status: status.value }).then(function () {
          say(key + ' is now ' + STATUSES[status.value] + '.', 'success');
        }, failed('Changing ' + key));
      });

      var mode = select('user-mode-' + key, MODES, phone.mode, 'Phone behaviour of ' + key);
      var delay = el('input', { id: 'user-delay-' + key, type: 'number', min: '0', step: '100', value: String(phone.delayMillis),
        style: 'width:6.5rem', 'aria-label': 'Delay in milliseconds for ' + key });
      var saveMode = el('button', { type: 'button', className: 'secondary small', id: 'user-mode-save-' + key }, 'Save');
      saveMode.addEventListener('click', function () {
        D.admin.put('/users/' + encode(key) + '/phone', { mode: mode.value, delayMillis: parseInt(delay.value || '0', 10) })
          .then(function () { say(key + '’s phone: ' + MODES[mode.value] + '.', 'success'); }, failed('Changing ' + key + '’s phone'));
      });

      var deviceCell = el('div', { className: 'inline' },
        el('span', { className: 'badge ' + (user.deviceRegistered ? 'ok' : 'warn') }, user.deviceRegistered ? 'Registered' : 'None'),
        el('button', { type: 'button', className: 'secondary small', onclick: function () { issueToken(key); } }, 'New token'),
        user.deviceRegistered
          ? el('button', { type: 'button', className: 'danger small', onclick: function () { removeDevice(key); } }, 'Remove')
          : null);

      var linkCell = el('div', { className: 'checks' });
      clients.forEach(function (client) {
        var box = el('input', { type: 'checkbox', id: 'link-' + key + '-' + client.clientKey, checked: !!linked[client.clientKey] });
        box.addEventListener('change', function () {
          var path = '/links/' + encode(key) + '/' + encode(client.clientKey);
          (box.checked ? D.admin.put(path, {}) : D.admin.del(path)).then(function () {
            say(key + (box.checked ? ' linked ' : ' unlinked ') + client.clientKey + '.', 'success');
          }, failed('Changing the link'));
        });
        linkCell.appendChild(el('label', { 'for': box.id }, box, client.clientKey));
      });

      body.appendChild(el('tr', { 'data-user': key },
        el('th', { scope: 'row' }, key),
        el('td', {}, status),
        el('td', {}, deviceCell),
        el('td', {}, el('div', { className: 'inline' }, mode, delay, el('span', { className: 'hint' }, 'ms'), saveMode)),
        el('td', {}, linkCell)));
    });
  }

  function issueToken(key) {
    D.admin.post('/users/' + encode(key) + '/device').then(function (issued) {
      say(el('span', {}, 'New device token for ' + key + ': ', el('code', { id: 'issued-token' }, issued.deviceToken),
        ' (the previous one no longer works).'), 'success');
      loadDirectory();
    }, failed('Issuing a device token'));
  }

  function removeDevice(key) {
    D.admin.del('/users/' + encode(key) + '/device').then(function () {
      say(key + ' has no registered phone now.', 'success');
      loadDirectory();
    }, failed('Removing the phone'));
  }

  $('user-add').addEventListener('submit', function (event) {
    event.preventDefault();
    var key = $('new-user').value.trim();
    if (!key) {
      return;
    }
    D.admin.put('/users/' + encode(key), {}).then(function () {
      $('new-user').value = '';
      say('Added ' + key + ' (active, no phone yet).', 'success');
      loadDirectory();
    }, failed('Adding ' + key));
  });

  function showClients(list) {
    var body = D.clear($('clients'));
    list.forEach(function (client) {
      var key = client.clientKey;
      var name = el('input', { id: 'client-name-' + key, value: client.name, 'aria-label': 'Name of ' + key });
      var types = el('div', { className: 'checks' });
      LOGIN_TYPES.forEach(function (type) {
        var box = el('input', { type: 'checkbox', id: 'client-type-' + key + '-' + type, value: type,
          checked: client.loginTypes.indexOf(type) >= 0 });
        types.appendChild(el('label', { 'for': box.id }, box, type));
      });
      var save = el('button', { type: 'button', className: 'secondary small', id: 'client-save-' + key }, 'Save');
      save.addEventListener('click', function () {
        var chosen = Array.prototype.filter.call(types.querySelectorAll('input'), function (box) { return box.checked; })
          .map(function (box) { return box.value; });
        D.admin.put('/clients/' + encode(key), { name: name.value, loginTypes: chosen }).then(function () {
          say('Saved ' + key + '.', 'success');
        }, failed('Saving ' + key));
      });
      body.appendChild(el('tr', { 'data-client': key },
        el('th', { scope: 'row' }, el('code', {}, key)),
        el('td', {}, name),
        el('td', {}, types),
        el('td', {}, save)));
    });
  }

  $('client-add').addEventListener('submit', function (event) {
    event.preventDefault();
    var key = $('new-client').value.trim();
    if (!key) {
      return;
    }
    D.admin.put('/clients/' + encode(key), { name: key, loginTypes: LOGIN_TYPES }).then(function () {
      $('new-client').value = '';
      say('Added the client ' + key + ' with every login type.', 'success');
      loadDirectory();
    }, failed('Adding ' + key));
  });

  // --- faults and settings

  var FAULT_KINDS = ['channel', 'push', 'node', 'server'];

  // A count the user has typed, pasted or cleared and not yet queued is theirs: a refresh (events arrive at any
  // time) leaves it alone. 'change' counts too: clearing a field by script or autofill fires no 'input'.
  FAULT_KINDS.forEach(function (kind) {
    ['input', 'change'].forEach(function (type) {
      $('fault-' + kind).addEventListener(type, function (event) {
        event.target.dataset.edited = 'true';
      });
    });
  });

  function showFaults(faults) {
    FAULT_KINDS.forEach(function (kind) {
      var input = $('fault-' + kind);
      if (document.activeElement !== input && input.dataset.edited !== 'true') {
        input.value = String(faults[kind]);
      }
    });
  }

  function loadFaults() {
    D.admin.get('/faults').then(showFaults, failed('Reading the faults'));
  }

  $('faults-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = {};
    FAULT_KINDS.forEach(function (kind) {
      body[kind] = parseInt($('fault-' + kind).value || '0', 10);
    });
    D.admin.put('/faults', body).then(function (faults) {
      FAULT_KINDS.forEach(function (kind) {
        delete $('fault-' + kind).dataset.edited;
      });
      showFaults(faults);
      say('Queued faults: channel ' + faults.channel + ', push ' + faults.push + ', node ' + faults.node
          + ', server ' + faults.server + '.', 'success');
    }, failed('Queueing faults'));
  });

  var outcomes = [];

  function loadOutcomes() {
    D.admin.get('/outcomes').then(function (catalogue) {
      outcomes = catalogue;
      var select = $('outcome-choice');
      var chosen = select.value;
      D.clear(select);
      catalogue.forEach(function (entry) {
        select.appendChild(el('option', { value: entry.outcome,
          text: entry.outcome + (entry.code ? ' (' + entry.code + ')' : '') }));
      });
      if (chosen) {
        select.value = chosen;
      }
      describeOutcome();
    }, failed('Reading the outcome catalogue'));
  }

  function describeOutcome() {
    var entry = outcomes.filter(function (o) { return o.outcome === $('outcome-choice').value; })[0];
    $('outcome-meaning').textContent = entry
      ? entry.userSees + ' — ' + entry.siteShould + (entry.namesUser ? '' : ' (no user needed)')
      : '';
    $('outcome-user').disabled = !!entry && !entry.namesUser;
  }

  $('outcome-choice').addEventListener('change', describeOutcome);

  $('outcome-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var entry = outcomes.filter(function (o) { return o.outcome === $('outcome-choice').value; })[0];
    var body = { outcome: $('outcome-choice').value };
    var user = $('outcome-user').value.trim();
    if (entry && entry.namesUser && user) {
      body.userKey = user;
    }
    D.admin.post('/outcomes/next', body).then(function (arranged) {
      say('Arranged ' + arranged.outcome + ': ' + arranged.how + '.', 'success');
      loadFaults();
    }, failed('Arranging the next outcome'));
  });

  function loadSettings() {
    D.admin.get('/settings').then(function (settings) {
      $('set-deadline').value = settings.authDeadlineSeconds;
      $('set-otp-validity').value = settings.appOtp.validitySeconds;
      $('set-otp-digits').value = settings.appOtp.digits;
      $('set-totp-limit').value = settings.totp.dailyLimit;
      $('set-totp-step').value = settings.totp.stepSeconds;
      $('set-totp-window').value = settings.totp.window;
      $('set-totp-digits').value = settings.totp.digits;
      $('set-totp-algorithm').value = settings.totp.algorithm;
      $('set-totp-zone').value = settings.totp.dayZone;
    }, failed('Reading the settings'));
  }

  function number(id) {
    return parseInt($(id).value, 10);
  }

  $('settings-form').addEventListener('submit', function (event) {
    event.preventDefault();
    D.admin.put('/settings', {
      authDeadlineSeconds: number('set-deadline'),
      appOtp: { digits: number('set-otp-digits'), validitySeconds: number('set-otp-validity') },
      totp: {
        algorithm: $('set-totp-algorithm').value, digits: number('set-totp-digits'), stepSeconds: number('set-totp-step'),
        window: number('set-totp-window'), dailyLimit: number('set-totp-limit'), dayZone: $('set-totp-zone').value.trim()
      }
    }).then(function () {
      say('Settings saved.', 'success');
      loadSettings();
    }, failed('Saving the settings'));
  });

  // --- sessions

  function loadSessions() {
    D.admin.get('/sessions?limit=15').then(function (sessions) {
      var body = D.clear($('sessions'));
      if (!sessions.length) {
        body.appendChild(el('tr', {}, el('td', { colspan: '6', className: 'hint' }, 'No login yet.')));
      }
      sessions.forEach(function (session) {
        var kind = session.status === 'AuthCompleted' ? 'ok'
          : /AuthFailed|AuthCanceled|AuthTimeout/.test(session.status) ? 'bad' : 'brand';
        body.appendChild(el('tr', {},
          el('td', {}, D.formatTime(session.createdAt)),
          el('td', {}, session.method),
          el('td', {}, session.userKey || '—'),
          el('td', {}, session.clientKey),
          el('td', {}, el('span', { className: 'badge ' + kind }, session.status)),
          el('td', {}, session.errorCode ? String(session.errorCode) : '')));
      });
    }, failed('Reading the sessions'));
  }

  $('sessions-refresh').addEventListener('click', loadSessions);

  // --- the live event stream (Server-Sent Events read with fetch, so the token goes in a header)

  var lastEventId = 0;

  function streamEvents() {
    if (stream) {
      stream.abort();
    }
    var controller = new AbortController();
    stream = controller;
    $('events-state').textContent = 'Connecting…';
    fetch('/api/v1/admin/events', {
      headers: { 'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + D.adminToken() },
      cache: 'no-store', signal: controller.signal
    }).then(function (response) {
      if (!response.ok || !response.body) {
        throw new Error('HTTP ' + response.status);
      }
      $('events-state').textContent = 'Live';
      $('events-state').className = 'badge ok';
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      var pump = function () {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            throw new Error('the stream ended');
          }
          buffer += decoder.decode(chunk.value, { stream: true });
          var blocks = buffer.split(/\r?\n\r?\n/);
          buffer = blocks.pop();
          blocks.forEach(readEvent);
          return pump();
        });
      };
      return pump();
    }).catch(function () {
      if (stream !== controller) {
        return;
      }
      $('events-state').textContent = 'Reconnecting…';
      $('events-state').className = 'badge warn';
      setTimeout(function () {
        if (stream === controller) {
          streamEvents();
        }
      }, 2000);
    });
  }

  function readEvent(block) {
    var data = [];
    block.split(/\r?\n/).forEach(function (line) {
      if (line.indexOf('data:') === 0) {
        data.push(line.slice(5).replace(/^ /, ''));
      }
    });
    if (!data.length) {
      return;
    }
    var event;
    try {
      event = JSON.parse(data.join('\n'));
    } catch (unreadable) {
      return;
    }
    if (event.id <= lastEventId) {
      return;
    }
    lastEventId = event.id;
    logEvent(event);
    if (event.type !== 'push') {
      refreshSoon();
    }
  }

  function describe(event) {
    var data = event.data || {};
    switch (event.type) {
      case 'status':
        return (data.method || '') + ' ' + (data.userKey || '(no user yet)') + ' → ' + data.status
          + (data.errorCode ? ' (' + data.errorCode + ')' : '');
      case 'push':
        return 'push to ' + data.userKey + ' for ' + (data.clientKey || data.sessionId);
      case 'clock':
        return 'advanced ' + data.advancedMillis + ' ms to ' + data.now + '; ' + data.expired + ' expired';
      default:
        return Object.keys(data).map(function (key) { return key + '=' + data[key]; }).join(' ');
    }
  }

  function logEvent(event) {
    var log = $('events');
    var atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 8;
    log.appendChild(el('li', { 'data-type': event.type },
      el('time', { datetime: event.at }, D.formatTime(event.at)),
      el('span', { className: 'type type-' + event.type }, event.type), ' ', describe(event)));
    while (log.children.length > MAX_LOG_LINES) {
      log.removeChild(log.firstChild);
    }
    if (atBottom) {
      log.scrollTop = log.scrollHeight;
    }
  }

  $('events-clear').addEventListener('click', function () { D.clear($('events')); });

  setInterval(function () {
    if (clockState && !$('console').hidden && !clockState.virtual) {
      loadClock();
    }
  }, 5000);

  open();
}());
