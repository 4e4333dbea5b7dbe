package dev.bsa.domain.port.out;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.PushNotification;

/** Delivers push notifications to users' phones; a failed delivery is a {@code 5017} rejection. */
public interface PushGateway {

    /** Sends the notification. */
    Result<Done> send(PushNotification notification);
}
