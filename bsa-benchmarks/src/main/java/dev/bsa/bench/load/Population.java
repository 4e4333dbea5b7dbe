package dev.bsa.bench.load;

import dev.bsa.client.BsaAdmin;
import dev.bsa.client.PhoneMode;
import dev.bsa.client.UserAccount;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.application.model.Base32;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The website and users of a load run, created through the admin API as an integrator's test would:
 * a website for push and TOTP, and active users with a phone that approves every push at once, each
 * linked to the website. Existing ones with the same keys are replaced.
 */
final class Population {

    private static final int PARALLEL_CALLS = 8;

    private Population() {}

    /** Creates the website and {@code plan.users()} users; returns them in key order. */
    static List<LoadUser> enrol(BsaAdmin admin, LoadPlan plan) throws InterruptedException {
        admin.saveClient(plan.clientKey(), "BSA load driver", EnumSet.of(AuthMethod.PUSH, AuthMethod.TOTP));
        ExecutorService calls = Executors.newFixedThreadPool(PARALLEL_CALLS);
        try {
            List<Future<LoadUser>> pending = new ArrayList<>();
            for (int index = 0; index < plan.users(); index++) {
                String key = String.format(Locale.ROOT, "%s%05d", plan.userPrefix(), index);
                pending.add(calls.submit(() -> enrolUser(admin, key, plan.clientKey())));
            }
            List<LoadUser> users = new ArrayList<>(pending.size());
            for (Future<LoadUser> user : pending) {
                users.add(user.get());
            }
            return users;
        } catch (ExecutionException failure) {
            throw new IllegalStateException(
                    "creating the load run's users failed: " + failure.getCause(), failure.getCause());
        } finally {
            calls.shutdownNow();
        }
    }

    private static LoadUser enrolUser(BsaAdmin admin, String key, String clientKey) {
        UserAccount account = admin.saveUser(key, UserStatus.ACTIVE, null, null);
        admin.phones().register(key);
        admin.link(key, clientKey);
        admin.phones().setBehaviour(key, PhoneMode.AUTO_APPROVE, Duration.ZERO);
        return new LoadUser(key, TotpSecret.of(Base32.decode(account.totpSecret())));
    }
}
