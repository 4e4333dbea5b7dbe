package dev.bsa.sim.application.service;

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
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ManageDirectoryUseCase;
import dev.bsa.sim.application.port.out.DeviceRegistry;
import dev.bsa.sim.application.port.out.EventLog;
import dev.bsa.sim.application.port.out.RandomSource;
import java.util.List;
import java.util.Optional;

/** The control plane's directory: websites, users and the links between them. */
public final class ManageDirectoryService implements ManageDirectoryUseCase {

    /** Length of generated TOTP secrets: 160 bits, as RFC 4226 recommends. */
    public static final int TOTP_SECRET_BYTES = 20;

    private final ClientRepository clients;
    private final UserRepository users;
    private final LinkRepository links;
    private final DeviceRegistry devices;
    private final RandomSource random;
    private final EventLog events;

    public ManageDirectoryService(
            ClientRepository clients,
            UserRepository users,
            LinkRepository links,
            DeviceRegistry devices,
            RandomSource random,
            EventLog events) {
        this.clients = clients;
        this.users = users;
        this.links = links;
        this.devices = devices;
        this.random = random;
        this.events = events;
    }

    @Override
    public List<Client> clients() {
        return clients.findAll();
    }

    @Override
    public Optional<Client> client(ClientKey key) {
        return clients.find(key);
    }

    @Override
    public void saveClient(Client client) {
        clients.save(client);
        events.publish(new SimEvent.ClientSaved(client.key().value()));
    }

    @Override
    public boolean deleteClient(ClientKey key) {
        links.findAll().stream().filter(link -> link.client().equals(key)).forEach(links::unlink);
        boolean existed = clients.delete(key);
        events.publish(new SimEvent.ClientDeleted(key.value()));
        return existed;
    }

    @Override
    public List<User> users() {
        return users.findAll();
    }

    @Override
    public Optional<User> user(UserKey key) {
        return users.find(key);
    }

    @Override
    public User saveUser(UserKey key, UserStatus status, boolean deviceRegistered, Optional<TotpSecret> secret) {
        User user = new User(key, status, deviceRegistered, Optional.of(secret.orElseGet(() -> newTotpSecret(random))));
        users.save(user);
        events.publish(new SimEvent.UserSaved(key.value(), status.name(), deviceRegistered));
        return user;
    }

    @Override
    public boolean deleteUser(UserKey key) {
        devices.unregister(key);
        links.findAll().stream().filter(link -> link.user().equals(key)).forEach(links::unlink);
        boolean existed = users.delete(key);
        events.publish(new SimEvent.UserDeleted(key.value()));
        return existed;
    }

    @Override
    public Result<Done> link(UserKey user, ClientKey client) {
        if (users.find(user).isEmpty()) {
            return Result.reject(ErrorCode.UNREGISTERED_USER, "user " + user + " is not registered");
        }
        if (clients.find(client).isEmpty()) {
            return Result.reject(ErrorCode.INVALID_CLIENT_KEY, "no client has the key " + client);
        }
        links.link(new Link(user, client));
        events.publish(new SimEvent.Linked(user.value(), client.value()));
        return Result.done();
    }

    @Override
    public boolean unlink(UserKey user, ClientKey client) {
        boolean existed = links.unlink(new Link(user, client));
        events.publish(new SimEvent.Unlinked(user.value(), client.value()));
        return existed;
    }

    @Override
    public List<Link> links() {
        return links.findAll();
    }

    /** A random TOTP secret of {@value #TOTP_SECRET_BYTES} bytes. */
    static TotpSecret newTotpSecret(RandomSource random) {
        return TotpSecret.of(random.nextBytes(TOTP_SECRET_BYTES));
    }
}
