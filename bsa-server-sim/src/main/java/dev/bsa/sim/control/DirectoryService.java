package dev.bsa.sim.control;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.out.ClientRepository;
import dev.bsa.domain.port.out.LinkRepository;
import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.sim.control.port.RandomSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The control plane's directory: websites, users and the links between them. */
public final class DirectoryService {

    /** Length of generated TOTP secrets: 160 bits, as RFC 4226 recommends. */
    public static final int TOTP_SECRET_BYTES = 20;

    private final ClientRepository clients;
    private final UserRepository users;
    private final LinkRepository links;
    private final RandomSource random;
    private final EventFeed events;

    public DirectoryService(ClientRepository clients, UserRepository users, LinkRepository links, RandomSource random,
            EventFeed events) {
        this.clients = clients;
        this.users = users;
        this.links = links;
        this.random = random;
        this.events = events;
    }

    /** Every client, by key. */
    public List<Client> clients() {
        return clients.findAll();
    }

    /** One client. */
    public Optional<Client> client(ClientKey key) {
        return clients.find(key);
    }

    /** Registers or replaces a client. */
    public void saveClient(Client client) {
        clients.save(client);
        events.publish("admin", Map.of("action", "client-saved", "clientKey", client.key().value()));
    }

    /** Removes a client and every link to it; true when it existed. */
    public boolean deleteClient(ClientKey key) {
        links.findAll().stream().filter(link -> link.client().equals(key)).forEach(links::unlink);
        boolean existed = clients.delete(key);
        events.publish("admin", Map.of("action", "client-deleted", "clientKey", key.value()));
        return existed;
    }

    /** Every user, by key. */
    public List<User> users() {
        return users.findAll();
    }

    /** One user. */
    public Optional<User> user(UserKey key) {
        return users.find(key);
    }

    /** Registers or replaces a user; a user without a TOTP secret is given a fresh random one. */
    public User saveUser(UserKey key, UserStatus status, boolean deviceRegistered, Optional<TotpSecret> secret) {
        User user = new User(key, status, deviceRegistered, Optional.of(secret.orElseGet(this::newTotpSecret)));
        users.save(user);
        events.publish("admin", Map.of("action", "user-saved", "userKey", key.value(),
                "status", status.name(), "deviceRegistered", deviceRegistered));
        return user;
    }

    /** Replaces a user as given. */
    public void saveUser(User user) {
        users.save(user);
        events.publish("admin", Map.of("action", "user-saved", "userKey", user.key().value(),
                "status", user.status().name(), "deviceRegistered", user.deviceRegistered()));
    }

    /** Removes a user and the user's links; true when the user existed. */
    public boolean deleteUser(UserKey key) {
        links.findAll().stream().filter(link -> link.user().equals(key)).forEach(links::unlink);
        boolean existed = users.delete(key);
        events.publish("admin", Map.of("action", "user-deleted", "userKey", key.value()));
        return existed;
    }

    /** Links a user to a client: 2008 for an unknown user, 2000 for an unknown client. */
    public Result<Done> link(UserKey user, ClientKey client) {
        if (users.find(user).isEmpty()) {
            return Result.reject(ErrorCode.UNREGISTERED_USER, "user " + user + " is not registered");
        }
        if (clients.find(client).isEmpty()) {
            return Result.reject(ErrorCode.INVALID_CLIENT_KEY, "no client has the key " + client);
        }
        links.link(new Link(user, client));
        events.publish("admin", Map.of("action", "linked", "userKey", user.value(), "clientKey", client.value()));
        return Result.done();
    }

    /** Removes a link; true when it existed. */
    public boolean unlink(UserKey user, ClientKey client) {
        boolean existed = links.unlink(new Link(user, client));
        events.publish("admin", Map.of("action", "unlinked", "userKey", user.value(), "clientKey", client.value()));
        return existed;
    }

    /** Every link. */
    public List<Link> links() {
        return links.findAll();
    }

    /** A fresh random TOTP secret. */
    public TotpSecret newTotpSecret() {
        return TotpSecret.of(random.nextBytes(TOTP_SECRET_BYTES));
    }
}
