package dev.bsa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The load driver's command line: a short push run against an embedded simulator, its report and exit status. */
class LoadDriverTest {

    @Test
    void shortPushRun_printsTheReportWithoutErrors_andExitsZero() {
        StringWriter out = new StringWriter();
        CommandLine command = LoadDriver.commandLine().setOut(new PrintWriter(out));

        int status =
                command.execute("--flow", "push", "--users", "4", "--workers", "2", "--warmup", "0", "--duration", "2");

        assertThat(status).as(out.toString()).isZero();
        assertThat(out.toString())
                .contains("PUSH logins, 2 workers, 4 users")
                .containsPattern("logins +[1-9][0-9]* \\(")
                .containsPattern("errors +none");
    }

    @Test
    void remoteTargetWithoutAdminToken_isAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine command = LoadDriver.commandLine().setErr(new PrintWriter(err));

        int status = command.execute("--url", "http://127.0.0.1:9");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--url needs --admin-token");
    }
}
