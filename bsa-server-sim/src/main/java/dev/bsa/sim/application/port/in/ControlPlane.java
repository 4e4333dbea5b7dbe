package dev.bsa.sim.application.port.in;

import java.util.Objects;

/**
 * Every use case that drives the simulator from outside the BSA protocol, in one piece: the admin API, the
 * device API's extras, the WebSocket, the JUnit extension and the web demo's console all go through them.
 *
 * @param directory  websites, users, links
 * @param devices    virtual phones: tokens, inboxes, behaviours
 * @param faults     injected failures
 * @param time       the clock
 * @param settings   the settings in force
 * @param state      export, import, reset
 * @param tokens     token refresh, verification, public keys
 * @param inspection sessions, audit log and TOTP counters, for looking at
 * @param channels   live status per channel
 * @param events     the live event stream
 * @param websites   the client-key check
 * @param outcomes   the outcome catalogue: arrange how the next login ends
 */
public record ControlPlane(
        ManageDirectoryUseCase directory,
        ManageDevicesUseCase devices,
        InjectFaultsUseCase faults,
        ControlClockUseCase time,
        ManageSettingsUseCase settings,
        ManageStateUseCase state,
        WebsiteTokensUseCase tokens,
        InspectSimulationUseCase inspection,
        WatchChannelUseCase channels,
        FollowEventsUseCase events,
        AuthenticateWebsiteUseCase websites,
        ArrangeOutcomeUseCase outcomes) {

    public ControlPlane {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(websites, "websites");
        Objects.requireNonNull(outcomes, "outcomes");
    }
}
