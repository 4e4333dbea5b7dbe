package dev.bsa.archfixture.domain.service;

import java.util.Random;

/** Breaks "the domain never creates its own randomness": {@code new Random()}. */
public final class NewsRandom {

    public int nextCode() {
        return new Random().nextInt(1_000_000);
    }
}
