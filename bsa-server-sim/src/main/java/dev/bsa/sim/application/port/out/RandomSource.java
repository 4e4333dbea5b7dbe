package dev.bsa.sim.application.port.out;

/** Cryptographically strong random bytes for secrets the simulator makes: device tokens, TOTP secrets, admin tokens. */
public interface RandomSource {

    /** {@code count} random bytes. */
    byte[] nextBytes(int count);
}
