package dev.bsa.archfixture.domain.service;

import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;

/** Breaks "the domain depends only on the JDK's java.. packages": javax is not allowed either. */
public final class UsesJavaxCrypto {

    public int macLength() throws NoSuchAlgorithmException {
        return Mac.getInstance("HmacSHA1").getMacLength();
    }
}
