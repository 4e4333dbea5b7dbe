package dev.bsa.sim.application.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.CancelUseCase.CancelByUserCommand;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.RequestPushUseCase.RequestPushCommand;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.Outcome;
import dev.bsa.sim.application.port.in.ArrangeOutcomeUseCase;
import dev.bsa.sim.application.port.in.ControlClockUseCase;
import dev.bsa.sim.application.port.in.InjectFaultsUseCase;
import dev.bsa.sim.application.port.in.ManageDevicesUseCase;
import dev.bsa.sim.application.port.in.ManageDirectoryUseCase;
import dev.bsa.sim.application.service.ArrangedOutcomes.PhoneAnswer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Arranges outcomes with the simulator's own levers, so that the real rules produce them: a one-shot answer of
 * the user's phone (approve, reject, cancel, time out), a one-shot fault (5015, 5017, 5022, 2001, 2000), a
 * one-shot wrong code or QR step (3005, 5024, 5023), or a change of state that lasts until changed back or reset
 * (5005–5008, 2008, 3201, 3301, 5026, and a login left waiting for 2010).
 */
public final class ArrangeOutcomeService implements ArrangeOutcomeUseCase {

    private final ArrangedOutcomes arranged;
    private final BsaUseCases logins;
    private final ManageDirectoryUseCase directory;
    private final ManageDevicesUseCase devices;
    private final InjectFaultsUseCase faults;
    private final ControlClockUseCase time;
    private final TotpStateRepository totpState;
    private final SettingsRepository settings;
    private final Clock clock;

    public ArrangeOutcomeService(
            ArrangedOutcomes arranged,
            BsaUseCases logins,
            ManageDirectoryUseCase directory,
            ManageDevicesUseCase devices,
            InjectFaultsUseCase faults,
            ControlClockUseCase time,
            TotpStateRepository totpState,
            SettingsRepository settings,
            Clock clock) {
        this.arranged = arranged;
        this.logins = logins;
        this.directory = directory;
        this.devices = devices;
        this.faults = faults;
        this.time = time;
        this.totpState = totpState;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<Outcome> catalogue() {
        return Arrays.asList(Outcome.values());
    }

    @Override
    public Result<Arrangement> arrangeNext(Outcome outcome, Optional<UserKey> user, Optional<ClientKey> client) {
        if (client.isPresent() && directory.client(client.get()).isEmpty()) {
            return Result.reject(ErrorCode.INVALID_CLIENT_KEY, "no client has the key " + client.get());
        }
        if (!outcome.namesUser()) {
            return withoutUser(outcome, user);
        }
        if (user.isEmpty()) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, outcome + " concerns one user: give userKey");
        }
        Optional<User> found = directory.user(user.get());
        if (found.isEmpty()) {
            return Result.reject(ErrorCode.UNREGISTERED_USER, "user " + user.get() + " is not registered");
        }
        return ofUser(outcome, found.get(), client);
    }

    private Result<Arrangement> withoutUser(Outcome outcome, Optional<UserKey> user) {
        return switch (outcome) {
            case INVALID_CLIENT_KEY ->
                fault(outcome, FaultKind.CLIENT_KEY, "the next website call is refused with 2000");
            case CHANNEL_FAILED -> fault(outcome, FaultKind.CHANNEL, "the next channel creation fails with 5015");
            case PUSH_FAILED -> fault(outcome, FaultKind.PUSH, "the next push fails with 5017");
            case NODE_FAILED -> fault(outcome, FaultKind.NODE, "the next node verification fails with 5022");
            case SERVER_ERROR -> fault(outcome, FaultKind.SERVER, "the next website call fails with 2001");
            case WRONG_CODE -> {
                arranged.failNextCode(user);
                yield done(
                        outcome,
                        user,
                        user.map(key -> "the next TOTP code of " + key).orElse("the next OTP or TOTP code")
                                + " is checked as wrong (3005)");
            }
            case QR_OUTSIDE_APP -> {
                arranged.openNextQrOutsideApp();
                yield done(outcome, user, "the next QR login is opened by a camera app (5024)");
            }
            case QR_EXPIRED -> {
                arranged.expireNextQrScan();
                yield done(outcome, user, "the next QR scan finds its code expired (5023)");
            }
            default -> throw new IllegalStateException(outcome + " names a user");
        };
    }

    private Result<Arrangement> ofUser(Outcome outcome, User user, Optional<ClientKey> client) {
        UserKey key = user.key();
        return switch (outcome) {
            case APPROVED -> answer(outcome, key, PhoneAnswer.APPROVE, "approved on the phone");
            case REJECTED -> answer(outcome, key, PhoneAnswer.REJECT, "rejected on the phone (5010)");
            case CANCELED ->
                answer(outcome, key, PhoneAnswer.CANCEL, "cancelled as soon as it reaches the phone (5011)");
            case TIMED_OUT -> timeOut(key);
            case ALREADY_IN_PROGRESS -> keepALoginWaiting(key, client);
            case NOT_APPROVED -> status(outcome, user, UserStatus.UNAPPROVED);
            case TEMPORARILY_SUSPENDED -> status(outcome, user, UserStatus.TEMPORARILY_SUSPENDED);
            case PERMANENTLY_SUSPENDED -> status(outcome, user, UserStatus.PERMANENTLY_SUSPENDED);
            case WITHDRAWN -> status(outcome, user, UserStatus.WITHDRAWN);
            case NO_PHONE -> {
                devices.unregister(key);
                yield done(
                        outcome,
                        Optional.of(key),
                        key + " has no phone from now on (2008) until a phone is registered");
            }
            case NOT_LINKED -> {
                linksOf(key, client).forEach(link -> directory.unlink(link.user(), link.client()));
                yield done(
                        outcome,
                        Optional.of(key),
                        key + " is linked with " + client.map(Object::toString).orElse("no website")
                                + " no more (3201) until linked again");
            }
            case LOGIN_TYPE_NOT_CONFIGURED -> withoutLoginTypes(key, client);
            case DAILY_LIMIT -> useUpTotpAttempts(key);
            default -> withoutUser(outcome, Optional.of(key));
        };
    }

    private Result<Arrangement> answer(Outcome outcome, UserKey user, PhoneAnswer answer, String how) {
        arranged.answerNextPush(user, answer);
        return done(outcome, Optional.of(user), "the next push to " + user + " is " + how);
    }

    private Result<Arrangement> timeOut(UserKey user) {
        if (!time.isVirtual()) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER,
                    "a timeout without waiting needs the virtual clock (--clock "
                            + "virtual); on the system clock set the phone to NEVER_ANSWER and wait for the deadline");
        }
        return answer(
                Outcome.TIMED_OUT,
                user,
                PhoneAnswer.TIME_OUT,
                "never answered, and the virtual clock jumps past its deadline (5001)");
    }

    private Result<Arrangement> keepALoginWaiting(UserKey user, Optional<ClientKey> client) {
        Optional<ClientKey> site = client.or(() -> linksOf(user, Optional.empty()).stream()
                .map(Link::client)
                .filter(key -> directory
                        .client(key)
                        .map(found -> found.allows(AuthMethod.PUSH))
                        .orElse(false))
                .findFirst());
        if (site.isEmpty()) {
            return Result.reject(ErrorCode.CLIENT_NOT_LINKED, user + " has linked no website that allows push logins");
        }
        arranged.answerNextPush(user, PhoneAnswer.IGNORE);
        return logins.requestPush()
                .requestPush(new RequestPushCommand(site.get().value(), user.value()))
                .map(started -> new Arrangement(
                        Outcome.ALREADY_IN_PROGRESS,
                        Optional.of(user),
                        "a push login of " + user + " at " + site.get() + " is left waiting until its deadline: the "
                                + "next login of " + user + " gets 2010"));
    }

    private Result<Arrangement> status(Outcome outcome, User user, UserStatus status) {
        directory.saveUser(user.key(), status, user.deviceRegistered(), user.totpSecret());
        return done(
                outcome,
                Optional.of(user.key()),
                user.key() + " is " + status + " from now on ("
                        + outcome.code().orElseThrow().code()
                        + ") until the status is changed back or the simulator reset");
    }

    private Result<Arrangement> withoutLoginTypes(UserKey user, Optional<ClientKey> client) {
        List<ClientKey> sites = client.map(List::of)
                .orElseGet(() -> linksOf(user, Optional.empty()).stream()
                        .map(Link::client)
                        .toList());
        for (ClientKey site : sites) {
            directory
                    .client(site)
                    .ifPresent(found -> directory.saveClient(new Client(found.key(), found.name(), Set.of())));
        }
        return done(
                Outcome.LOGIN_TYPE_NOT_CONFIGURED,
                Optional.of(user),
                "no login type is configured for " + sites + " from now on (3301) until configured again");
    }

    private Result<Arrangement> useUpTotpAttempts(UserKey user) {
        TotpRules rules = settings.current().totp();
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, rules.dayZone());
        while (totpState.tryCountAttempt(user, day, rules.dailyLimit())) {
            // every attempt of the day is used up
        }
        return done(
                Outcome.DAILY_LIMIT,
                Optional.of(user),
                user + "'s TOTP attempts of " + day
                        + " are used up: the next TOTP login gets 5026 until the day ends or the simulator is reset");
    }

    private List<Link> linksOf(UserKey user, Optional<ClientKey> client) {
        return directory.links().stream()
                .filter(link -> link.user().equals(user))
                .filter(link -> client.map(link.client()::equals).orElse(true))
                .toList();
    }

    /** One more fault of {@code kind} queued, after those already queued. */
    private Result<Arrangement> fault(Outcome outcome, FaultKind kind, String how) {
        faults.failNext(kind, Math.min(FaultKind.MAX_PENDING, faults.pending().get(kind) + 1));
        return done(outcome, Optional.empty(), how);
    }

    private static Result<Arrangement> done(Outcome outcome, Optional<UserKey> user, String how) {
        return Result.success(new Arrangement(outcome, user, how));
    }

    @Override
    public boolean answerArranged(PushNotification push) {
        Optional<PhoneAnswer> answer = arranged.takeAnswer(push.user());
        if (answer.isEmpty()) {
            return false;
        }
        DeviceCommand command = new DeviceCommand(push.user(), push.session().value());
        switch (answer.get()) {
            case APPROVE -> logins.deviceApprove().approve(command);
            case REJECT -> logins.deviceReject().reject(command);
            case CANCEL ->
                logins.cancel()
                        .cancelByUser(new CancelByUserCommand(
                                push.client().value(), push.user().value()));
            case TIME_OUT -> {
                Instant pastDeadline = push.expiresAt().plusSeconds(1);
                if (time.now().isBefore(pastDeadline)) {
                    time.setTo(pastDeadline);
                }
            }
            case IGNORE -> {
                // left waiting on purpose
            }
        }
        return true;
    }
}
