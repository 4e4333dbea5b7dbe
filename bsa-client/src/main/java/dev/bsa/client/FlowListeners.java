package dev.bsa.client;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The timer and message callbacks of one flow family (auth, OTP or QR), set on the {@link Bsa}
 * instance with {@code set*Timer} and {@code set*Message} and read when each event is delivered.
 */
final class FlowListeners {

    /** For flows without timer or status feed (TOTP). */
    static final FlowListeners NONE = new FlowListeners();

    private volatile IntConsumer timer;
    private volatile Consumer<String> message;

    IntConsumer timer() {
        return timer;
    }

    void timer(IntConsumer timer) {
        this.timer = timer;
    }

    Consumer<String> message() {
        return message;
    }

    void message(Consumer<String> message) {
        this.message = message;
    }
}
