package dev.bsa.bench;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import dev.bsa.domain.service.TotpCodePolicy;
import dev.bsa.domain.testing.HmacTotpCodeGenerator;
import dev.bsa.domain.testing.TestBsa;
import dev.bsa.sim.adapter.out.totp.JavaOtpTotpCodeGenerator;
import java.security.InvalidKeyException;
import java.security.Key;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TOTP codes (RFC 6238, HMAC-SHA1, 6 digits, 60 s step, one step either side) computed and checked by
 * the domain's {@link TotpCodePolicy}, over the simulator's java-otp adapter ({@code javaOtp}, what the
 * server runs) and over the test kit's plain {@code Mac} generator ({@code testKit}, what the domain
 * tests run). A right code for the current step costs one HMAC; a wrong code is tried against all
 * three steps of the window. {@link #rawJavaOtpThreeSteps} is the baseline of the last: java-otp alone, three
 * codes compared with the wrong one (the report divides by it; run it with {@code -p generator=javaOtp}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class TotpBenchmark {

    @Param({"javaOtp", "testKit"})
    public String generator;

    private final TotpRules rules = TotpRules.defaults();
    private final TotpSecret secret = TestBsa.secretOf("alice");
    private final Instant now = TestBsa.START.plusSeconds(17);
    private TotpCodeGenerator codes;
    private TotpCodePolicy policy;
    private String rightCode;
    private String wrongCode;
    private TimeBasedOneTimePasswordGenerator rawGenerator;

    /** The generator named by the parameter, and a right and a wrong code for {@link #now}. */
    @Setup
    public void prepare() {
        codes = "javaOtp".equals(generator) ? new JavaOtpTotpCodeGenerator() : new HmacTotpCodeGenerator();
        policy = new TotpCodePolicy(codes);
        rightCode = codes.generate(secret, now, rules);
        wrongCode = IntStream.rangeClosed(0, 9)
                .mapToObj(digit -> String.valueOf(digit).repeat(rules.digits()))
                .filter(candidate -> policy.acceptedStep(secret, candidate, now, rules, Optional.empty())
                        .isEmpty())
                .findFirst()
                .orElseThrow();
        rawGenerator = new TimeBasedOneTimePasswordGenerator(
                rules.step(), rules.digits(), rules.algorithm().macName());
    }

    /** One code: what the phone (and the device API) computes. */
    @Benchmark
    public String generate() {
        return codes.generate(secret, now, rules);
    }

    /** The right code for the current step: accepted at the first comparison. */
    @Benchmark
    public Optional<Instant> acceptRightCode() {
        return policy.acceptedStep(secret, rightCode, now, rules, Optional.empty());
    }

    /** A wrong code: compared with every step of the window before it is refused. */
    @Benchmark
    public Optional<Instant> refuseWrongCode() {
        return policy.acceptedStep(secret, wrongCode, now, rules, Optional.empty());
    }

    /**
     * The baseline of {@link #refuseWrongCode}: java-otp alone, the stored secret made a key once, the codes of the
     * three steps of the window computed and compared with the wrong one.
     */
    @Benchmark
    public boolean rawJavaOtpThreeSteps() throws InvalidKeyException {
        Key key = new SecretKeySpec(secret.bytes(), rawGenerator.getAlgorithm());
        int typed = Integer.parseInt(wrongCode);
        boolean accepted = false;
        for (int offset = -rules.window(); offset <= rules.window(); offset++) {
            accepted |= rawGenerator.generateOneTimePassword(
                            key, now.plus(rules.step().multipliedBy(offset)))
                    == typed;
        }
        return accepted;
    }
}
