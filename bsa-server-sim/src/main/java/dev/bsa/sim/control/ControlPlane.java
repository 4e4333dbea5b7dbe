package dev.bsa.sim.control;

import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.sim.control.port.AuditLog;

/**
 * Everything that drives the simulator from outside the BSA protocol: the admin API, the JUnit
 * extension and the web demo's console all go through this one object.
 *
 * @param directory websites, users, links
 * @param devices   virtual phones: tokens, inboxes, behaviours
 * @param faults    injected failures
 * @param time      the clock
 * @param state     export, import, reset
 * @param tokens    token refresh, verification, public keys
 * @param events    the live event stream
 * @param channels  live status per channel
 * @param settings  the settings in force
 * @param sessions  the sessions, for inspection
 * @param totpState TOTP attempts and steps, for inspection
 * @param audit     the audit log
 */
public record ControlPlane(
        DirectoryService directory,
        DeviceService devices,
        FaultPlan faults,
        TimeService time,
        StateService state,
        TokenService tokens,
        EventFeed events,
        ChannelFeed channels,
        SettingsRepository settings,
        SessionRepository sessions,
        TotpStateRepository totpState,
        AuditLog audit) {
}
