package dev.bsa.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.client.internal.ChannelOutcome;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginRunTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LoginRecorder recorder = new LoginRecorder();
    private final FlowListeners listeners = new FlowListeners();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void afterTheTerminalCallback_nothingOfTheRequestRuns() {
        listeners.message(recorder.message());
        LoginRun run = run(LoginCallbacks.of(recorder.onSuccess(), recorder.onError()));

        run.onStatus("RequestAuth");
        run.onEnd(new ChannelOutcome("AuthCompleted", 0, null, "access", "refresh"));
        run.onStatus("AuthCompleted");
        run.fail(5001, "late", false);
        run.codeAccepted();

        assertThat(recorder.events()).containsExactly("status:RequestAuth", "success");
    }

    @Test
    void aCodeStageError_goesToOnCodeError_whenThereIsOne() {
        LoginRun run =
                run(new LoginCallbacks(recorder.onSuccess(), recorder.onError(), null, recorder.onCodeError(), null));

        run.fail(3005, "OTP/TOTP code verification failure", true);

        assertThat(recorder.events()).containsExactly("codeError:3005");
    }

    @Test
    void aCodeStageError_goesToOnError_withoutOnCodeError() {
        LoginRun run = run(LoginCallbacks.of(recorder.onSuccess(), recorder.onError()));

        run.fail(3201, null, true);

        assertThat(recorder.events()).containsExactly("error:3201");
    }

    @Test
    void aFailedChannel_reachesOnErrorWithItsCode() {
        LoginRun run = run(LoginCallbacks.of(recorder.onSuccess(), recorder.onError()));

        run.onEnd(new ChannelOutcome("AuthFailed", 5010, "Authentication failed", null, null));

        assertThat(recorder.events()).containsExactly("error:5010");
    }

    @Test
    void cancellingAnEndedRequest_gives5019ToTheCancelCallback() {
        LoginRun run = run(LoginCallbacks.of(recorder.onSuccess(), recorder.onError()));
        run.fail(5010, "rejected", false);
        LoginRecorder cancel = new LoginRecorder();

        run.cancel(null, cancel.onCancelError());

        assertThat(cancel.events()).containsExactly("cancelError:5019");
    }

    private LoginRun run(LoginCallbacks callbacks) {
        return new LoginRun(callbacks, listeners, Runnable::run, scheduler, () -> {});
    }
}
