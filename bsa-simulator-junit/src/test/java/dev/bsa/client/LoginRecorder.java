package dev.bsa.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Records every callback of one login, in the order they ran: {@code status:X}, {@code timer:N},
 * {@code codeSuccess}, {@code codeError:C}, {@code qr}, {@code success}, {@code error:C}, {@code cancelError:C}.
 */
final class LoginRecorder {

    private final List<String> events = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Tokens tokens;
    private volatile QrCode qr;
    private volatile int errorCode;
    private final CountDownLatch qrShown = new CountDownLatch(1);

    /** Sets the recorder as the timer and message callbacks of every flow of {@code bsa}. */
    LoginRecorder listenTo(Bsa bsa) {
        bsa.setAuthTimer(timer());
        bsa.setAuthMessage(message());
        bsa.setOtpTimer(timer());
        bsa.setOtpMessage(message());
        bsa.setQrTimer(timer());
        bsa.setQrMessage(message());
        return this;
    }

    IntConsumer timer() {
        return seconds -> add("timer:" + seconds);
    }

    Consumer<String> message() {
        return status -> add("status:" + status);
    }

    Consumer<Tokens> onSuccess() {
        return received -> {
            tokens = received;
            add("success");
            ended.countDown();
        };
    }

    ErrorCallback onError() {
        return (code, message) -> {
            errorCode = code;
            add("error:" + code);
            ended.countDown();
        };
    }

    Runnable onCodeSuccess() {
        return () -> add("codeSuccess");
    }

    ErrorCallback onCodeError() {
        return (code, message) -> {
            errorCode = code;
            add("codeError:" + code);
            ended.countDown();
        };
    }

    ErrorCallback onCancelError() {
        return (code, message) -> add("cancelError:" + code);
    }

    Consumer<QrCode> onQr() {
        return code -> {
            qr = code;
            add("qr");
            qrShown.countDown();
        };
    }

    /** Waits for the terminal callback. */
    LoginRecorder awaitEnd(Duration timeout) throws InterruptedException {
        if (!ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no terminal callback within " + timeout + "; so far: " + events());
        }
        return this;
    }

    /** Waits for the QR code. */
    QrCode awaitQr(Duration timeout) throws InterruptedException {
        if (!qrShown.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no QR code within " + timeout + "; so far: " + events());
        }
        return qr;
    }

    /** Waits until a status was received. */
    void awaitStatus(String status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!statuses().contains(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + status + " within " + timeout + "; so far: " + events());
            }
            Thread.sleep(20);
        }
    }

    /** Waits until at least {@code count} callbacks ran, and gives them. */
    List<String> awaitEvents(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " callbacks within " + timeout + ": " + events());
            }
            Thread.sleep(20);
        }
        return events();
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    /** The statuses, in order. */
    synchronized List<String> statuses() {
        return events.stream()
                .filter(event -> event.startsWith("status:"))
                .map(event -> event.substring(7))
                .toList();
    }

    /** The timer values, in order. */
    synchronized List<Integer> timerValues() {
        return events.stream()
                .filter(event -> event.startsWith("timer:"))
                .map(event -> Integer.parseInt(event.substring(6)))
                .toList();
    }

    /** The events that are not timer ticks, in order. */
    synchronized List<String> eventsWithoutTimer() {
        return events.stream().filter(event -> !event.startsWith("timer:")).toList();
    }

    Tokens tokens() {
        return tokens;
    }

    int errorCode() {
        return errorCode;
    }

    private synchronized void add(String event) {
        events.add(event);
    }
}
