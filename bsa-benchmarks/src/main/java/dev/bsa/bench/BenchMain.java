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
        if (args.length > 0 && "report".equals(args[0])) {
            System.exit(ReportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        org.openjdk.jmh.Main.main(args);
    }
}
