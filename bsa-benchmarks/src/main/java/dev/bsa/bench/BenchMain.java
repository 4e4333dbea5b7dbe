package dev.bsa.bench;

import dev.bsa.bench.report.ReportCommand;
import java.util.Arrays;

/**
 * The main class of {@code bsa-benchmarks.jar}: {@code report ...} runs the baseline report
 * ({@link ReportCommand}); anything else goes to JMH's runner as before ({@code -l}, a benchmark name, options).
 */
public final class BenchMain {

    private BenchMain() {}

    /** Runs the report or JMH. */
    public static void main(String[] args) throws Exception {
        // The load generator's HTTP clients drop a kept-alive connection after 20 s idle, before the servers' own
        // 30 s (Jetty's default): otherwise a connection left idle between two windows of its flow could be
        // reused just as the server closes it, and that call fail with "header parser received no bytes".
        System.setProperty("jdk.httpclient.keepalive.timeout", "20");
        if (args.length > 0 && "report".equals(args[0])) {
            System.exit(ReportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        org.openjdk.jmh.Main.main(args);
    }
}
