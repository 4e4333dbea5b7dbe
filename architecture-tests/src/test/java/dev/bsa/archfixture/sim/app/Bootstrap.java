package dev.bsa.archfixture.sim.app;

import dev.bsa.archfixture.domain.model.ReadsInjectedClock;
import dev.bsa.archfixture.domain.port.out.SessionStore;
import dev.bsa.archfixture.sim.adapter.in.cli.StartCommand;
import dev.bsa.archfixture.sim.adapter.out.persistence.JdbcSessionStore;
import dev.bsa.archfixture.sim.application.service.SessionManager;
import java.time.Clock;

/**
 * The other half of the package cycle with {@link StartCommand}. It also wires every layer, which the
 * onion rule must allow: the wiring stands outside the onion.
 */
public final class Bootstrap {

    private final StartCommand command;
    private final SessionStore store = new JdbcSessionStore();
    private final ReadsInjectedClock clock = new ReadsInjectedClock(Clock.systemUTC());
    private final SessionManager sessions = new SessionManager();

    public Bootstrap(StartCommand command) {
        this.command = command;
    }

    public int port() {
        return command.port();
    }

    public Object[] parts() {
        return new Object[] {store, clock, sessions};
    }
}
