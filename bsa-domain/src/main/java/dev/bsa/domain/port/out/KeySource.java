package dev.bsa.domain.port.out;

import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;

/** The source of every random value the rules need: unguessable keys and one-time-code digits. */
public interface KeySource {

    /** A new session id of 128 random bits. */
    SessionId newSessionId();

    /** A new channel key of 128 random bits. */
    ChannelKey newChannelKey();

    /** A new QR id of 128 random bits. */
    QrId newQrId();

    /** {@code count} uniformly random decimal digits. */
    String newDigits(int count);
}
