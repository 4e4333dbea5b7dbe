package dev.bsa.bench;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.TransitionTable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One lookup in the session state machine's table: an edge that exists (the phone's second factor
 * passed during a push login) and one that does not (the same event for a TOTP session, a 5019
 * rejection whose message is built on the spot). Inputs are fields, so nothing is constant-folded.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class TransitionTableBenchmark {

    private final AuthMethod push = AuthMethod.PUSH;
    private final AuthMethod totp = AuthMethod.TOTP;
    private final AuthStatus startAuth = AuthStatus.START_AUTH;
    private final AuthEvent secondFactorPassed = new AuthEvent.SecondFactorPassed();

    /** START_AUTH + SecondFactorPassed for a push session: START_VERIFICATION_OF_NODES. */
    @Benchmark
    public Result<AuthStatus> definedEdge() {
        return TransitionTable.next(push, startAuth, secondFactorPassed);
    }

    /** The same event for a TOTP session: no such edge, a rejection. */
    @Benchmark
    public Result<AuthStatus> rejectedEdge() {
        return TransitionTable.next(totp, startAuth, secondFactorPassed);
    }
}
