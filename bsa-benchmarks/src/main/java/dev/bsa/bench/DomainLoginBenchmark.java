package dev.bsa.bench;

import dev.bsa.bench.fixture.MeasuredDomain;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.RequestPushUseCase.RequestPushCommand;
import dev.bsa.domain.port.in.RequestTotpUseCase.RequestTotpCommand;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.HmacTotpCodeGenerator;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.TestBsa;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole logins through the domain's use cases ({@code BsaUseCases}), in memory, without HTTP, storage
 * or signing: what the rules themselves cost. A push login is the website's request, then the phone's
 * start and approval, ending with tokens; a TOTP login is one request with the right code. Each
 * benchmark thread has its own domain, so threads never contend.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class DomainLoginBenchmark {

    private BsaUseCases services;
    private MutableClock clock;
    private User alice;
    private RequestPushCommand pushRequest;
    private HmacTotpCodeGenerator phoneTotp;
    private TotpRules totpRules;
    private TotpSecret aliceSecret;

    /** One website and one linked user; TOTP attempts limited only by the highest allowed daily limit. */
    @Setup
    public void wire() {
        MeasuredDomain domain = new MeasuredDomain(MutableClock.at(TestBsa.START), new HmacTotpCodeGenerator());
        domain.changeSettings(settings -> settings.withTotp(settings.totp().withDailyLimit(1_000_000)));
        Client shop = domain.givenClient("shop");
        alice = domain.givenLinkedUser("alice", shop);
        services = domain.services();
        clock = domain.clock();
        pushRequest = new RequestPushCommand(shop.key().value(), alice.key().value());
        phoneTotp = new HmacTotpCodeGenerator();
        totpRules = domain.settings().totp();
        aliceSecret = TestBsa.secretOf("alice");
    }

    /** Request, phone start, phone approval: a completed push login and its tokens. */
    @Benchmark
    public IssuedTokens pushLogin() {
        SessionStarted started = services.requestPush().requestPush(pushRequest).value();
        DeviceCommand phone = new DeviceCommand(alice.key(), started.session().value());
        services.deviceStart().start(phone).value();
        return services.deviceApprove().approve(phone).value().tokens().orElseThrow();
    }

    /**
     * A TOTP login with the right code. The clock moves one step first (a step is accepted once per
     * user), and the phone's computing of the code (one HMAC) is part of each operation.
     */
    @Benchmark
    public IssuedTokens totpLogin() {
        clock.advance(totpRules.step());
        String code = phoneTotp.generate(aliceSecret, clock.instant(), totpRules);
        return services.requestTotp()
                .requestTotp(new RequestTotpCommand(pushRequest.clientKey(), pushRequest.userKey(), code))
                .value()
                .tokens();
    }
}
