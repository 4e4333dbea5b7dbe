package dev.bsa.domain.testing;

import dev.bsa.domain.port.out.DrivenPorts;

/**
 * One set of driven ports for tests: every repository in memory, scripted gateways, recording
 * publisher, readable tokens, deterministic keys, an HMAC TOTP generator and a {@link MutableClock}.
 */
public final class InMemoryPorts {

    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryLinkRepository links = new InMemoryLinkRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryAppOtpCodeRepository appOtpCodes = new InMemoryAppOtpCodeRepository();
    private final InMemoryTotpStateRepository totpState = new InMemoryTotpStateRepository();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final SequentialKeySource keys = new SequentialKeySource();
    private final ScriptedPushGateway push = new ScriptedPushGateway();
    private final ScriptedChannelGateway channels = new ScriptedChannelGateway();
    private final ScriptedNodeVerifier nodes = new ScriptedNodeVerifier();
    private final FakeTokenIssuer tokens = new FakeTokenIssuer();
    private final RecordingStatusPublisher publisher = new RecordingStatusPublisher();
    private final HmacTotpCodeGenerator totpGenerator = new HmacTotpCodeGenerator();
    private final MutableClock clock;

    /** Fresh, empty ports on {@code clock}. */
    public InMemoryPorts(MutableClock clock) {
        this.clock = clock;
    }

    /** These ports, in the shape the services are wired with. */
    public DrivenPorts drivenPorts() {
        return new DrivenPorts(
                clients,
                users,
                links,
                sessions,
                appOtpCodes,
                totpState,
                settings,
                keys,
                push,
                channels,
                nodes,
                tokens,
                publisher,
                totpGenerator,
                clock);
    }

    public InMemoryClientRepository clients() {
        return clients;
    }

    public InMemoryUserRepository users() {
        return users;
    }

    public InMemoryLinkRepository links() {
        return links;
    }

    public InMemorySessionRepository sessions() {
        return sessions;
    }

    public InMemoryAppOtpCodeRepository appOtpCodes() {
        return appOtpCodes;
    }

    public InMemoryTotpStateRepository totpState() {
        return totpState;
    }

    public InMemorySettingsRepository settings() {
        return settings;
    }

    public SequentialKeySource keys() {
        return keys;
    }

    public ScriptedPushGateway push() {
        return push;
    }

    public ScriptedChannelGateway channels() {
        return channels;
    }

    public ScriptedNodeVerifier nodes() {
        return nodes;
    }

    public FakeTokenIssuer tokens() {
        return tokens;
    }

    public RecordingStatusPublisher publisher() {
        return publisher;
    }

    public HmacTotpCodeGenerator totpGenerator() {
        return totpGenerator;
    }

    public MutableClock clock() {
        return clock;
    }
}
