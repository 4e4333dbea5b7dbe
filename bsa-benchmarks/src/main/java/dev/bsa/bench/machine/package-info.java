/** What the machine was doing while something was measured: its processors' counters, from Linux's {@code /proc/stat}. */
package dev.bsa.bench.machine;
