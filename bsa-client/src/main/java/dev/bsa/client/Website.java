package dev.bsa.client;

import dev.bsa.domain.model.AuthMethod;
import java.util.List;

/**
 * A website registered with the simulator.
 *
 * @param clientKey  its client key
 * @param name       the name the BSA app shows
 * @param loginTypes the methods it may use; empty means "login type not configured" (3301)
 */
public record Website(String clientKey, String name, List<AuthMethod> loginTypes) {}
