package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.port.out.ClientRepository;

/**
 * The website-side checks that come before anything else: the client key names a registered
 * client (2000), and the client's login type allows the method (3301).
 */
public final class ClientPolicy {

    private final ClientRepository clients;

    public ClientPolicy(ClientRepository clients) {
        this.clients = clients;
    }

    /** The client the raw key names; 2000 when the key is missing, malformed or unknown. */
    public Result<Client> authenticate(String rawClientKey) {
        return ClientKey.parse(rawClientKey)
                .flatMap(key -> clients.find(key)
                        .map(Result::success)
                        .orElseGet(() -> Result.reject(ErrorCode.INVALID_CLIENT_KEY, "no client has this key")));
    }

    /** The client, if its login type allows {@code method}; 3301 otherwise. */
    public Result<Client> requireLoginType(Client client, AuthMethod method) {
        if (client.allows(method)) {
            return Result.success(client);
        }
        return Result.reject(
                ErrorCode.LOGIN_TYPE_NOT_CONFIGURED,
                "client " + client.key() + " has no login type configured for " + method);
    }
}
