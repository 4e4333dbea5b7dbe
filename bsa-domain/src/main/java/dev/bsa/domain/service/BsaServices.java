package dev.bsa.domain.service;

import dev.bsa.domain.model.Retention;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.PurgeHistoryUseCase;
import dev.bsa.domain.port.out.DrivenPorts;

/**
 * The single place the domain's services are assembled over one set of driven ports, used alike by the
 * simulator's bootstrap and by the tests.
 */
public final class BsaServices {

    private BsaServices() {}

    /** Assembles every service over {@code ports}. */
    public static BsaUseCases wire(DrivenPorts ports) {
        ClientPolicy clientPolicy = new ClientPolicy(ports.clients());
        UserPolicy userPolicy = new UserPolicy(ports.users(), ports.links());
        SessionLifecycle lifecycle = new SessionLifecycle(ports.sessions(), ports.statuses(), ports.clock());
        PushLaunch launch = new PushLaunch(
                lifecycle, ports.channels(), ports.push(), ports.settings(), ports.keys(), ports.clock());
        DeviceSessions deviceSessions = new DeviceSessions(ports.sessions());
        return new BsaUseCases(
                new RequestPushService(clientPolicy, userPolicy, launch),
                new RequestOtpService(clientPolicy, userPolicy, lifecycle, launch, ports.appOtpCodes(), ports.clock()),
                new RequestTotpService(
                        clientPolicy,
                        userPolicy,
                        new TotpCodePolicy(ports.totpGenerator()),
                        lifecycle,
                        ports.totpState(),
                        ports.settings(),
                        ports.tokens(),
                        ports.keys(),
                        ports.clock()),
                new RequestQrService(
                        clientPolicy, lifecycle, ports.channels(), ports.settings(), ports.keys(), ports.clock()),
                new ScanQrService(userPolicy, lifecycle, ports.sessions(), ports.clients()),
                new CancelService(clientPolicy, lifecycle, ports.sessions(), ports.users()),
                new DeviceStartService(deviceSessions, lifecycle),
                new DeviceApproveService(deviceSessions, lifecycle, ports.nodes(), ports.tokens(), ports.clock()),
                new DeviceRejectService(deviceSessions, lifecycle),
                new IssueAppOtpService(userPolicy, ports.appOtpCodes(), ports.settings(), ports.keys(), ports.clock()),
                new CurrentTotpService(ports.users(), ports.settings(), ports.totpGenerator(), ports.clock()),
                new ExpireDueSessionsService(lifecycle, ports.sessions(), ports.appOtpCodes(), ports.clock()),
                new SessionQueryService(clientPolicy, lifecycle, ports.sessions(), ports.clock()));
    }

    /** The retention job over {@code ports}: ended sessions are kept for {@code retention} after their deadline. */
    public static PurgeHistoryUseCase purgeHistory(DrivenPorts ports, Retention retention) {
        return new PurgeHistoryService(ports.sessions(), ports.totpState(), ports.settings(), retention, ports.clock());
    }
}
