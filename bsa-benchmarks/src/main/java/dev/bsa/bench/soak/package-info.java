/**
 * Long runs that show how the simulator behaves as its history grows: a soak whose virtual clock runs fast
 * enough for every retention rule to come into play ({@link dev.bsa.bench.soak.RetentionSoak}), and TOTP login
 * throughput on a fresh simulator against one holding 100,000 logins ({@link dev.bsa.bench.soak.HistoryThroughput}).
 * Self-contained: they drive the simulator through the public SDK only.
 */
package dev.bsa.bench.soak;
