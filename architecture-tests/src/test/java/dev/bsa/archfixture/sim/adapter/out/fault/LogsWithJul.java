package dev.bsa.archfixture.sim.adapter.out.fault;

import java.util.logging.Logger;

/** Breaks "nobody uses java.util.logging". */
public final class LogsWithJul {

    private static final Logger LOG = Logger.getLogger(LogsWithJul.class.getName());

    public void inject(String fault) {
        LOG.info(() -> "injecting " + fault);
    }
}
