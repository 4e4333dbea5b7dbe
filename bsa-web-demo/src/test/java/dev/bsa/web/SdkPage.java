package dev.bsa.web;

import dev.bsa.web.browser.Tab;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.TimeoutException;

/**
 * The bare test page {@code test-pages/sdk.html}: {@code bsa.js} and a recorder. Tests run SDK calls
 * in it and read back, in order, every callback the SDK made ({@code record(name)} in the page).
 */
final class SdkPage {

    private static final String READ_CALLS =
            "return window.calls.map(function (call) { return {name: call.name, args: call.args}; });";

    private final Tab tab;

    SdkPage(Tab tab) {
        this.tab = tab;
        tab.waitUntil(
                "bsa.js to load", driver -> tab.script("return typeof window.BSA === 'function' && !!window.record"));
    }

    /** The tab the page is in. */
    Tab tab() {
        return tab;
    }

    /** Runs {@code code} in the page (the arguments are {@code arguments[0..]}) and returns its result. */
    Object run(String code, Object... arguments) {
        return tab.script(code, arguments);
    }

    /** Every callback made so far, in order. */
    @SuppressWarnings("unchecked")
    List<Call> calls() {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) tab.script(READ_CALLS);
        return raw.stream()
                .map(call -> new Call((String) call.get("name"), (List<Object>) call.get("args")))
                .toList();
    }

    /** The callbacks made so far under {@code name}, in order. */
    List<Call> calls(String name) {
        return calls().stream().filter(call -> call.name().equals(name)).toList();
    }

    /** The first arguments of every call under {@code name} so far, in order. */
    List<Object> firstArguments(String name) {
        return calls(name).stream().map(call -> call.arg(0)).toList();
    }

    /** Waits until the callback {@code name} has been made, and returns its first call. */
    Call awaitCall(String name) {
        return awaitCalls(name, 1).get(0);
    }

    /** Waits until the callback {@code name} has been made {@code count} times, and returns those calls. */
    List<Call> awaitCalls(String name, int count) {
        try {
            return tab.waitUntil(count + " call(s) of " + name, driver -> {
                List<Call> made = calls(name);
                return made.size() >= count ? made.subList(0, count) : null;
            });
        } catch (TimeoutException tooLong) {
            throw new AssertionError(
                    "expected " + count + " call(s) of " + name + "; the SDK made " + calls(), tooLong);
        }
    }

    /** The names of every callback made so far, in order. */
    List<String> names() {
        return calls().stream().map(Call::name).toList();
    }

    /**
     * One callback the SDK made.
     *
     * @param name what the test named it
     * @param args what the SDK passed, as the driver gives JavaScript values (numbers as Long or Double)
     */
    record Call(String name, List<Object> args) {

        Object arg(int index) {
            return args.get(index);
        }

        /** The first argument as an object, the way onSuccess receives {accessToken, refreshToken}. */
        @SuppressWarnings("unchecked")
        Map<String, Object> tokens() {
            if (!(arg(0) instanceof Map)) {
                throw new AssertionError(name + " was called with " + args + ", not with an object");
            }
            return (Map<String, Object>) arg(0);
        }
    }
}
