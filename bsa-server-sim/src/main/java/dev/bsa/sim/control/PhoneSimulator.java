package dev.bsa.sim.control;

import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.port.in.DeviceApproveUseCase;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.DeviceRejectUseCase;
import dev.bsa.sim.control.port.PhoneBehaviour;
import dev.bsa.sim.control.port.PhoneBehaviourStore;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phones that answer by themselves: on each push it looks up the user's behaviour and, for
 * auto-approve or auto-reject, answers through the same use cases a real phone would, after the
 * configured delay (in real time). Manual and never-answering phones are left alone, and so is every
 * push after {@link #close()}.
 */
public final class PhoneSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneSimulator.class);

    private final PhoneBehaviourStore behaviours;
    private final DeviceApproveUseCase approve;
    private final DeviceRejectUseCase reject;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bsa-phone-simulator");
        thread.setDaemon(true);
        return thread;
    });

    public PhoneSimulator(PhoneBehaviourStore behaviours, DeviceApproveUseCase approve, DeviceRejectUseCase reject) {
        this.behaviours = behaviours;
        this.approve = approve;
        this.reject = reject;
    }

    /** Reacts to a push delivered to a phone. */
    public void onPush(PushNotification push) {
        PhoneBehaviour behaviour = behaviours.find(push.user());
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
        LOG.debug("simulated phone of {} answered {} for session {}: {}", push.user(), answer, push.session(),
                accepted ? "accepted" : "too late");
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
