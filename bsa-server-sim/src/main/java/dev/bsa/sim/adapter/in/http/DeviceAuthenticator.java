package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.port.in.ManageDevicesUseCase;
import io.javalin.http.Context;

/** The device-side credential: the {@code X-BSA-Device-Token} header names the phone, and so its user (401 otherwise). */
final class DeviceAuthenticator {

    /** The header virtual phones send their token in. */
    static final String HEADER = "X-BSA-Device-Token";

    private final ManageDevicesUseCase devices;

    DeviceAuthenticator(ManageDevicesUseCase devices) {
        this.devices = devices;
    }

    /** The user of the phone that sent the request. */
    UserKey user(Context ctx) {
        return devices.authenticate(ctx.header(HEADER))
                .orElseThrow(() -> RequestRejected.withStatus(
                        401, ErrorCode.INVALID_PARAMETER, "device token missing or unknown"));
    }
}
