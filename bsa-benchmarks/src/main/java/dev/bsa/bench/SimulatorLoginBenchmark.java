package dev.bsa.bench;

import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.RequestPushUseCase.RequestPushCommand;
import dev.bsa.domain.port.in.RequestTotpUseCase.RequestTotpCommand;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.sim.adapter.out.totp.JavaOtpTotpCodeGenerator;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole logins through a real simulator's use cases, in process: the production wiring (jOOQ + H2 in
 * memory, audit log, status broadcast, ES256 tokens, java-otp) without HTTP, WebSocket or JSON. Compared
 * with {@link DomainLoginBenchmark} it shows what the adapters add; compared with the load driver, what
 * the wire adds. The demo seed's {@code alice} answers on her phone by hand, so nothing but the
 * benchmark answers her pushes. The database keeps every login, as a running simulator does. The JIT
 * needs far longer for jOOQ and H2 than for the domain: on two cores the time per login falls for some
 * 30 s, hence the long warm-up (a shorter one on the command line measures the interpreter).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class SimulatorLoginBenchmark {

    private static final String CLIENT_KEY = "demo-client-key";
    private static final UserKey ALICE = new UserKey("alice");

    private Simulator simulator;
    private BsaUseCases services;
    private RequestPushCommand pushRequest;
    private JavaOtpTotpCodeGenerator phoneTotp;
    private TotpSecret aliceSecret;
    private TotpRules totpRules;

    /** A simulator on a free loopback port with the demo seed, a virtual clock and no daily TOTP limit to speak of. */
    @Setup
    public void start() {
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withVirtualClock(Instant.parse("2026-01-15T09:00:00Z"))
                .withTotpLimit(1_000_000));
        services = simulator.services();
        pushRequest = new RequestPushCommand(CLIENT_KEY, ALICE.value());
        phoneTotp = new JavaOtpTotpCodeGenerator();
        aliceSecret = simulator
                .control()
                .directory()
                .user(ALICE)
                .flatMap(User::totpSecret)
                .orElseThrow();
        totpRules = simulator.control().settings().current().totp();
    }

    /** Stops the simulator. */
    @TearDown
    public void stop() {
        simulator.close();
    }

    /** Request, phone start, phone approval: a completed push login and its tokens. */
    @Benchmark
    public IssuedTokens pushLogin() {
        SessionStarted started = services.requestPush().requestPush(pushRequest).value();
        DeviceCommand phone = new DeviceCommand(ALICE, started.session().value());
        services.deviceStart().start(phone).value();
        return services.deviceApprove().approve(phone).value().tokens().orElseThrow();
    }

    /** A TOTP login with the right code, after moving the virtual clock one step (a step is accepted once). */
    @Benchmark
    public IssuedTokens totpLogin() {
        simulator.control().time().advance(totpRules.step().toMillis());
        String code = phoneTotp.generate(aliceSecret, simulator.clock().instant(), totpRules);
        return services.requestTotp()
                .requestTotp(new RequestTotpCommand(CLIENT_KEY, ALICE.value(), code))
                .value()
                .tokens();
    }
}
