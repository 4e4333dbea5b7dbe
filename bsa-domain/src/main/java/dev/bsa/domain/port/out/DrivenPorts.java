package dev.bsa.domain.port.out;

import java.time.Clock;
import java.util.Objects;

/**
 * Every driven port the application services need, handed over in one piece by the wiring code.
 *
 * @param clients       registered websites
 * @param users         BSA users
 * @param links         user–website links
 * @param sessions      authentication sessions
 * @param appOtpCodes   codes issued by the app for OTP login
 * @param totpState     TOTP attempts and accepted steps
 * @param settings      the settings in force
 * @param keys          randomness
 * @param push          push delivery to phones
 * @param channels      live channels
 * @param nodes         node verification
 * @param tokens        token issuing
 * @param statuses      status publication
 * @param totpGenerator RFC 6238 codes
 * @param clock         the only source of "now"
 */
public record DrivenPorts(
        ClientRepository clients,
        UserRepository users,
        LinkRepository links,
        SessionRepository sessions,
        AppOtpCodeRepository appOtpCodes,
        TotpStateRepository totpState,
        SettingsRepository settings,
        KeySource keys,
        PushGateway push,
        ChannelGateway channels,
        NodeVerifier nodes,
        TokenIssuer tokens,
        StatusPublisher statuses,
        TotpCodeGenerator totpGenerator,
        Clock clock) {

    public DrivenPorts {
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(appOtpCodes, "appOtpCodes");
        Objects.requireNonNull(totpState, "totpState");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(push, "push");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(totpGenerator, "totpGenerator");
        Objects.requireNonNull(clock, "clock");
    }
}
