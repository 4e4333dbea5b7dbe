/*!
 * bsa.js: the BSA-JS browser SDK, for the BSA Simulator. Plain JavaScript, no dependencies.
 *
 *   <script src="http://localhost:8080/bsa.js"></script>
 *   const bsa = new BSA("demo-client-key");          // also available as new Guardian(...)
 *   bsa.requestAuthCallback("alice", data => ..., (errorCode, errorMsg) => ...);
 *
 * Where the server is, first match wins:
 *   1. the script tag's data-bsa-url attribute   <script src="/js/bsa.js" data-bsa-url="http://localhost:8080">
 *   2. window.BSA_CONFIG = { baseUrl: "http://localhost:8080" }, set before `new BSA(...)`
 *   3. the folder the script was loaded from (http://localhost:8080/bsa.js -> http://localhost:8080)
 *
 * Callbacks: onSuccess({accessToken, refreshToken}); onError(errorCode: number, errorMsg: string).
 * A successful cancel ends the request itself with 5011 on its onError; the cancel's own callback
 * hears only a failed cancel (3100, 5019, ...). Timer callbacks get the whole seconds left, about once
 * a second, decreasing; message callbacks get each status once, in order. After a request's
 * terminal callback (onSuccess or onError) none of its callbacks is called again.
 */
(function (global) {
  'use strict';

  var VERSION = '0.1.0';
  var POLL_INTERVAL_MS = 1000;
  var MAX_UNREACHABLE_POLLS = 10;
  var SECOND_MS = 1000;

  var CODE = {
    SERVER_ERROR: 2001,
    INVALID_PARAMETER: 2002,
    AUTH_CANCELED: 5011,
    NO_AUTH_IN_PROGRESS: 5019
  };
  var MESSAGES = {
    2001: 'Server error',
    2002: 'Required parameter missing or malformed',
    5019: 'No authentication in progress'
  };
  /** Errors of the OTP code check, which go to onCodeError when there is one. */
  var CODE_STAGE_ERRORS = [2000, 2002, 3005, 3201, 3301];
  var TERMINAL = ['AuthCompleted', 'AuthFailed', 'AuthCanceled', 'AuthTimeout'];

  var loadingScript = global.document && global.document.currentScript;
  var attributeUrl = loadingScript && loadingScript.getAttribute('data-bsa-url');
  var scriptFolder = loadingScript && loadingScript.src ? folderOf(loadingScript.src) : null;

  function folderOf(url) {
    return new URL('.', new URL(url, global.location.href)).href;
  }

  function trimSlashes(url) {
    return String(url).replace(/\/+$/, '');
  }

  /** The server's base URL: the data-bsa-url attribute, BSA_CONFIG.baseUrl, or the script's folder. */
  function resolveBaseUrl() {
    var config = global.BSA_CONFIG || {};
    var chosen = attributeUrl || config.baseUrl || scriptFolder || global.location.origin;
    return trimSlashes(new URL(chosen, global.location.href).href);
  }

  function isFunction(value) {
    return typeof value === 'function';
  }

  /** Calls a page's callback; an exception thrown there is reported and never breaks the SDK. */
  function invoke(callback, args) {
    if (!isFunction(callback)) {
      return;
    }
    try {
      callback.apply(null, args);
    } catch (failure) {
      setTimeout(function () { throw failure; }, 0);
    }
  }

  function failure(code, message) {
    return { code: code, message: message || MESSAGES[code] || ('Error ' + code) };
  }

  // ---------------------------------------------------------------- HTTP

  /** One call of the website API; resolves with the envelope's data, rejects with {code, message}. */
  function callApi(baseUrl, clientKey, method, path, body) {
    var headers = { 'Accept': 'application/json', 'X-BSA-Client-Key': clientKey };
    var init = { method: method, headers: headers, cache: 'no-store', mode: 'cors', credentials: 'omit' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return global.fetch(baseUrl + path, init).then(function (response) {
      return response.text().then(function (text) {
        var envelope = null;
        try {
          envelope = text ? JSON.parse(text) : null;
        } catch (notJson) {
          envelope = null;
        }
        if (envelope && typeof envelope.rtCode === 'number') {
          if (envelope.rtCode === 0) {
            return envelope.data;
          }
          throw failure(envelope.rtCode, envelope.rtMsg);
        }
        throw failure(CODE.SERVER_ERROR, 'Unexpected response from the BSA server (HTTP ' + response.status + ')');
      });
    }, function (unreachable) {
      throw failure(CODE.SERVER_ERROR, 'The BSA server cannot be reached at ' + baseUrl + ' (' + unreachable.message + ')');
    });
  }

  // ---------------------------------------------------------------- countdown

  /**
   * The countdown behind set*Timer: the whole seconds left, at once and then about every second,
   * strictly decreasing, down to 0. It counts on the page's monotonic clock from the server's figure
   * and moves the deadline earlier when the server later reports less time left (a virtual clock).
   */
  function Countdown(emit) {
    this.emit = emit;
    this.deadline = 0;
    this.last = Infinity;
    this.timer = null;
    this.stopped = false;
  }

  Countdown.prototype.start = function (seconds) {
    if (this.stopped || this.timer !== null) {
      return;
    }
    var self = this;
    this.deadline = performance.now() + seconds * SECOND_MS;
    this.timer = setInterval(function () { self.tick(); }, SECOND_MS);
    this.tick();
  };

  Countdown.prototype.serverSays = function (seconds) {
    var reported = performance.now() + seconds * SECOND_MS + SECOND_MS / 2;
    if (this.timer !== null && reported < this.deadline - SECOND_MS) {
      this.deadline = reported;
      this.tick();
    }
  };

  Countdown.prototype.tick = function () {
    if (this.stopped) {
      return;
    }
    var left = this.deadline - performance.now();
    var seconds = left <= 0 ? 0 : Math.round(left / SECOND_MS);
    if (seconds < this.last) {
      this.last = seconds;
      this.emit(seconds);
    }
    if (seconds === 0) {
      this.stop();
    }
  };

  Countdown.prototype.stop = function () {
    this.stopped = true;
    if (this.timer !== null) {
      clearInterval(this.timer);
    }
  };

  // ---------------------------------------------------------------- channel watch

  /**
   * Follows one channel: over the WebSocket /ws/v1/channels/{channelKey} while it lasts, by polling
   * GET /api/v1/channels/{channelKey} when it cannot be opened or drops before the session ended.
   * Both feed one list of delivered statuses (a status's sequence is its place in the session's
   * history), so each status reaches the listener once and in order, whichever way it came.
   */
  function ChannelWatch(baseUrl, clientKey, channelKey, listener) {
    this.baseUrl = baseUrl;
    this.clientKey = clientKey;
    this.channelKey = channelKey;
    this.listener = listener;
    this.delivered = [];
    this.closed = false;
    this.polling = false;
    this.pollTimer = null;
    this.pollInFlight = false;
    this.unreachablePolls = 0;
    this.socket = null;
  }

  ChannelWatch.prototype.open = function () {
    var self = this;
    var url = this.baseUrl.replace(/^http/i, 'ws') + '/ws/v1/channels/' + encodeURIComponent(this.channelKey);
    var socket;
    try {
      socket = new global.WebSocket(url);
    } catch (unsupported) {
      this.fallBackToPolling();
      return;
    }
    this.socket = socket;
    socket.onmessage = function (event) { self.onSocketMessage(event.data); };
    socket.onerror = function () { self.fallBackToPolling(); };
    socket.onclose = function () { self.fallBackToPolling(); };
  };

  ChannelWatch.prototype.onSocketMessage = function (text) {
    if (this.closed) {
      return;
    }
    var message;
    try {
      message = JSON.parse(text);
    } catch (unreadable) {
      return;
    }
    if (typeof message.remainingSeconds === 'number' && message.type !== 'result') {
      this.listener.onRemaining(message.remainingSeconds);
    }
    if (message.type === 'status' || message.type === 'result') {
      this.offer(message);
    } else if (message.type === 'error') {
      this.end({ status: null, errorCode: message.errorCode, errorMessage: message.errorMessage });
    }
  };

  /** A status with its sequence number: delivered when it is the next one, dropped when seen, a poll fills a gap. */
  ChannelWatch.prototype.offer = function (message) {
    var sequence = typeof message.sequence === 'number' ? message.sequence : this.delivered.length;
    if (sequence < this.delivered.length) {
      return;
    }
    if (sequence > this.delivered.length) {
      this.pollOnce();
      return;
    }
    this.deliver(message.status);
    if (message.type === 'result' || TERMINAL.indexOf(message.status) >= 0) {
      this.end(message);
    }
  };

  ChannelWatch.prototype.deliver = function (status) {
    this.delivered.push(status);
    this.listener.onStatus(status);
  };

  ChannelWatch.prototype.fallBackToPolling = function () {
    if (this.closed || this.polling) {
      return;
    }
    this.polling = true;
    this.detachSocket();
    var self = this;
    this.pollOnce();
    this.pollTimer = setInterval(function () { self.pollOnce(); }, POLL_INTERVAL_MS);
  };

  ChannelWatch.prototype.pollOnce = function () {
    if (this.closed || this.pollInFlight) {
      return;
    }
    var self = this;
    this.pollInFlight = true;
    callApi(this.baseUrl, this.clientKey, 'GET', '/api/v1/channels/' + encodeURIComponent(this.channelKey))
      .then(function (data) {
        self.pollInFlight = false;
        self.onPoll(data);
      }, function (failed) {
        self.pollInFlight = false;
        self.onPollFailure(failed);
      });
  };

  ChannelWatch.prototype.onPoll = function (data) {
    if (this.closed) {
      return;
    }
    this.unreachablePolls = 0;
    var history = data.statuses || [];
    for (var i = this.delivered.length; i < history.length; i++) {
      this.deliver(history[i]);
      if (this.closed) {
        return;
      }
    }
    if (TERMINAL.indexOf(data.status) >= 0) {
      this.end(data);
    } else if (typeof data.remainingSeconds === 'number') {
      this.listener.onRemaining(data.remainingSeconds);
    }
  };

  ChannelWatch.prototype.onPollFailure = function (failed) {
    if (this.closed) {
      return;
    }
    if (failed.code !== CODE.SERVER_ERROR || ++this.unreachablePolls >= MAX_UNREACHABLE_POLLS) {
      this.end({ status: null, errorCode: failed.code, errorMessage: failed.message });
    }
  };

  ChannelWatch.prototype.end = function (outcome) {
    if (this.closed) {
      return;
    }
    this.close();
    this.listener.onEnd(outcome);
  };

  ChannelWatch.prototype.detachSocket = function () {
    var socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onmessage = socket.onerror = socket.onclose = null;
      try {
        socket.close();
      } catch (ignored) {
        // already closed
      }
    }
  };

  ChannelWatch.prototype.close = function () {
    this.closed = true;
    this.detachSocket();
    if (this.pollTimer !== null) {
      clearInterval(this.pollTimer);
      this.pollTimer = null;
    }
  };

  // ---------------------------------------------------------------- one login

  /**
   * One login request from its start to its one terminal callback. Timer and message callbacks are
   * read from the SDK instance when they fire, so set*Timer / set*Message may be called at any time.
   */
  function LoginRun(sdk, flow, callbacks) {
    var self = this;
    this.sdk = sdk;
    this.flow = flow;
    this.callbacks = callbacks;
    this.ended = false;
    this.channelKey = null;
    this.watch = null;
    this.pendingCancel = null;
    this.countdown = new Countdown(function (seconds) {
      self.emit(sdk._listeners[flow].timer, [seconds]);
    });
  }

  LoginRun.prototype.emit = function (callback, args) {
    if (!this.ended) {
      invoke(callback, args);
    }
  };

  LoginRun.prototype.started = function (data) {
    if (this.ended) {
      return;
    }
    var self = this;
    this.channelKey = data.channelKey;
    this.countdown.start(typeof data.remainingSeconds === 'number' ? data.remainingSeconds : 0);
    this.watch = new ChannelWatch(this.sdk._baseUrl, this.sdk._clientKey, data.channelKey, {
      onStatus: function (status) { self.emit(self.sdk._listeners[self.flow].message, [status]); },
      onRemaining: function (seconds) { self.countdown.serverSays(seconds); },
      onEnd: function (outcome) { self.channelEnded(outcome); }
    });
    this.watch.open();
    if (this.pendingCancel) {
      var cancel = this.pendingCancel;
      this.pendingCancel = null;
      cancel();
    }
  };

  LoginRun.prototype.channelEnded = function (outcome) {
    if (outcome.status === 'AuthCompleted') {
      this.succeed({ accessToken: outcome.accessToken, refreshToken: outcome.refreshToken });
    } else {
      var code = typeof outcome.errorCode === 'number' ? outcome.errorCode : CODE.SERVER_ERROR;
      this.fail(failure(code, outcome.errorMessage), false);
    }
  };

  LoginRun.prototype.succeed = function (tokens) {
    this.finish(this.callbacks.onSuccess, [tokens]);
  };

  /** Ends with an error; an OTP code-stage error goes to onCodeError when the page gave one. */
  LoginRun.prototype.fail = function (error, codeStage) {
    var target = codeStage && isFunction(this.callbacks.onCodeError) ? this.callbacks.onCodeError : this.callbacks.onError;
    this.finish(target, [error.code, error.message]);
  };

  LoginRun.prototype.finish = function (callback, args) {
    if (this.ended) {
      return;
    }
    this.ended = true;
    this.countdown.stop();
    if (this.watch) {
      this.watch.close();
    }
    this.sdk._forget(this);
    invoke(callback, args);
  };

  /** Runs {@code cancel} once the login has its channel (at once when it has one). */
  LoginRun.prototype.whenStarted = function (cancel) {
    if (this.channelKey !== null) {
      cancel();
    } else {
      this.pendingCancel = cancel;
    }
  };

  // ---------------------------------------------------------------- the SDK

  /**
   * The BSA-JS SDK.
   *
   * @param {string} clientKey the website's client key
   */
  function BSA(clientKey) {
    if (!(this instanceof BSA)) {
      return new BSA(clientKey);
    }
    this._clientKey = clientKey == null ? '' : String(clientKey);
    this._baseUrl = resolveBaseUrl();
    this._listeners = { auth: {}, otp: {}, qr: {} };
    this._runs = [];
  }

  BSA.version = VERSION;

  BSA.prototype._forget = function (run) {
    var at = this._runs.indexOf(run);
    if (at >= 0) {
      this._runs.splice(at, 1);
    }
  };

  BSA.prototype._live = function (predicate) {
    for (var i = this._runs.length - 1; i >= 0; i--) {
      if (!this._runs[i].ended && predicate(this._runs[i])) {
        return this._runs[i];
      }
    }
    return null;
  };

  BSA.prototype._call = function (method, path, body) {
    return callApi(this._baseUrl, this._clientKey, method, path, body);
  };

  BSA.prototype._begin = function (flow, callbacks, extra) {
    var run = new LoginRun(this, flow, callbacks);
    for (var key in extra) {
      if (Object.prototype.hasOwnProperty.call(extra, key)) {
        run[key] = extra[key];
      }
    }
    this._runs.push(run);
    return run;
  };

  /** Cancels {@code run} by its channel; a successful cancel reaches the run's onError as 5011 through the channel. */
  BSA.prototype._cancelByChannel = function (run, onError) {
    var self = this;
    run.whenStarted(function () {
      self._call('POST', '/api/v1/channels/' + encodeURIComponent(run.channelKey) + '/cancel')
        .then(null, function (failed) { invoke(onError, [failed.code, failed.message]); });
    });
  };

  BSA.prototype._nothingToCancel = function (onError) {
    setTimeout(function () {
      invoke(onError, [CODE.NO_AUTH_IN_PROGRESS, MESSAGES[CODE.NO_AUTH_IN_PROGRESS]]);
    }, 0);
  };

  // --- BSA (push) authentication

  /**
   * Starts a push login for {@code userKey}: the user approves on the phone.
   *
   * @param {string} userKey the BSA user account
   * @param {function({accessToken: string, refreshToken: string})} onSuccess
   * @param {function(number, string)} onError
   */
  BSA.prototype.requestAuthCallback = function (userKey, onSuccess, onError) {
    var run = this._begin('auth', { onSuccess: onSuccess, onError: onError }, { userKey: String(userKey == null ? '' : userKey) });
    this._call('POST', '/api/v1/auth/push', { userKey: run.userKey })
      .then(function (data) { run.started(data); }, function (failed) { run.fail(failed, false); });
  };

  /**
   * Cancels the push login in progress for {@code userKey}. On success the login's own onError gets
   * 5011; {@code onError} hears only a failed cancel (3100 unknown user, 5019 nothing in progress).
   */
  BSA.prototype.onCancel = function (userKey, onError) {
    var self = this;
    var key = String(userKey == null ? '' : userKey);
    var cancel = function () {
      self._call('POST', '/api/v1/auth/push/cancel', { userKey: key })
        .then(null, function (failed) { invoke(onError, [failed.code, failed.message]); });
    };
    var run = this._live(function (candidate) { return candidate.flow === 'auth' && candidate.userKey === key; });
    if (run) {
      run.whenStarted(cancel);
    } else {
      cancel();
    }
  };

  /** @param {function(number)} onTime receives the seconds left of a live push login */
  BSA.prototype.setAuthTimer = function (onTime) {
    this._listeners.auth.timer = onTime;
  };

  /** @param {function(string)} onMessage receives each status of a push login, in order */
  BSA.prototype.setAuthMessage = function (onMessage) {
    this._listeners.auth.message = onMessage;
  };

  // --- OTP authentication

  /**
   * Starts an OTP login with the code typed into {@code otpInput}. Code errors (2000, 2002, 3005,
   * 3201, 3301) go to {@code onCodeError}, or to {@code onError} when it is null or left out; once the
   * code is accepted {@code onCodeSuccess} runs once and the code's owner approves on the phone.
   *
   * @param {HTMLInputElement} otpInput the input the user typed the code into
   */
  BSA.prototype.requestOtpCallback = function (otpInput, onSuccess, onError, onCodeSuccess, onCodeError) {
    var code = otpInput && otpInput.value !== undefined ? String(otpInput.value).replace(/\s+/g, '') : '';
    var run = this._begin('otp', { onSuccess: onSuccess, onError: onError, onCodeError: onCodeError }, { input: otpInput });
    this._call('POST', '/api/v1/auth/otp', { code: code }).then(function (data) {
      if (run.ended) {
        return;
      }
      invoke(onCodeSuccess, []);
      run.started(data);
    }, function (failed) {
      run.fail(failed, CODE_STAGE_ERRORS.indexOf(failed.code) >= 0);
    });
  };

  /** Cancels the OTP login started with {@code otpInput}; the login's onError then gets 5011. */
  BSA.prototype.onOtpCancel = function (otpInput, onError) {
    var run = this._live(function (candidate) { return candidate.flow === 'otp' && candidate.input === otpInput; });
    if (run) {
      this._cancelByChannel(run, onError);
    } else {
      this._nothingToCancel(onError);
    }
  };

  /** @param {function(number)} onTime receives the seconds left of a live OTP login */
  BSA.prototype.setOtpTimer = function (onTime) {
    this._listeners.otp.timer = onTime;
  };

  /** @param {function(string)} onMessage receives each status of an OTP login, in order */
  BSA.prototype.setOtpMessage = function (onMessage) {
    this._listeners.otp.message = onMessage;
  };

  // --- TOTP authentication

  /**
   * Logs {@code userKey} in with a TOTP code from the app; answered at once (no timer, no statuses).
   *
   * @param {string} userKey the BSA user account
   * @param {string} totpCode the code the user typed
   */
  BSA.prototype.requestTotpCallback = function (userKey, totpCode, onSuccess, onError) {
    var run = this._begin('totp', { onSuccess: onSuccess, onError: onError }, {});
    var body = {
      userKey: String(userKey == null ? '' : userKey),
      totpCode: String(totpCode == null ? '' : totpCode).replace(/\s+/g, '')
    };
    this._call('POST', '/api/v1/auth/totp', body).then(function (data) {
      run.succeed({ accessToken: data.accessToken, refreshToken: data.refreshToken });
    }, function (failed) {
      run.fail(failed, false);
    });
  };

  // --- QR authentication

  /**
   * Starts a QR login: draws the QR code on {@code qrCanvas}; the BSA app scans it and the user
   * approves. The canvas also gets the code's text in {@code data-bsa-qr-payload} and an
   * {@code aria-label}, and a {@code bsa:qr} event whose detail is {qrId, qrPayload}.
   *
   * @param {HTMLCanvasElement} qrCanvas where to draw the code
   */
  BSA.prototype.requestQrCallback = function (qrCanvas, onSuccess, onError) {
    var run = this._begin('qr', { onSuccess: onSuccess, onError: onError }, { canvas: qrCanvas });
    this._call('POST', '/api/v1/auth/qr', {}).then(function (data) {
      if (run.ended) {
        return;
      }
      drawQr(qrCanvas, data);
      run.started(data);
    }, function (failed) {
      run.fail(failed, false);
    });
  };

  /** Cancels the QR login drawn on {@code qrCanvas}; the login's onError then gets 5011. */
  BSA.prototype.onQrCancel = function (qrCanvas, onError) {
    var run = this._live(function (candidate) { return candidate.flow === 'qr' && candidate.canvas === qrCanvas; });
    if (run) {
      this._cancelByChannel(run, onError);
    } else {
      this._nothingToCancel(onError);
    }
  };

  /** @param {function(number)} onTime receives the seconds left of a live QR login */
  BSA.prototype.setQrTimer = function (onTime) {
    this._listeners.qr.timer = onTime;
  };

  /** @param {function(string)} onMessage receives each status of a QR login, in order */
  BSA.prototype.setQrMessage = function (onMessage) {
    this._listeners.qr.message = onMessage;
  };

  function drawQr(canvas, data) {
    if (!canvas || !isFunction(canvas.getContext)) {
      return;
    }
    canvas.setAttribute('data-bsa-qr-payload', data.qrPayload);
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'QR code to scan with the BSA app: ' + data.qrPayload);
    var image = new Image();
    image.onload = function () {
      var context = canvas.getContext('2d');
      context.imageSmoothingEnabled = false;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
    };
    image.src = data.qrImage;
    if (isFunction(global.CustomEvent)) {
      canvas.dispatchEvent(new CustomEvent('bsa:qr', { detail: { qrId: data.qrId, qrPayload: data.qrPayload } }));
    }
  }

  global.BSA = BSA;
  global.Guardian = BSA;
}(typeof window !== 'undefined' ? window : this));
