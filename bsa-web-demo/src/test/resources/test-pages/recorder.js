/*
 * For the SDK's contract tests: every callback a test hands to the SDK is made by record(name),
 * which appends {name, args} to window.calls in the order the SDK calls it.
 */
window.calls = [];
window.record = function (name) {
  return function () {
    window.calls.push({ name: name, args: Array.prototype.slice.call(arguments) });
  };
};
