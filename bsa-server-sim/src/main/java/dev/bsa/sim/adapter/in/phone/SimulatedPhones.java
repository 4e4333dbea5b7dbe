package dev.bsa.sim.adapter.in.phone;

import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.port.in.DeviceApproveUseCase;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.DeviceRejectUseCase;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.port.in.ArrangeOutcomeUseCase;
import dev.bsa.sim.application.port.in.ManageDevicesUseCase;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phones that answer by themselves, a driving actor like a person with a phone: on each push it looks up
 * the user's behaviour and, for auto-approve or auto-reject, answers through the same use cases a real phone
 * would, after the configured delay (in real time). Manual and never-answering phones are left alone, and so
 * is every push after {@link #close()}. Answers run on a small pool, one thread per processor, so that many
 * phones answer at once.
 */
public final class SimulatedPhones implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPhones.class);

    private final ManageDevicesUseCase devices;
    private final ArrangeOutcomeUseCase outcomes;
    private final DeviceApproveUseCase approve;
    private final DeviceRejectUseCase reject;
    private final ScheduledThreadPoolExecutor scheduler;

    public SimulatedPhones(
            ManageDevicesUseCase devices,
            ArrangeOutcomeUseCase outcomes,
            DeviceApproveUseCase approve,
            DeviceRejectUseCase reject) {
        this.devices = devices;
        this.outcomes = outcomes;
        this.approve = approve;
        this.reject = reject;
        AtomicInteger threads = new AtomicInteger();
        this.scheduler =
                new ScheduledThreadPoolExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                    Thread thread = new Thread(runnable, "bsa-simulated-phone-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Reacts to a push delivered to a phone, on the phones' own threads (never the sender's): an answer arranged
     * for the user's next push comes first, else the phone's behaviour.
     */
    public void onPush(PushNotification push) {
        try {
            scheduler.execute(() -> answer(push));
        } catch (RejectedExecutionException closed) {
            LOG.debug("the simulated phones are closed; the push to {} stays unanswered", push.user());
        }
    }

    private void answer(PushNotification push) {
        if (outcomes.answerArranged(push)) {
            return;
        }
        PhoneAnswering behaviour = devices.behaviour(push.user());
        DeviceCommand answer = new DeviceCommand(push.user(), push.session().value());
        Runnable action = switch (behaviour.mode()) {
            case AUTO_APPROVE -> () -> log("approve", approve.approve(answer).isSuccess(), push);
            case AUTO_REJECT -> () -> log("reject", reject.reject(answer).isSuccess(), push);
            case MANUAL, NEVER_ANSWER -> null;
        };
        if (action == null) {
            return;
        }
        try {
            scheduler.schedule(action, behaviour.delay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("the simulated phones are closed; the push to {} stays unanswered", push.user());
        }
    }

    private static void log(String answer, boolean accepted, PushNotification push) {
        LOG.debug(
                "simulated phone of {} answered {} for session {}: {}",
                push.user(),
                answer,
                push.session(),
                accepted ? "accepted" : "too late");
    }

    /**
     * Stops answering: answers still waiting for their delay are dropped (their logins stay live until their
     * deadline, as with a phone switched off), answers already running finish within {@code timeoutMillis}.
     * True when nothing is running any more.
     */
    public boolean stop(long timeoutMillis) throws InterruptedException {
        scheduler.shutdown();
        return scheduler.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
