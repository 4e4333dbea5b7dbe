package dev.bsa.bench;

import dev.bsa.bench.load.LoadPlan;
import dev.bsa.bench.load.LoadPlan.LoginFlow;
import dev.bsa.bench.load.LoadReport;
import dev.bsa.bench.load.LoadRun;
import dev.bsa.bench.load.LoadTarget;
import dev.bsa.sim.app.SimulatorConfig;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -cp bsa-benchmarks.jar dev.bsa.bench.LoadDriver}: complete logins against a simulator
 * (started in this JVM, or one running at {@code --url}) by concurrent workers for a while, through the
 * Java SDK over real HTTP and WebSocket; reports logins per second, latency percentiles, errors by code
 * and, for an embedded simulator, the heap after GC. Exits 1 when any login failed.
 */
@Command(
        name = "load-driver",
        mixinStandardHelpOptions = true,
        version = "BSA load driver 0.1.0",
        description = "Runs complete BSA logins against a simulator and reports throughput, latency, errors and heap.")
public final class LoadDriver implements Callable<Integer> {

    @Option(
            names = "--flow",
            defaultValue = "PUSH",
            paramLabel = "PUSH|TOTP",
            description =
                    "Push logins (phones approve at once) or TOTP logins (virtual clock). Default ${DEFAULT-VALUE}.")
    LoginFlow flow;

    @Option(
            names = "--users",
            defaultValue = "200",
            paramLabel = "N",
            description = "Users to create; each worker logs in its own share in turn. Default ${DEFAULT-VALUE}.")
    int users;

    @Option(
            names = "--workers",
            defaultValue = "8",
            paramLabel = "C",
            description = "Concurrent workers, each one login after the other. Default ${DEFAULT-VALUE}.")
    int workers;

    @Option(
            names = "--duration",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description = "Measured time. Default ${DEFAULT-VALUE}.")
    long durationSeconds;

    @Option(
            names = "--warmup",
            defaultValue = "20",
            paramLabel = "SECONDS",
            description = "Unmeasured logins first. The JIT needs minutes on two cores to settle (jOOQ, H2, Jetty): "
                    + "180 gives steady-state figures. Default ${DEFAULT-VALUE}.")
    long warmupSeconds;

    @Option(
            names = "--login-timeout",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description = "A login taking longer counts as error 'timeout'. Default ${DEFAULT-VALUE}.")
    long loginTimeoutSeconds;

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "A running simulator (TOTP needs --clock virtual there); default: start one in this JVM.")
    String url;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "The admin token of the simulator at --url.")
    String adminToken;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "Database of the embedded simulator; default a private H2 in memory.")
    String jdbcUrl;

    @Option(
            names = "--client-key",
            defaultValue = "load-client",
            paramLabel = "KEY",
            description = "Website the logins are for (created or replaced). Default ${DEFAULT-VALUE}.")
    String clientKey;

    @Option(
            names = "--user-prefix",
            defaultValue = "load-",
            paramLabel = "PREFIX",
            description = "Users are PREFIX00000, PREFIX00001, ... (created or replaced). Default ${DEFAULT-VALUE}.")
    String userPrefix;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the driver and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The driver as a picocli command line ({@code --flow push} and {@code --flow PUSH} alike). */
    public static CommandLine commandLine() {
        return new CommandLine(new LoadDriver()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws InterruptedException {
        LoadPlan plan = new LoadPlan(
                flow,
                users,
                workers,
                Duration.ofSeconds(warmupSeconds),
                Duration.ofSeconds(durationSeconds),
                Duration.ofSeconds(loginTimeoutSeconds),
                clientKey,
                userPrefix);
        try (LoadTarget target = target()) {
            LoadReport report = LoadRun.run(target, plan);
            report.print(spec.commandLine().getOut());
            return report.errorCount() == 0 ? 0 : 1;
        }
    }

    private LoadTarget target() {
        if (url == null) {
            return LoadTarget.embedded(
                    jdbcUrl != null ? jdbcUrl : SimulatorConfig.inMemoryDatabase(), flow == LoginFlow.TOTP);
        }
        if (adminToken == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--url needs --admin-token");
        }
        return LoadTarget.remote(url, adminToken);
    }
}
