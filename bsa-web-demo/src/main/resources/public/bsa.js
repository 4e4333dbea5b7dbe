/*!
 * bsa.js: the BSA-JS browser SDK and the Login-Component, for the BSA Simulator. Plain JavaScript,
 * no dependencies. Its TypeScript declarations are served beside it (bsa.d.ts).
 *
 *   <script src="http://localhost:8080/bsa.js"></script>
 *   const bsa = new BSA("demo-client-key");          // also available as new Guardian(...)
 *   bsa.requestAuthCallback("alice", data => ..., (errorCode, errorMsg) => ...);
 *   const tokens = await bsa.promises().requestAuth("alice");      // the same, as a Promise
 *   bsa.requestAuth("alice", "/signed-in", (errorCode, errorMsg) => ...);   // goes to /signed-in#accessToken=...
 *
 * Login-Component: <meta name="guardian-ccs-client_key" content="..."> and <button class="guardian_btn">
 * open a login dialog; success goes to a global onGuardianSuccess(token) and to every
 * new Guardian().setSuccessCallback(token => ...).
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
   * @param {string} [clientKey] the website's client key; without it, the content of the page's
   *     <meta name="guardian-ccs-client_key"> (how the Login-Component's new Guardian() is written)
   */
  function BSA(clientKey) {
    if (!(this instanceof BSA)) {
      return new BSA(clientKey);
    }
    var server = resolveBaseUrl();
    this._clientKey = clientKey == null ? text(componentClientKey()) : String(clientKey);
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

  // ---------------------------------------------------------------- Login-Component

  var COMPONENT_KEY_META = 'guardian-ccs-client_key';
  var BUTTON_CLASS = 'guardian_btn';
  var BUTTON_LABEL = 'Sign in with BSA';
  var FLOWS = ['push', 'otp', 'totp', 'qr'];
  /** The callbacks given to setSuccessCallback, one per Guardian instance. */
  var componentCallbacks = [];
  var loginDialog = null;

  function componentClientKey() {
    var meta = document ? document.querySelector('meta[name="' + COMPONENT_KEY_META + '"]') : null;
    return meta ? meta.getAttribute('content') : null;
  }

  /**
   * Login-Component: {@code onSuccess(token, tokens)} is called after every login made in the dialog of
   * a {@code .guardian_btn}: token is the access token (a string), tokens is {accessToken, refreshToken}.
   * One callback per instance; calling it again replaces it.
   */
  BSA.prototype.setSuccessCallback = function (onSuccess) {
    for (var i = componentCallbacks.length - 1; i >= 0; i--) {
      if (componentCallbacks[i].owner === this) {
        componentCallbacks.splice(i, 1);
      }
    }
    if (isFunction(onSuccess)) {
      componentCallbacks.push({ owner: this, callback: onSuccess });
    }
  };

  /** The page's onGuardianSuccess: a function declaration or window property, or a top-level const/let. */
  function pageSuccessFunction() {
    /* global onGuardianSuccess */
    return typeof onGuardianSuccess === 'function' ? onGuardianSuccess : global.onGuardianSuccess;
  }

  function componentSucceeded(tokens) {
    var token = text(tokens.accessToken);
    var pair = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
    invoke(pageSuccessFunction(), [token, pair]);
    componentCallbacks.slice().forEach(function (entry) { invoke(entry.callback, [token, pair]); });
  }

  var DIALOG_STYLE = ':host{all:initial}'
    + 'dialog{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans KR",sans-serif;color:#111827;'
    + 'border:0;border-radius:14px;padding:0;width:min(420px,calc(100vw - 2rem));box-shadow:0 20px 50px rgba(0,0,0,.25)}'
    + 'dialog::backdrop{background:rgba(17,24,39,.45)}'
    + 'header{display:flex;align-items:center;justify-content:space-between;padding:1rem 1.25rem .5rem}'
    + 'h2{font-size:1.15rem;margin:0}'
    + '.close{border:0;background:none;font-size:1.5rem;line-height:1;cursor:pointer;color:#4b5563;padding:.25rem .5rem}'
    + '[role=tablist]{display:flex;gap:.25rem;padding:0 1.25rem;border-bottom:1px solid #e5e7eb}'
    + '[role=tab]{border:0;background:none;padding:.5rem .75rem;font:inherit;cursor:pointer;color:#4b5563;'
    + 'border-bottom:2px solid transparent;margin-bottom:-1px}'
    + '[role=tab][aria-selected=true]{color:#4338ca;border-bottom-color:#4338ca;font-weight:600}'
    + '[role=tab]:disabled{cursor:default;opacity:.6}'
    + 'section{padding:1rem 1.25rem .5rem}p{margin:0 0 .75rem;color:#4b5563}'
    + 'label{display:block;font-size:.9rem;color:#374151;margin-bottom:.75rem}'
    + 'input{display:block;width:100%;box-sizing:border-box;margin-top:.25rem;padding:.5rem .6rem;font:inherit;'
    + 'border:1px solid #d1d5db;border-radius:8px}'
    + 'button.primary,button.secondary{font:inherit;font-weight:600;border-radius:8px;padding:.5rem 1rem;cursor:pointer}'
    + 'button.primary{border:0;background:#4338ca;color:#fff}button.primary:disabled{opacity:.55;cursor:default}'
    + 'button.secondary{border:1px solid #d1d5db;background:#fff;color:#b91c1c;margin-left:.75rem}'
    + '.live{padding:0 1.25rem .75rem}.timer{font-variant-numeric:tabular-nums;font-weight:700;color:#111827}'
    + 'ol{margin:.25rem 0 0;padding-left:1.5rem;font-size:.85rem;color:#4b5563;max-height:9rem;overflow:auto}'
    + '.outcome{margin:0 1.25rem 1rem;padding:.6rem .75rem;border-radius:8px;background:#fef2f2;color:#b91c1c}'
    + '.outcome:empty{display:none}.outcome strong{margin-right:.5rem}'
    + 'canvas{display:block;margin:.75rem auto 0;image-rendering:pixelated}'
    + '[hidden]{display:none!important}:focus-visible{outline:3px solid rgba(67,56,202,.45);outline-offset:2px}';

  var DIALOG_HTML = '<dialog aria-labelledby="title">'
    + '<header><h2 id="title">Sign in with BSA</h2>'
    + '<button type="button" class="close" id="close" aria-label="Close">\u00d7</button></header>'
    + '<div role="tablist" aria-label="How to sign in">'
    + '<button type="button" role="tab" id="tab-push" aria-controls="panel-push">Push</button>'
    + '<button type="button" role="tab" id="tab-otp" aria-controls="panel-otp">OTP</button>'
    + '<button type="button" role="tab" id="tab-totp" aria-controls="panel-totp">TOTP</button>'
    + '<button type="button" role="tab" id="tab-qr" aria-controls="panel-qr">QR</button></div>'
    + '<section role="tabpanel" id="panel-push" aria-labelledby="tab-push"><form id="push-form">'
    + '<label>BSA user ID<input id="push-user" autocomplete="username" required></label>'
    + '<button class="primary" id="push-start">Send a push to my phone</button></form></section>'
    + '<section role="tabpanel" id="panel-otp" aria-labelledby="tab-otp"><form id="otp-form">'
    + '<label>OTP code shown in the BSA app<input id="otp-code" inputmode="numeric" autocomplete="one-time-code" required></label>'
    + '<button class="primary" id="otp-start">Verify the code</button></form></section>'
    + '<section role="tabpanel" id="panel-totp" aria-labelledby="tab-totp"><form id="totp-form">'
    + '<label>BSA user ID<input id="totp-user" autocomplete="username" required></label>'
    + '<label>TOTP code from the BSA app<input id="totp-code" inputmode="numeric" autocomplete="one-time-code" required></label>'
    + '<button class="primary" id="totp-start">Sign in</button></form></section>'
    + '<section role="tabpanel" id="panel-qr" aria-labelledby="tab-qr"><p>Scan the code with the BSA app.</p>'
    + '<button type="button" class="primary" id="qr-start">Show a QR code</button>'
    + '<canvas id="qr-canvas" width="192" height="192" hidden></canvas></section>'
    + '<div class="live" id="live" hidden><p><span class="timer" id="timer">--</span> seconds left'
    + '<button type="button" class="secondary" id="cancel">Cancel</button></p>'
    + '<ol id="feed" aria-live="polite" aria-label="Progress"></ol></div>'
    + '<p class="outcome" id="outcome" role="alert"></p></dialog>';

  /**
   * The Login-Component's dialog, in a shadow root so that the page's styles and ids never meet it:
   * push by user ID, OTP, TOTP and QR, one login at a time, each with its countdown and status feed.
   */
  function LoginDialog() {
    var self = this;
    this.host = document.createElement('div');
    this.host.setAttribute('data-bsa-login-component', '');
    this.root = this.host.attachShadow({ mode: 'open' });
    var style = document.createElement('style');
    style.textContent = DIALOG_STYLE;
    this.root.appendChild(style);
    var holder = document.createElement('div');
    holder.innerHTML = DIALOG_HTML;
    this.dialog = holder.firstChild;
    this.root.appendChild(this.dialog);
    document.body.appendChild(this.host);
    this.current = null;
    this.selected = 'push';
    FLOWS.forEach(function (flow) {
      self.$('tab-' + flow).addEventListener('click', function () { self.select(flow); });
    });
    this.$('tab-push').parentNode.addEventListener('keydown', function (event) { self.moveTab(event); });
    this.onSubmit('push-form', function () { self.startPush(); });
    this.onSubmit('otp-form', function () { self.startOtp(); });
    this.onSubmit('totp-form', function () { self.startTotp(); });
    this.$('qr-start').addEventListener('click', function () { self.startQr(); });
    this.$('cancel').addEventListener('click', function () { self.cancel(false); });
    this.$('close').addEventListener('click', function () { self.dialog.close(); });
    this.dialog.addEventListener('close', function () { self.cancel(true); });
  }

  LoginDialog.prototype.$ = function (id) {
    return this.root.getElementById(id);
  };

  LoginDialog.prototype.onSubmit = function (id, start) {
    this.$(id).addEventListener('submit', function (event) {
      event.preventDefault();
      start();
    });
  };

  LoginDialog.prototype.open = function () {
    if (!this.dialog.open) {
      this.showOutcome(null);
      this.$('live').hidden = true;
      this.select(this.selected);
      this.dialog.showModal();
      this.focusSelected();
    }
    if (componentClientKey() == null) {
      this.showOutcome(failure(CODE.INVALID_PARAMETER, 'This page has no <meta name="' + COMPONENT_KEY_META
        + '" content="{client key}">: add it to the page\'s <head>.'));
    }
  };

  LoginDialog.prototype.select = function (flow) {
    var self = this;
    this.selected = flow;
    FLOWS.forEach(function (each) {
      var tab = self.$('tab-' + each);
      tab.setAttribute('aria-selected', String(each === flow));
      tab.tabIndex = each === flow ? 0 : -1;
      self.$('panel-' + each).hidden = each !== flow;
    });
  };

  LoginDialog.prototype.focusSelected = function () {
    var first = this.$('panel-' + this.selected).querySelector('input, button');
    if (first) {
      first.focus();
    }
  };

  /** Arrow keys, Home and End move between the tabs, as in any tab list. */
  LoginDialog.prototype.moveTab = function (event) {
    var at = FLOWS.indexOf(this.selected);
    var moves = { ArrowRight: at + 1, ArrowLeft: at - 1 + FLOWS.length, Home: 0, End: FLOWS.length - 1 };
    if (!(event.key in moves) || this.current) {
      return;
    }
    event.preventDefault();
    this.select(FLOWS[moves[event.key] % FLOWS.length]);
    this.$('tab-' + this.selected).focus();
  };

  /**
   * Starts a login of {@code flow}: a fresh SDK instance whose timer and status feed write into the
   * dialog for as long as this login is the current one (a login canceled by closing the dialog may
   * still report once the next one runs).
   */
  LoginDialog.prototype.begin = function (flow, withLiveArea) {
    var self = this;
    var login = { flow: flow, sdk: new BSA(text(componentClientKey())) };
    var mine = function (show) {
      return function (value) {
        if (self.current === login) {
          show.call(self, value);
        }
      };
    };
    var timer = mine(this.showTimer);
    var message = mine(this.showStatus);
    login.sdk.setAuthTimer(timer);
    login.sdk.setOtpTimer(timer);
    login.sdk.setQrTimer(timer);
    login.sdk.setAuthMessage(message);
    login.sdk.setOtpMessage(message);
    login.sdk.setQrMessage(message);
    login.onSuccess = mine(this.succeeded);
    login.onError = function (code, errorMessage) {
      if (self.current === login) {
        self.failed(failure(code, errorMessage));
      }
    };
    this.current = login;
    this.showOutcome(null);
    this.$('timer').textContent = '--';
    this.$('feed').textContent = '';
    this.$('live').hidden = !withLiveArea;
    this.busy(true);
    return login;
  };

  LoginDialog.prototype.busy = function (busy) {
    var self = this;
    FLOWS.forEach(function (flow) {
      self.$('tab-' + flow).disabled = busy;
      self.$(flow + '-start').disabled = busy;
    });
    this.$('cancel').disabled = !busy;
  };

  LoginDialog.prototype.startPush = function () {
    var login = this.begin('push', true);
    login.userKey = this.$('push-user').value.trim();
    login.sdk.requestAuthCallback(login.userKey, login.onSuccess, login.onError);
  };

  LoginDialog.prototype.startOtp = function () {
    var login = this.begin('otp', false);
    var live = this.$('live');
    login.sdk.requestOtpCallback(this.$('otp-code'), login.onSuccess, login.onError, function () { live.hidden = false; });
  };

  LoginDialog.prototype.startTotp = function () {
    var login = this.begin('totp', false);
    login.sdk.requestTotpCallback(this.$('totp-user').value.trim(), this.$('totp-code').value, login.onSuccess, login.onError);
  };

  LoginDialog.prototype.startQr = function () {
    var login = this.begin('qr', true);
    var canvas = this.$('qr-canvas');
    canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
    canvas.hidden = false;
    login.sdk.requestQrCallback(canvas, login.onSuccess, login.onError);
  };

  /** Cancels the current login (its onError then says 5011); {@code quietly} when the dialog closes. */
  LoginDialog.prototype.cancel = function (quietly) {
    var login = this.current;
    if (!login) {
      return;
    }
    var self = this;
    var refused = function (code, message) {
      if (!quietly && self.current === login && code !== CODE.AUTH_CANCELED) {
        self.showOutcome(failure(code, 'Could not cancel: ' + message));
      }
    };
    if (quietly) {
      this.current = null;
      this.busy(false);
    }
    if (login.flow === 'push') {
      login.sdk.onCancel(login.userKey, refused);
    } else if (login.flow === 'otp') {
      login.sdk.onOtpCancel(this.$('otp-code'), refused);
    } else if (login.flow === 'qr') {
      login.sdk.onQrCancel(this.$('qr-canvas'), refused);
    }
  };

  LoginDialog.prototype.showTimer = function (seconds) {
    this.$('timer').textContent = String(seconds);
  };

  LoginDialog.prototype.showStatus = function (status) {
    var item = document.createElement('li');
    item.textContent = status;
    this.$('feed').appendChild(item);
  };

  LoginDialog.prototype.showOutcome = function (error) {
    var outcome = this.$('outcome');
    outcome.textContent = '';
    if (error) {
      var code = document.createElement('strong');
      code.id = 'outcome-code';
      code.textContent = String(error.code);
      var message = document.createElement('span');
      message.id = 'outcome-message';
      message.textContent = error.message;
      outcome.appendChild(code);
      outcome.appendChild(message);
    }
  };

  LoginDialog.prototype.succeeded = function (tokens) {
    this.current = null;
    this.busy(false);
    this.$('qr-canvas').hidden = true;
    this.dialog.close();
    componentSucceeded(tokens);
  };

  LoginDialog.prototype.failed = function (error) {
    this.current = null;
    this.busy(false);
    this.$('qr-canvas').hidden = true;
    this.showOutcome(error);
  };

  function openLoginDialog() {
    if (!loginDialog) {
      loginDialog = new LoginDialog();
    }
    loginDialog.open();
  }

  var BUTTON_STYLE = '.' + BUTTON_CLASS + '[data-bsa-label]{display:inline-flex;align-items:center;'
    + 'font:600 15px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:.65em 1.1em;border:0;'
    + 'border-radius:8px;background:#4338ca;color:#fff;cursor:pointer}'
    + '.' + BUTTON_CLASS + '[data-bsa-label]:hover{background:#3730a3}'
    + '.' + BUTTON_CLASS + '[data-bsa-label]:focus-visible{outline:3px solid rgba(67,56,202,.45);outline-offset:2px}';

  /** Gives an empty .guardian_btn a label and a look (a button with content of its own keeps both). */
  function prepareButton(button) {
    if (button.hasAttribute('data-bsa-ready')) {
      return;
    }
    button.setAttribute('data-bsa-ready', '');
    button.setAttribute('aria-haspopup', 'dialog');
    if (button.localName === 'button' && !button.hasAttribute('type')) {
      button.type = 'button';
    }
    if (!button.textContent.trim() && !button.firstElementChild) {
      button.textContent = BUTTON_LABEL;
      button.setAttribute('data-bsa-label', '');
      if (!document.getElementById('bsa-login-component-style')) {
        var style = document.createElement('style');
        style.id = 'bsa-login-component-style';
        style.textContent = BUTTON_STYLE;
        (document.head || document.documentElement).appendChild(style);
      }
    }
  }

  function prepareButtonsIn(node) {
    if (node.nodeType !== 1) {
      return;
    }
    if (node.classList.contains(BUTTON_CLASS)) {
      prepareButton(node);
    }
    var inside = node.getElementsByClassName(BUTTON_CLASS);
    for (var i = 0; i < inside.length; i++) {
      prepareButton(inside[i]);
    }
  }

  /** Every .guardian_btn of the page, now or added later, opens the dialog (one listener on the document). */
  function wireLoginComponent() {
    document.addEventListener('click', function (event) {
      var button = event.target && isFunction(event.target.closest) ? event.target.closest('.' + BUTTON_CLASS) : null;
      if (button && !button.disabled) {
        event.preventDefault();
        openLoginDialog();
      }
    });
    var prepareAll = function () {
      prepareButtonsIn(document.documentElement);
      if (isFunction(global.MutationObserver)) {
        new MutationObserver(function (changes) {
          changes.forEach(function (change) {
            Array.prototype.forEach.call(change.addedNodes, prepareButtonsIn);
          });
        }).observe(document.documentElement, { childList: true, subtree: true });
      }
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', prepareAll);
    } else {
      prepareAll();
    }
  }

  if (document && !global.BSA) {
    wireLoginComponent();
  }

  global.BSA = BSA;
  global.Guardian = BSA;
}(typeof window !== 'undefined' ? window : this));
