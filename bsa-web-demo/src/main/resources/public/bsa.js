/*!
 * bsa.js: the BSA-JS browser SDK, for the BSA Simulator. Plain JavaScript, no dependencies. Its
 * TypeScript declarations are served beside it (bsa.d.ts).
 *
 *   <script src="http://localhost:8080/bsa.js"></script>
 *   const bsa = new BSA("demo-client-key");          // also available as new Guardian(...)
 *   bsa.requestAuthCallback("alice", data => ..., (errorCode, errorMsg) => ...);
 *   const tokens = await bsa.promises().requestAuth("alice");      // the same, as a Promise
 *   bsa.requestAuth("alice", "/signed-in", (errorCode, errorMsg) => ...);   // goes to /signed-in#accessToken=...
 *
 * Where the server is, first match wins:
 *   1. the script tag's data-bsa-url attribute   <script src="/js/bsa.js" data-bsa-url="http://localhost:8080">
 *   2. window.BSA_CONFIG = { baseUrl: "http://localhost:8080" }, set before `new BSA(...)`
 *   3. the folder the script was loaded from (http://localhost:8080/bsa.js -> http://localhost:8080)
 *
 * Callbacks: onSuccess({accessToken, refreshToken}); onError(errorCode: number, errorMsg: string).
 * The success value also reads as the access token wherever a string is expected (String(data),
 * 'token: ' + data), as the Guardian-JS pages describe it. A successful cancel ends the request
 * itself with 5011 on its onError; the cancel's own callback hears a failed cancel (3100, 5019, ...)
 * and, when no login of this page receives the 5011 (another tab's login was canceled), the 5011.
 * Timer callbacks get the whole seconds left, about once a second, decreasing, and 0 at a timeout;
 * message callbacks get each status once, in order. After a request's terminal callback (onSuccess or
 * onError) none of its callbacks is called again. Bad arguments end the request with 2002.
 */
(function (global) {
  'use strict';

  var VERSION = '0.2.0';
  var POLL_INTERVAL_MS = 1000;
  var MAX_UNREACHABLE_POLLS = 10;
  var SECOND_MS = 1000;
  var SCRIPT_NAME = /\/bsa\.js(?:[?#].*)?$/;

  var CODE = {
    SERVER_ERROR: 2001,
    INVALID_PARAMETER: 2002,
    AUTH_TIMEOUT: 5001,
    AUTH_CANCELED: 5011,
    NO_AUTH_IN_PROGRESS: 5019
  };
  var MESSAGES = {
    2001: 'Server error',
    2002: 'Required parameter missing or malformed',
    5001: 'Authentication timeout',
    5011: 'User authentication canceled',
    5019: 'No authentication in progress'
  };
  /** Errors of the OTP code check, which go to onCodeError when there is one. */
  var CODE_STAGE_ERRORS = [2000, 2002, 3005, 3201, 3301];
  var TERMINAL = ['AuthCompleted', 'AuthFailed', 'AuthCanceled', 'AuthTimeout'];

  // ---------------------------------------------------------------- where the server is

  var document = global.document;
  var loadingScript = (document && document.currentScript) || lastScriptNamedBsa();
  var attributeUrl = loadingScript && loadingScript.getAttribute('data-bsa-url');
  var scriptUrl = loadingScript && loadingScript.src ? loadingScript.src : null;

  /** Without document.currentScript (a module, an old browser), the last script tag that loads bsa.js. */
  function lastScriptNamedBsa() {
    var scripts = document ? document.getElementsByTagName('script') : [];
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (scripts[i].src && SCRIPT_NAME.test(scripts[i].src)) {
        return scripts[i];
      }
    }
    return null;
  }

  /**
   * The server's base URL (data-bsa-url, BSA_CONFIG.baseUrl, or the script's folder), as
   * {url} or, when the configured value is not a URL, {problem} (every request then ends with 2002).
   */
  function resolveBaseUrl() {
    var config = global.BSA_CONFIG || {};
    var configured = attributeUrl || config.baseUrl;
    try {
      var chosen = configured ? new URL(String(configured), global.location.href)
        : scriptUrl ? new URL('.', scriptUrl) : new URL('/', global.location.href);
      if (chosen.protocol !== 'http:' && chosen.protocol !== 'https:') {
        return { problem: 'The BSA server URL must be http: or https:, not ' + chosen.href };
      }
      return { url: chosen.href.replace(/\/+$/, '') };
    } catch (notAUrl) {
      return { problem: 'The BSA server URL is not a URL: ' + (configured || scriptUrl || global.location.href) };
    }
  }

  // ---------------------------------------------------------------- small pieces

  function isFunction(value) {
    return typeof value === 'function';
  }

  function text(value) {
    return value == null ? '' : String(value);
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

  function invalid(message) {
    return failure(CODE.INVALID_PARAMETER, message);
  }

  /** How a wrong argument is named in an error message: its type, or its tag for an element. */
  function describe(value) {
    if (value === null) {
      return 'null';
    }
    if (value && value.nodeType === 1) {
      return '<' + value.localName + '>';
    }
    return typeof value === 'string' ? 'the string "' + value + '"' : typeof value;
  }

  /**
   * The success value: {accessToken, refreshToken}, as the BSA-JS pages give it, that also reads as
   * the access token wherever a string is expected, as the Guardian-JS pages call it "token". The two
   * conversions are not enumerable, so JSON.stringify and Object.keys see only the two tokens.
   */
  function tokenValue(accessToken, refreshToken) {
    var tokens = { accessToken: accessToken, refreshToken: refreshToken };
    var asText = function () { return text(accessToken); };
    Object.defineProperty(tokens, 'toString', { value: asText });
    Object.defineProperty(tokens, 'valueOf', { value: asText });
    return tokens;
  }

  /**
   * The error a Promise form rejects with: an Error whose code is the BSA error code.
   *
   * @param {number} code the BSA error code (2008, 5010, ...)
   * @param {string} message what the server or the SDK said
   */
  function BsaError(code, message) {
    this.name = 'BsaError';
    this.code = code;
    this.message = message;
    this.stack = new Error(message).stack;
  }

  BsaError.prototype = Object.create(Error.prototype);
  BsaError.prototype.constructor = BsaError;
  BsaError.prototype.toString = function () {
    return 'BsaError ' + this.code + ': ' + this.message;
  };

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

  /** The login timed out: the last call says 0, unless the countdown already did. */
  Countdown.prototype.expire = function () {
    if (!this.stopped && this.timer !== null && this.last > 0) {
      this.last = 0;
      this.emit(0);
    }
    this.stop();
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
    if (!socket) {
      return;
    }
    socket.onmessage = socket.onerror = socket.onclose = null;
    if (socket.readyState === 0) {
      // Closing a socket still connecting makes the browser log an error; it is closed once open instead.
      socket.onopen = function () { socket.close(); };
    } else {
      socket.close();
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

  /** Every login of this page still running, whichever BSA instance started it: a cancel finds them here. */
  var liveRuns = [];

  function findLiveRun(predicate) {
    for (var i = liveRuns.length - 1; i >= 0; i--) {
      if (!liveRuns[i].ended && predicate(liveRuns[i])) {
        return liveRuns[i];
      }
    }
    return null;
  }

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
    this.pendingCancels = [];
    this.countdown = new Countdown(function (seconds) {
      self.emit(sdk._listeners[flow].timer, [seconds]);
    });
    liveRuns.push(this);
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
    this.settleCancels(true);
  };

  LoginRun.prototype.channelEnded = function (outcome) {
    if (outcome.status === 'AuthCompleted') {
      this.succeed(outcome.accessToken, outcome.refreshToken);
      return;
    }
    var code = typeof outcome.errorCode === 'number' ? outcome.errorCode : CODE.SERVER_ERROR;
    if (outcome.status === 'AuthTimeout' || code === CODE.AUTH_TIMEOUT) {
      this.countdown.expire();
    }
    this.fail(failure(code, outcome.errorMessage), false);
  };

  LoginRun.prototype.succeed = function (accessToken, refreshToken) {
    this.finish(this.callbacks.onSuccess, [tokenValue(accessToken, refreshToken)]);
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
    liveRuns.splice(liveRuns.indexOf(this), 1);
    invoke(callback, args);
    this.settleCancels(false);
  };

  /**
   * Runs {@code cancel} once the login has its channel (at once when it has one), or
   * {@code neverStarted} when the login ends before it got one (2010, a wrong OTP code, ...).
   */
  LoginRun.prototype.whenStarted = function (cancel, neverStarted) {
    if (this.channelKey !== null) {
      cancel();
    } else {
      this.pendingCancels.push({ cancel: cancel, neverStarted: neverStarted });
    }
  };

  LoginRun.prototype.settleCancels = function (started) {
    var pending = this.pendingCancels;
    this.pendingCancels = [];
    for (var i = 0; i < pending.length; i++) {
      (started ? pending[i].cancel : pending[i].neverStarted)();
    }
  };

  // ---------------------------------------------------------------- where a QR code goes

  /** Elements that cannot show an <img> put inside them. */
  var NOT_A_CONTAINER = ['area', 'audio', 'base', 'br', 'col', 'embed', 'head', 'hr', 'html', 'iframe', 'input',
    'link', 'meta', 'noscript', 'object', 'optgroup', 'option', 'param', 'script', 'select', 'source', 'style',
    'template', 'textarea', 'title', 'track', 'video', 'wbr'];
  var HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

  /**
   * How a QR code is shown on {@code target}: drawn on a <canvas>, as the src of an <img>, or as an
   * <img> put inside any other HTML element; {problem} for anything else (null, text, an <input>).
   */
  function qrSurface(target, method) {
    var isHtmlElement = target && typeof target === 'object' && target.nodeType === 1 && target.namespaceURI === HTML_NAMESPACE;
    if (isHtmlElement && target.localName === 'canvas' && isFunction(target.getContext)) {
      return { draw: drawOnCanvas };
    }
    if (isHtmlElement && target.localName === 'img') {
      return { draw: showAsImageSource };
    }
    if (isHtmlElement && NOT_A_CONTAINER.indexOf(target.localName) < 0) {
      return { draw: showInside };
    }
    return {
      problem: method + ' needs the element to show the QR code on: a <canvas>, an <img>, or an element to put '
        + 'an <img> in; it was given ' + describe(target)
    };
  }

  function describeQr(target, data) {
    target.setAttribute('data-bsa-qr-payload', data.qrPayload);
    if (isFunction(global.CustomEvent)) {
      target.dispatchEvent(new CustomEvent('bsa:qr', { detail: { qrId: data.qrId, qrPayload: data.qrPayload } }));
    }
  }

  function qrLabel(data) {
    return 'QR code to scan with the BSA app: ' + data.qrPayload;
  }

  function drawOnCanvas(canvas, data) {
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', qrLabel(data));
    var image = new Image();
    image.onload = function () {
      var context = canvas.getContext('2d');
      context.imageSmoothingEnabled = false;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
    };
    image.src = data.qrImage;
    describeQr(canvas, data);
  }

  function showAsImageSource(image, data) {
    image.alt = qrLabel(data);
    image.src = data.qrImage;
    describeQr(image, data);
  }

  /** Puts the code in an <img data-bsa-qr-image> inside the element (the same one again on the next login). */
  function showInside(container, data) {
    var image = null;
    for (var child = container.firstElementChild; child && !image; child = child.nextElementSibling) {
      image = child.hasAttribute('data-bsa-qr-image') ? child : null;
    }
    if (!image) {
      image = container.ownerDocument.createElement('img');
      image.setAttribute('data-bsa-qr-image', '');
      image.style.imageRendering = 'pixelated';
      image.style.maxWidth = '100%';
      container.appendChild(image);
    }
    image.alt = qrLabel(data);
    image.src = data.qrImage;
    describeQr(container, data);
  }

  /** {url} to go to after a login, or {problem} when the link is not an http(s) URL. */
  function redirectTarget(link, method) {
    if (typeof link !== 'string' || !link.trim()) {
      return { problem: method + ' needs successCallLink, the URL to go to after the login; it was given ' + describe(link) };
    }
    var url;
    try {
      url = new URL(link, global.location.href);
    } catch (notAUrl) {
      return { problem: method + ': successCallLink is not a URL: ' + link };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { problem: method + ': successCallLink must be an http: or https: URL, not ' + url.protocol };
    }
    return { url: url.href };
  }

  /**
   * The link with the tokens in its fragment: a fragment never leaves the browser (no server log, no
   * proxy, no Referer header), and the landing page can read it and then remove it from the address.
   */
  function withOutcome(url, tokens) {
    var outcome = 'accessToken=' + encodeURIComponent(tokens.accessToken)
      + '&refreshToken=' + encodeURIComponent(tokens.refreshToken);
    var hash = url.indexOf('#');
    if (hash < 0) {
      return url + '#' + outcome;
    }
    return url + (hash === url.length - 1 ? '' : '&') + outcome;
  }

  function redirectOnSuccess(url, onError) {
    return {
      onSuccess: function (tokens) { global.location.assign(withOutcome(url, tokens)); },
      onError: onError
    };
  }

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
    var server = resolveBaseUrl();
    this._clientKey = text(clientKey);
    this._baseUrl = server.url || null;
    this._serverProblem = server.problem || null;
    this._listeners = { auth: {}, otp: {}, qr: {} };
    this._promises = null;
  }

  BSA.version = VERSION;
  BSA.BsaError = BsaError;

  BSA.prototype._call = function (method, path, body) {
    if (this._serverProblem) {
      return Promise.reject(invalid(this._serverProblem));
    }
    return callApi(this._baseUrl, this._clientKey, method, path, body);
  };

  BSA.prototype._begin = function (flow, callbacks, extra) {
    var run = new LoginRun(this, flow, callbacks);
    for (var key in extra) {
      if (Object.prototype.hasOwnProperty.call(extra, key)) {
        run[key] = extra[key];
      }
    }
    return run;
  };

  /** Ends a login that could not be asked for (bad arguments) with {@code error}, after the call returns. */
  BSA.prototype._refuse = function (flow, callbacks, error, codeStage) {
    var run = this._begin(flow, callbacks, {});
    setTimeout(function () { run.fail(error, codeStage); }, 0);
  };

  BSA.prototype._startAuth = function (userKey, callbacks) {
    if (typeof userKey !== 'string' && typeof userKey !== 'number') {
      this._refuse('auth', callbacks, invalid('userKey must be the BSA user account (a string); it was given ' + describe(userKey)));
      return;
    }
    var run = this._begin('auth', callbacks, { userKey: String(userKey) });
    this._call('POST', '/api/v1/auth/push', { userKey: run.userKey })
      .then(function (data) { run.started(data); }, function (failed) { run.fail(failed, false); });
  };

  BSA.prototype._startOtp = function (otpInput, callbacks, onCodeSuccess, method) {
    if (!otpInput || typeof otpInput !== 'object' || typeof otpInput.value !== 'string') {
      this._refuse('otp', callbacks, invalid(method + ' needs the <input> element the user typed the OTP code into; it was given '
        + describe(otpInput)), true);
      return;
    }
    var run = this._begin('otp', callbacks, { input: otpInput });
    this._call('POST', '/api/v1/auth/otp', { code: otpInput.value.replace(/\s+/g, '') }).then(function (data) {
      if (run.ended) {
        return;
      }
      invoke(onCodeSuccess, []);
      run.started(data);
    }, function (failed) {
      run.fail(failed, CODE_STAGE_ERRORS.indexOf(failed.code) >= 0);
    });
  };

  BSA.prototype._startTotp = function (userKey, totpCode, callbacks) {
    var run = this._begin('totp', callbacks, {});
    var body = { userKey: text(userKey), totpCode: text(totpCode).replace(/\s+/g, '') };
    this._call('POST', '/api/v1/auth/totp', body).then(function (data) {
      run.succeed(data.accessToken, data.refreshToken);
    }, function (failed) {
      run.fail(failed, false);
    });
  };

  BSA.prototype._startQr = function (target, callbacks, method) {
    var surface = qrSurface(target, method);
    if (surface.problem) {
      this._refuse('qr', callbacks, invalid(surface.problem));
      return;
    }
    var run = this._begin('qr', callbacks, { canvas: target });
    this._call('POST', '/api/v1/auth/qr', {}).then(function (data) {
      if (run.ended) {
        return;
      }
      surface.draw(target, data);
      run.started(data);
    }, function (failed) {
      run.fail(failed, false);
    });
  };

  /**
   * Cancels the user's push login, whoever started it. {@code outcome.canceled(receivedHere)} hears a
   * successful cancel (receivedHere: a login of this page gets the 5011 itself), {@code outcome.failed}
   * a failed one.
   */
  BSA.prototype._cancelAuth = function (userKey, outcome) {
    var self = this;
    var key = text(userKey);
    var byUserKey = function (receivedHere) {
      self._call('POST', '/api/v1/auth/push/cancel', { userKey: key })
        .then(function () { outcome.canceled(receivedHere); }, outcome.failed);
    };
    var run = findLiveRun(function (candidate) { return candidate.flow === 'auth' && candidate.userKey === key; });
    if (run) {
      // A login of this page for the user that got 2010 never held the session: another tab's is canceled.
      run.whenStarted(function () { byUserKey(true); }, function () { byUserKey(false); });
    } else {
      byUserKey(false);
    }
  };

  /** Cancels the OTP or QR login {@code run} by its channel; the run itself receives the 5011. */
  BSA.prototype._cancelRun = function (run, outcome) {
    if (!run) {
      setTimeout(function () { outcome.failed(failure(CODE.NO_AUTH_IN_PROGRESS)); }, 0);
      return;
    }
    run.whenStarted(function () {
      run.sdk._call('POST', '/api/v1/channels/' + encodeURIComponent(run.channelKey) + '/cancel')
        .then(function () { outcome.canceled(true); }, outcome.failed);
    }, function () {
      outcome.failed(failure(CODE.NO_AUTH_IN_PROGRESS));
    });
  };

  function liveOtpRun(otpInput) {
    return findLiveRun(function (candidate) { return candidate.flow === 'otp' && candidate.input === otpInput; });
  }

  function liveQrRun(target) {
    return findLiveRun(function (candidate) { return candidate.flow === 'qr' && candidate.canvas === target; });
  }

  /** A cancel's outcome for the callback forms: failures, and a 5011 that no login of this page receives. */
  function cancelCallback(onError) {
    return {
      canceled: function (receivedHere) {
        if (!receivedHere) {
          invoke(onError, [CODE.AUTH_CANCELED, MESSAGES[CODE.AUTH_CANCELED]]);
        }
      },
      failed: function (failed) { invoke(onError, [failed.code, failed.message]); }
    };
  }

  function listener(callback) {
    return isFunction(callback) ? callback : null;
  }

  // --- BSA (push) authentication

  /**
   * Starts a push login for {@code userKey}: the user approves on the phone.
   *
   * @param {string} userKey the BSA user account
   * @param {function({accessToken: string, refreshToken: string})} onSuccess
   * @param {function(number, string)} onError
   */
  BSA.prototype.requestAuthCallback = function (userKey, onSuccess, onError) {
    this._startAuth(userKey, { onSuccess: onSuccess, onError: onError });
  };

  /**
   * Starts a push login for {@code userKey}; on success the browser goes to {@code successCallLink}
   * with #accessToken=...&refreshToken=... added; errors go to {@code onError}.
   */
  BSA.prototype.requestAuth = function (userKey, successCallLink, onError) {
    var link = redirectTarget(successCallLink, 'requestAuth');
    if (link.problem) {
      this._refuse('auth', { onError: onError }, invalid(link.problem));
      return;
    }
    this._startAuth(userKey, redirectOnSuccess(link.url, onError));
  };

  /**
   * Cancels the push login in progress for {@code userKey}, whoever started it. A login of this page
   * gets 5011 on its own onError; {@code onError} hears a failed cancel (3100 unknown user, 5019
   * nothing in progress) and, when no login of this page received the 5011 (the one canceled ran in
   * another tab), the 5011 itself.
   */
  BSA.prototype.onCancel = function (userKey, onError) {
    this._cancelAuth(userKey, cancelCallback(onError));
  };

  /** @param {function(number)} onTime receives the seconds left of a live push login */
  BSA.prototype.setAuthTimer = function (onTime) {
    this._listeners.auth.timer = listener(onTime);
  };

  /** @param {function(string)} onMessage receives each status of a push login, in order */
  BSA.prototype.setAuthMessage = function (onMessage) {
    this._listeners.auth.message = listener(onMessage);
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
    this._startOtp(otpInput, { onSuccess: onSuccess, onError: onError, onCodeError: onCodeError }, onCodeSuccess,
      'requestOtpCallback');
  };

  /** Starts an OTP login; on success the browser goes to {@code successCallLink} (see requestAuth). */
  BSA.prototype.requestOtp = function (otpInput, successCallLink, onError, onCodeSuccess, onCodeError) {
    var link = redirectTarget(successCallLink, 'requestOtp');
    var callbacks = link.url ? redirectOnSuccess(link.url, onError) : { onError: onError };
    callbacks.onCodeError = onCodeError;
    if (link.problem) {
      this._refuse('otp', callbacks, invalid(link.problem), false);
      return;
    }
    this._startOtp(otpInput, callbacks, onCodeSuccess, 'requestOtp');
  };

  /**
   * Cancels the OTP login started with {@code otpInput}; that login's onError gets 5011. {@code onError}
   * hears a failed cancel (5019 nothing in progress). An OTP login can only be canceled by the page
   * that holds its input, so the 5011 always reaches that login.
   */
  BSA.prototype.onOtpCancel = function (otpInput, onError) {
    this._cancelRun(liveOtpRun(otpInput), cancelCallback(onError));
  };

  /** @param {function(number)} onTime receives the seconds left of a live OTP login */
  BSA.prototype.setOtpTimer = function (onTime) {
    this._listeners.otp.timer = listener(onTime);
  };

  /** @param {function(string)} onMessage receives each status of an OTP login, in order */
  BSA.prototype.setOtpMessage = function (onMessage) {
    this._listeners.otp.message = listener(onMessage);
  };

  // --- TOTP authentication

  /**
   * Logs {@code userKey} in with a TOTP code from the app; answered at once (no timer, no statuses).
   *
   * @param {string} userKey the BSA user account
   * @param {string} totpCode the code the user typed
   */
  BSA.prototype.requestTotpCallback = function (userKey, totpCode, onSuccess, onError) {
    this._startTotp(userKey, totpCode, { onSuccess: onSuccess, onError: onError });
  };

  // --- QR authentication

  /**
   * Starts a QR login and shows the QR code on {@code qrCanvas}: drawn on a <canvas>, as the src of an
   * <img>, or in an <img> put inside any other element (anything else ends the login with 2002). The
   * element also gets the code's text in {@code data-bsa-qr-payload} and a {@code bsa:qr} event whose
   * detail is {qrId, qrPayload}. The BSA app scans the code and the user approves.
   *
   * @param {HTMLCanvasElement|HTMLImageElement|HTMLElement} qrCanvas where to show the code
   */
  BSA.prototype.requestQrCallback = function (qrCanvas, onSuccess, onError) {
    this._startQr(qrCanvas, { onSuccess: onSuccess, onError: onError }, 'requestQrCallback');
  };

  /** Starts a QR login; on success the browser goes to {@code successCallLink} (see requestAuth). */
  BSA.prototype.requestQr = function (qrCanvas, successCallLink, onError) {
    var link = redirectTarget(successCallLink, 'requestQr');
    if (link.problem) {
      this._refuse('qr', { onError: onError }, invalid(link.problem));
      return;
    }
    this._startQr(qrCanvas, redirectOnSuccess(link.url, onError), 'requestQr');
  };

  /** Cancels the QR login shown on {@code qrCanvas}; that login's onError gets 5011 (see onOtpCancel). */
  BSA.prototype.onQrCancel = function (qrCanvas, onError) {
    this._cancelRun(liveQrRun(qrCanvas), cancelCallback(onError));
  };

  /** @param {function(number)} onTime receives the seconds left of a live QR login */
  BSA.prototype.setQrTimer = function (onTime) {
    this._listeners.qr.timer = listener(onTime);
  };

  /** @param {function(string)} onMessage receives each status of a QR login, in order */
  BSA.prototype.setQrMessage = function (onMessage) {
    this._listeners.qr.message = listener(onMessage);
  };

  // ---------------------------------------------------------------- Promise forms

  /** The flows as Promises: {@code bsa.promises().requestAuth("alice").then(tokens => ...)}. */
  BSA.prototype.promises = function () {
    if (!this._promises) {
      this._promises = new BsaPromises(this);
    }
    return this._promises;
  };

  /**
   * The Promise forms of one BSA instance (its timer and message callbacks apply). Each login resolves
   * with the success value of the callback forms and rejects with a {@link BsaError}; each cancel
   * resolves once the server canceled and rejects with a BsaError (3100, 5019).
   */
  function BsaPromises(sdk) {
    this._sdk = sdk;
  }

  function settle(start) {
    return new Promise(function (resolve, reject) {
      start({
        onSuccess: resolve,
        onError: function (code, message) { reject(new BsaError(code, message)); }
      });
    });
  }

  function settleCancel(start) {
    return new Promise(function (resolve, reject) {
      start({
        canceled: function () { resolve(); },
        failed: function (failed) { reject(new BsaError(failed.code, failed.message)); }
      });
    });
  }

  /** @param {string} userKey the BSA user account; resolves with the tokens once the user approves */
  BsaPromises.prototype.requestAuth = function (userKey) {
    var sdk = this._sdk;
    return settle(function (callbacks) { sdk._startAuth(userKey, callbacks); });
  };

  /**
   * @param {HTMLInputElement} otpInput the input holding the code; code errors reject too
   * @param {function()} [onCodeSuccess] called once the code is accepted
   */
  BsaPromises.prototype.requestOtp = function (otpInput, onCodeSuccess) {
    var sdk = this._sdk;
    return settle(function (callbacks) { sdk._startOtp(otpInput, callbacks, onCodeSuccess, 'promises().requestOtp'); });
  };

  BsaPromises.prototype.requestTotp = function (userKey, totpCode) {
    var sdk = this._sdk;
    return settle(function (callbacks) { sdk._startTotp(userKey, totpCode, callbacks); });
  };

  /** @param {HTMLElement} qrTarget a <canvas>, an <img> or an element to put the code in */
  BsaPromises.prototype.requestQr = function (qrTarget) {
    var sdk = this._sdk;
    return settle(function (callbacks) { sdk._startQr(qrTarget, callbacks, 'promises().requestQr'); });
  };

  BsaPromises.prototype.cancelAuth = function (userKey) {
    var sdk = this._sdk;
    return settleCancel(function (outcome) { sdk._cancelAuth(userKey, outcome); });
  };

  BsaPromises.prototype.cancelOtp = function (otpInput) {
    var sdk = this._sdk;
    return settleCancel(function (outcome) { sdk._cancelRun(liveOtpRun(otpInput), outcome); });
  };

  BsaPromises.prototype.cancelQr = function (qrTarget) {
    var sdk = this._sdk;
    return settleCancel(function (outcome) { sdk._cancelRun(liveQrRun(qrTarget), outcome); });
  };

  global.BSA = BSA;
  global.Guardian = BSA;
}(typeof window !== 'undefined' ? window : this));
