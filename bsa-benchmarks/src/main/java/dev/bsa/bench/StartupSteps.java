package dev.bsa.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.bsa.bench.startup.StepClock;
import dev.bsa.sim.adapter.out.persistence.Database;
import dev.bsa.sim.adapter.out.persistence.JooqRefreshTokenStore;
import dev.bsa.sim.adapter.out.persistence.JooqSigningKeyStore;
import dev.bsa.sim.adapter.out.random.SecureRandomKeySource;
import dev.bsa.sim.adapter.out.token.NimbusTokenAuthority;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code java -cp bsa-benchmarks.jar dev.bsa.bench.StartupSteps}: what the simulator's start is made of,
 * in a fresh JVM. It does the expensive steps of {@code Simulator.start} one by one (Logback, the pool and
 * H2, the schema migration, the first jOOQ query, the ES256 key, Javalin and Jetty) and times each, then starts a
 * whole simulator with those classes loaded. Run it on a quiet machine, and more than once: only the first
 * use of each library in a JVM is what a start pays.
 */
@Command(
        name = "startup-steps",
        mixinStandardHelpOptions = true,
        version = "BSA start-up steps 0.1.0",
        description = "Times the steps of the simulator's start one by one in this (fresh) JVM.")
public final class StartupSteps implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the steps and exits. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new StartupSteps()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "JVM start to main: %d ms%n",
                ManagementFactory.getRuntimeMXBean().getUptime());
        StepClock clock = new StepClock(out);
        LoggerFactory.getLogger(StartupSteps.class).debug("first logger");
        clock.lap("Logback's first logger (configured in code)");
        try (HikariDataSource pool = new HikariDataSource(h2Pool())) {
            clock.lap("HikariCP and the first H2 connection");
        }
        try (Database database = Database.open(SimulatorConfig.inMemoryDatabase())) {
            clock.lap("Database.open: pool, H2, the migration script");
            database.dsl().selectOne().fetch();
            clock.lap("the first jOOQ query");
            new NimbusTokenAuthority(
                            new JooqSigningKeyStore(database.dsl()),
                            new JooqRefreshTokenStore(database.dsl()),
                            new SecureRandomKeySource(),
                            "bsa-simulator")
                    .ensureSigningKey();
            clock.lap("ES256 key made and saved (after the start)");
        }
        Javalin javalin = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.host = "127.0.0.1";
                    config.jetty.port = 0;
                })
                .start();
        clock.lap("Javalin and Jetty started, no routes");
        javalin.stop();
        Simulator simulator =
                Simulator.start(SimulatorConfig.defaults().withHost("127.0.0.1").withPort(0));
        clock.lap("Simulator.start with all of the above loaded");
        simulator.close();
        return 0;
    }

    private static HikariConfig h2Pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SimulatorConfig.inMemoryDatabase());
        config.setUsername("sa");
        config.setPassword("");
        return config;
    }
}
