package dev.bsa.archfixture.sim.application.port.out;

/** Breaks "driven ports are interfaces" in the simulator's own ports: an abstract class. */
public abstract class AbstractFaultPort {

    public abstract boolean nextFails();
}
