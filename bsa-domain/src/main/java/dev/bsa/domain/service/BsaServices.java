package dev.bsa.domain.service;

import dev.bsa.domain.port.in.CancelUseCase;
import dev.bsa.domain.port.in.CurrentTotpQuery;
import dev.bsa.domain.port.in.DeviceApproveUseCase;
import dev.bsa.domain.port.in.DeviceRejectUseCase;
import dev.bsa.domain.port.in.DeviceStartUseCase;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.domain.port.in.IssueAppOtpUseCase;
import dev.bsa.domain.port.in.RequestOtpUseCase;
import dev.bsa.domain.port.in.RequestPushUseCase;
import dev.bsa.domain.port.in.RequestQrUseCase;
import dev.bsa.domain.port.in.RequestTotpUseCase;
import dev.bsa.domain.port.in.ScanQrUseCase;
import dev.bsa.domain.port.in.SessionQueries;
import dev.bsa.domain.port.out.DrivenPorts;

/**
 * Every use case of the domain, wired to one set of driven ports: the single place the services
 * are assembled, used alike by the simulator's bootstrap and by the tests.
 *
 * @param requestPush   push login
 * @param requestOtp    OTP login
 * @param requestTotp   TOTP login
 * @param requestQr     QR login
 * @param scanQr        QR scans
 * @param cancel        cancels
 * @param deviceStart   the phone opens a request
 * @param deviceApprove the phone approves
 * @param deviceReject  the phone rejects
 * @param issueAppOtp   the app issues an OTP code
 * @param currentTotp   the app shows its TOTP code
 * @param expireDue     the deadline sweeper
 * @param queries       status polls and the phone's inbox
 */
public record BsaServices(
        RequestPushUseCase requestPush,
        RequestOtpUseCase requestOtp,
        RequestTotpUseCase requestTotp,
        RequestQrUseCase requestQr,
        ScanQrUseCase scanQr,
        CancelUseCase cancel,
        DeviceStartUseCase deviceStart,
        DeviceApproveUseCase deviceApprove,
        DeviceRejectUseCase deviceReject,
        IssueAppOtpUseCase issueAppOtp,
        CurrentTotpQuery currentTotp,
        ExpireDueSessionsUseCase expireDue,
        SessionQueries queries) {

    /** Assembles every service over {@code ports}. */
    public static BsaServices wire(DrivenPorts ports) {
        ClientPolicy clientPolicy = new ClientPolicy(ports.clients());
        UserPolicy userPolicy = new UserPolicy(ports.users(), ports.links());
        SessionLifecycle lifecycle = new SessionLifecycle(ports.sessions(), ports.statuses(), ports.clock());
        PushLaunch launch = new PushLaunch(lifecycle, ports.channels(), ports.push());
        DeviceSessions deviceSessions = new DeviceSessions(ports.sessions());
        return new BsaServices(
                new RequestPushService(clientPolicy, userPolicy, lifecycle, launch, ports.settings(), ports.keys(),
                        ports.clock()),
                new RequestOtpService(clientPolicy, userPolicy, lifecycle, launch, ports.appOtpCodes(),
                        ports.settings(), ports.keys(), ports.clock()),
                new RequestTotpService(clientPolicy, userPolicy, new TotpCodePolicy(ports.totpGenerator()), lifecycle,
                        ports.totpState(), ports.settings(), ports.tokens(), ports.keys(), ports.clock()),
                new RequestQrService(clientPolicy, lifecycle, ports.channels(), ports.settings(), ports.keys(),
                        ports.clock()),
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
}
