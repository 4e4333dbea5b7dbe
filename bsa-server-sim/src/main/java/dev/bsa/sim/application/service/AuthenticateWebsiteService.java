package dev.bsa.sim.application.service;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.service.ClientPolicy;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.port.in.AuthenticateWebsiteUseCase;
import dev.bsa.sim.application.port.out.FaultInjector;

/** The domain's client-key rule ({@link ClientPolicy}), then queued {@link FaultKind#CLIENT_KEY} and {@link FaultKind#SERVER} faults. */
public final class AuthenticateWebsiteService implements AuthenticateWebsiteUseCase {

    private final ClientPolicy clients;
    private final FaultInjector faults;

    public AuthenticateWebsiteService(ClientPolicy clients, FaultInjector faults) {
        this.clients = clients;
        this.faults = faults;
    }

    @Override
    public Result<Client> authenticate(String rawClientKey) {
        return clients.authenticate(rawClientKey)
                .check(client -> faults.run(FaultKind.CLIENT_KEY))
                .check(client -> faults.run(FaultKind.SERVER));
    }
}
